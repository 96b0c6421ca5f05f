// "Who held which office on a date", as a Prisma condition on Position.
import type { Prisma } from '../generated/prisma/client.ts';

const monthStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const yearStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), 0, 1));

/**
 * Positions held on `date`. Dates are stored as the first day of their precision's period,
 * so a start known only to the month or year counts from the start of that period and an
 * end known only to the month or year counts to the end of it: on the uncertain edges the
 * office counts as held. An unknown start is left out (nothing says the office was held
 * then); an unknown end means still held.
 */
export function heldOn(date: Date): Prisma.PositionWhereInput {
  return {
    startDate: { not: null, lte: date },
    OR: [
      { endDate: null },
      { endDate: { gte: date } },
      { endPrecision: 'MONTH', endDate: { gte: monthStart(date) } },
      { endPrecision: 'YEAR', endDate: { gte: yearStart(date) } },
    ],
  };
}
