import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a calendar date `YYYY-MM-DD` to midnight UTC; rejects impossible dates like 2025-02-30. */
export function parseIsoDate(value: unknown): Date {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.toISOString().slice(0, 10) === value) return d;
  }
  throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Written dates by their time value: a nested list serializes the same few thousand dates
 * over and over (toISOString and slice are ~0.6 µs a call, 2-3% of the Node CPU of
 * countries -> officials -> positions). Bounded: past the cap, dates are written afresh.
 */
const written = new Map<number, string>();
const WRITTEN_MAX = 20_000;

function writeDate(d: Date): string {
  const time = d.getTime();
  let text = written.get(time);
  if (text === undefined) {
    text = d.toISOString().slice(0, 10);
    if (written.size < WRITTEN_MAX) written.set(time, text);
  }
  return text;
}

builder.scalarType('Date', {
  description: 'A calendar date, written YYYY-MM-DD (ISO 8601), with no time zone.',
  serialize: (value) => writeDate(value instanceof Date ? value : parseIsoDate(value)),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : null),
});
