// Date expressions resolved against the publication date, with their precision.
import * as chrono from 'chrono-node';
import type { PartialDate } from '../types.ts';
import { isCalendarDate } from '../formats/timestamp.ts';

export interface DateMention extends PartialDate {
  start: number;
  end: number;
  /** "since 2021" opens a period; it does not date an event in the clause. */
  since: boolean;
}

// Casual English without clock-time, slash and ISO parsers: articles date events by day,
// and those parsers are most of chrono's cost (about 15x slower with them).
const DROP = /^(?:ISOFormatParser|SlashDateFormatParser|ENTimeUnitWithinFormatParser|ENSlashMonthFormatParser|ENTimeExpressionParser|ENTimeUnitLaterFormatParser|ENCasualTimeParser)$/;
const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter((p) => !DROP.test(p.constructor.name));
const strictParser = chrono.strict.clone();
strictParser.parsers = strictParser.parsers.filter((p) => !DROP.test(p.constructor.name));

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

// Cheap pre-filter: chrono costs ~0.3 ms a sentence, so only sentences with a date word run it.
// Month names are matched case-sensitively so the modal "may" does not wake chrono up;
// bare years are handled by YEAR_RE without chrono.
const HINT = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]onight|(?:last|next|this|earlier this|later this)\s+(?:week|month|year)|\d+\s+(?:days|weeks|months|years)\s+ago)\b/;
const HINT_G = new RegExp(HINT.source, 'g');
const RELATIVE_HINT = /\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|(?:last|next|this|earlier this|later this)\s+(?:week|month|year)|\d+\s+(?:days|weeks|months|years)\s+ago)\b/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// "3 July 2025", "July 3, 2025", "August 2021", "July 3", "3 July", "on Monday".
const FAST_RE = new RegExp(
  `\\b(?:(\\d{1,2})\\s+${MON}(?:,?\\s+((?:19|20)\\d\\d))?|${MON}\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d\\d))?|((?:19|20)\\d\\d))|(?:on\\s+)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?<=\\b(?:in|since|until|by|early|late|mid-?)\\s)(January|February|March|April|June|July|August|September|October|November|December))\\b`,
  'g',
);
// Every FAST_RE match holds a capitalised month or weekday name: sentences without one skip
// the scan, which is most of findDates' cost.
const FAST_CUE = /January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/;
const monthIndex = (m: string) => MONTHS.findIndex((x) => x.startsWith(m.toLowerCase().replace('.', '').slice(0, 3)));

/** Absolute month-name dates and weekdays without chrono (the common case in news). */
function fastDates(text: string, offset: number, ref: Date | null): DateMention[] {
  const out: DateMention[] = [];
  if (!FAST_CUE.test(text)) return out;
  const refIso = ref?.toISOString().slice(0, 10) ?? null;
  for (const m of text.matchAll(FAST_RE)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    const since = /\bsince\s+(?:(?:early|late|mid-?)\s+)?$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (m[8]) {
      if (!ref) continue;
      const wd = WEEKDAYS.indexOf(m[8].toLowerCase());
      const back = (ref.getUTCDay() - wd + 7) % 7;
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() - back));
      out.push({ date: d.toISOString().slice(0, 10), precision: 'DAY', start, end, since });
      continue;
    }
    const monName = m[2] ?? m[4] ?? m[9]!;
    // "May" alone is usually the modal verb.
    if (monName === 'May' && !m[1] && !m[5] && !m[7] && !/\b(?:in|since|until|by|early|late|mid-?)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const mo = monthIndex(monName) + 1;
    const day = m[1] ? Number(m[1]) : m[5] ? Number(m[5]) : null;
    const yearStr = m[3] ?? m[6] ?? m[7];
    let y = yearStr ? Number(yearStr) : ref ? ref.getUTCFullYear() : null;
    if (y === null) continue;
    const precision: PartialDate['precision'] = day ? 'DAY' : 'MONTH';
    if (!yearStr && refIso && iso(y, mo, day ?? 1) > refIso) y -= 1;
    // "February 30, 2025" names no day: skipped, not rolled over into March.
    if (day && !isCalendarDate(y, mo, day)) continue;
    out.push({ date: iso(y, mo, day ?? 1), precision, start, end, since });
  }
  return out;
}
const YEAR_HINT = /\b(?:19|20)\d\d\b/;
const WEEKDAY_ONLY = /^(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;
const YEAR_RE = /\b(?:in|since|by|during|until|from|of|early|late|mid-?)\s+((?:19|20)\d\d)\b(?!\s*(?:-|–)\s*\d)/g;
// chrono resolves "last week" to a precise day; a week is only known to the month.
const VAGUE = /\b(?:week|weeks|days ago)\b/i;

export function findDates(text: string, offset: number, ref: Date | null, futureOk = false): DateMention[] {
  const fast = fastDates(text, offset, ref);
  // chrono handles what the fast path does not: relative phrases ("last week", "3 days ago").
  const useChrono = RELATIVE_HINT.test(text);
  if (!useChrono && fast.length) {
    for (const m of text.matchAll(YEAR_RE)) {
      const ys = offset + m.index + m[0].length - 4;
      if (!fast.some((o) => o.start <= ys && ys < o.end)) fast.push({ date: `${m[1]}-01-01`, precision: 'YEAR', start: offset + m.index, end: offset + m.index + m[0].length, since: /^since/i.test(m[0]) });
    }
    return fast.sort((a, b) => a.start - b.start);
  }
  if (!useChrono && !YEAR_HINT.test(text)) return [];
  const out: DateMention[] = [];
  const refDate = ref ?? new Date(Date.UTC(2000, 0, 1));
  // chrono's cost grows with the text it reads: give it only short windows around the cues.
  const results: { index: number; text: string; start: chrono.ParsedComponents }[] = [];
  if (useChrono) {
    const windows: [number, number][] = [];
    for (const m of text.matchAll(HINT_G)) {
      let a = Math.max(0, m.index - 24);
      let b = Math.min(text.length, m.index + m[0].length + 24);
      while (a > 0 && /\S/.test(text[a - 1]!)) a--;
      while (b < text.length && /\S/.test(text[b]!)) b++;
      const last = windows.at(-1);
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else windows.push([a, b]);
    }
    for (const [a, b] of windows) {
      const chunk = text.slice(a, b);
      const parsed = ref ? parser.parse(chunk, { instant: ref, timezone: 'UTC' }) : strictParser.parse(chunk, { instant: refDate, timezone: 'UTC' });
      for (const r of parsed) results.push({ index: a + r.index, text: r.text, start: r.start });
    }
  }
  for (const r of results) {
    const s = r.start;
    let y = s.get('year') ?? refDate.getUTCFullYear();
    let mo = s.get('month') ?? 1;
    let d = s.get('day') ?? 1;
    let precision: PartialDate['precision'];
    if (s.isCertain('day') || WEEKDAY_ONLY.test(r.text.trim()) || /yesterday|today|tonight/i.test(r.text)) precision = 'DAY';
    else if (s.isCertain('month')) precision = 'MONTH';
    else if (s.isCertain('year')) precision = 'YEAR';
    else if (/this year/i.test(r.text)) precision = 'YEAR';
    else continue;
    if (VAGUE.test(r.text) && precision === 'DAY') precision = 'MONTH';
    if (!ref && !s.isCertain('year')) continue;
    if (ref) {
      // News reports the past: an unanchored weekday or month lies before the article.
      const refIso = ref.toISOString().slice(0, 10);
      if (WEEKDAY_ONLY.test(r.text.trim()) && iso(y, mo, d) > refIso && !futureOk) {
        const dt = new Date(Date.UTC(y, mo - 1, d - 7));
        y = dt.getUTCFullYear();
        mo = dt.getUTCMonth() + 1;
        d = dt.getUTCDate();
      } else if (!s.isCertain('year') && iso(y, mo, precision === 'DAY' ? d : 1) > refIso && !futureOk) {
        y -= 1;
      }
    }
    // chrono may hand back an impossible day ("February 30") that Date would roll over.
    if (precision === 'DAY' && !isCalendarDate(y, mo, d)) continue;
    if (precision === 'MONTH') d = 1;
    if (precision === 'YEAR') {
      mo = 1;
      d = 1;
    }
    const since = /\bsince\s+$/i.test(text.slice(Math.max(0, r.index - 7), r.index)) || /^since\b/i.test(r.text);
    out.push({ date: iso(y, mo, d), precision, start: offset + r.index, end: offset + r.index + r.text.length, since });
  }
  for (const m of text.matchAll(YEAR_RE)) {
    const ys = m.index + m[0].length - 4;
    if (out.some((o) => o.start - offset <= ys && ys < o.end - offset)) continue;
    out.push({ date: `${m[1]}-01-01`, precision: 'YEAR', start: offset + m.index, end: offset + m.index + m[0].length, since: /^since/i.test(m[0]) });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function dayOf(d: Date): PartialDate {
  return { date: d.toISOString().slice(0, 10), precision: 'DAY' };
}
