import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const officials = (body: string, pub: Date | null = new Date('2024-05-10T12:00:00Z')) =>
  new Map(extract(body, pub).officials.map((o) => [o.slug, o]));

describe('officials', () => {
  it('reads titles before names with country modifiers and organizations', () => {
    const o = officials('Slovak Foreign Minister Juraj Blanar met NATO Secretary General Petra Novakova and Taliban Foreign Minister Amir Khan Muttaqi.');
    expect(o.get('juraj-blanar')).toMatchObject({ countryCode: 'SK', positions: [{ title: 'Foreign Minister', countryCode: 'SK' }] });
    expect(o.get('petra-novakova')).toMatchObject({ countryCode: null, positions: [{ title: 'Secretary-General', organizationSlug: 'nato' }] });
    expect(o.get('amir-khan-muttaqi')?.countryCode).toBe('AF');
  });

  it('reads appositions in both orders, with ambassador targets', () => {
    const o = officials(
      "Dmitry Zhirnov, Russia's ambassador to Afghanistan, spoke. Ivo Marek, the US Secretary of State, agreed. Kenya's newly appointed Ambassador, Ruth Wanjiru, arrived in Oslo.",
    );
    expect(o.get('dmitry-zhirnov')).toMatchObject({ countryCode: 'RU', positions: [{ title: 'Ambassador to Afghanistan' }] });
    expect(o.get('ivo-marek')).toMatchObject({ countryCode: 'US', positions: [{ title: 'Secretary of State' }] });
    const ruth = o.get('ruth-wanjiru');
    expect(ruth?.countryCode).toBe('KE');
    expect(ruth?.positions[0]?.start).toEqual({ date: '2024-05-10', precision: 'DAY' });
  });

  it('reads "Prime Minister X of Y" and strips accents in slugs', () => {
    const o = officials('Prime Minister Jan Novák of Slovakia met President Sauli Niinistö of Finland.');
    expect(o.get('jan-novak')?.countryCode).toBe('SK');
    expect(o.get('sauli-niinisto')?.countryCode).toBe('FI');
  });

  it('resolves later surname mentions to the same person', () => {
    const g = extract('Finnish President Sauli Niinistö arrived. Niinistö said little, and Niinistö left early.');
    expect(g.officials).toHaveLength(1);
    expect(g.officials[0]).toMatchObject({ slug: 'sauli-niinisto', mentions: 3 });
    expect(g.officials[0]?.aliases).toContain('Niinistö');
  });

  it('copies the title for a "counterpart" and sets no start date without an appointment cue', () => {
    const o = officials("Kosovo's Foreign Minister Donika Gervalla and her Albanian counterpart Igli Hasani met.");
    expect(o.get('igli-hasani')).toMatchObject({ countryCode: 'AL', positions: [{ title: 'Foreign Minister', start: null }] });
  });

  it('takes the country from context when the title has none', () => {
    const o = officials('General Abdou Tamba seized power in Niamey on Wednesday.');
    expect(o.get('abdou-tamba')?.countryCode).toBe('NE');
  });
});
