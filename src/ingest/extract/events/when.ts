// Step 4: the date of an event: the nearest date expression after its trigger and before the
// next trigger, else one before it in its clause; a present-tense or "has ..." report of an
// asserted event is dated on the publication day.
import type { Factuality, PartialDate } from '../../types.ts';
import { dayOf, type findDates } from '../dates.ts';

export function eventDate(
  dates: ReturnType<typeof findDates>,
  text: string,
  o: { sStart: number; hStart: number; hEnd: number; nextStart: number; prevEnd: number; left: number; right: number; factuality: Factuality; publishedAt: Date | null },
): PartialDate | null {
  const dAfter = dates.find((d) => d.start >= o.hStart && d.start < o.nextStart && d.start < o.right + 40);
  const dBefore = [...dates].reverse().find((d) => d.end <= o.hStart && d.start >= Math.max(o.prevEnd, o.left));
  const d = dAfter ?? dBefore;
  if (d) return { date: d.date, precision: d.precision };
  if (!o.publishedAt || o.factuality !== 'ASSERTED') return null;
  if (/\b(?:has|have)\s+(?:\w+ly\s+)?(?:\w+\s+)?$/i.test(text.slice(Math.max(o.sStart, o.hStart - 30), o.hStart))) return dayOf(o.publishedAt);
  if (/^(?:recogni[sz]es|expels|imposes|lifts|joins|recalls|summons|signs|visits|meets)\b/i.test(text.slice(o.hStart, o.hEnd))) return dayOf(o.publishedAt);
  return null;
}
