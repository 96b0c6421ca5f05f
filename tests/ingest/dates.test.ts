import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/index.ts';
import { extract, roles } from './helpers.ts';

// A Thursday.
const REF = new Date('2025-07-03T12:00:00Z');
const one = (s: string) => findDates(s, 0, REF).map(({ date, precision }) => ({ date, precision }));

describe('dates', () => {
  it('resolves absolute dates with their precision', () => {
    expect(one('in August 2021')).toEqual([{ date: '2021-08-01', precision: 'MONTH' }]);
    expect(one('on July 3, 2024')).toEqual([{ date: '2024-07-03', precision: 'DAY' }]);
    expect(one('on 3 July')).toEqual([{ date: '2025-07-03', precision: 'DAY' }]);
    expect(one('in 2021')).toEqual([{ date: '2021-01-01', precision: 'YEAR' }]);
  });

  it('resolves relative dates against the publication date, into the past', () => {
    expect(one('yesterday')).toEqual([{ date: '2025-07-02', precision: 'DAY' }]);
    expect(one('on Monday')).toEqual([{ date: '2025-06-30', precision: 'DAY' }]);
    expect(one('on Friday')).toEqual([{ date: '2025-06-27', precision: 'DAY' }]);
    expect(one('in December')).toEqual([{ date: '2024-12-01', precision: 'MONTH' }]);
    expect(one('last week')[0]?.precision).toBe('MONTH');
  });

  it('does not read the modal "may" as a month and flags "since" periods', () => {
    expect(one('they may recognise it')).toEqual([]);
    expect(findDates('since 2021', 0, REF)[0]?.since).toBe(true);
  });

  it('dates each event by the nearest expression in its clause', () => {
    const g = extract(
      'The Taliban seized power in Kabul in August 2021. Russia expelled two Polish diplomats yesterday.',
      REF,
    );
    const seize = g.events.find((e) => e.type === 'SEIZURE_OF_POWER');
    expect(seize?.date).toEqual({ date: '2021-08-01', precision: 'MONTH' });
    const exp = g.events.find((e) => e.type === 'DIPLOMAT_EXPELLED');
    expect(exp?.date).toEqual({ date: '2025-07-02', precision: 'DAY' });
    expect(roles(exp!, 'RECIPIENT')).toEqual(['PL']);
  });

  it('uses the publication day for present-perfect reports and nothing for undated past ones', () => {
    const g = extract('Russia has recognised the Taliban government. Poland expelled Belarusian diplomats.', REF);
    expect(g.events.find((e) => e.type === 'RECOGNITION')?.date).toEqual({ date: '2025-07-03', precision: 'DAY' });
    expect(g.events.find((e) => e.type === 'DIPLOMAT_EXPELLED')?.date).toBeNull();
  });
});
