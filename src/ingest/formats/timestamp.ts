// Publication times as pages and feeds write them (ISO 8601 / RFC 3339 in meta tags and
// <time datetime>, RFC 822 in RSS), read the same on every server: a time written without a
// zone or offset is UTC, never the server's local time (JavaScript's Date reads such a
// date-time as local). Calendar-invalid values (February 30) are refused, not rolled over.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// RFC 822/2822 and similar: a zone is a trailing offset, Z, or a zone name (GMT, UTC, EST...).
const HAS_ZONE = /(?:Z|\b(?:UTC?|GMT|[ECMP][SD]T)|[+-]\d{2}:?\d{2})\s*$/;
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
// "Tue, 01 Dec 2026 10:00:00" / "1 Dec 2026": the day and month, to check the calendar.
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/;

/** True when year-month-day names a real calendar day (no February 30). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A publication time read as UTC unless it says otherwise; null when it is not a real instant. */
export function parseTimestamp(raw: string | null | undefined): Date | null {
  const value = raw?.trim();
  if (!value) return null;
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = iso;
    if (!isCalendarDate(Number(y), Number(mo), Number(d)) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
    const ms = Number(frac.padEnd(3, '0').slice(0, 3));
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
    if (!zone || zone.toUpperCase() === 'Z') return new Date(utc);
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0');
    if (offset > 18 * 60) return null;
    return new Date(utc - sign * offset * 60_000);
  }
  const dmy = DAY_MONTH_YEAR.exec(value);
  const month = dmy ? MONTHS[dmy[2]!.toLowerCase()] : undefined;
  if (dmy && month && !isCalendarDate(Number(dmy[3]), month, Number(dmy[1]))) return null;
  // Other formats (RFC 822 mostly): JavaScript's parser, with UTC when no zone is written.
  const d = new Date(HAS_ZONE.test(value) ? value : `${value} UTC`);
  return Number.isNaN(d.getTime()) ? null : d;
}
