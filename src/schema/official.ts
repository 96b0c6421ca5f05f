import { heldOn } from '../services/as-of.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { builder } from './builder.ts';
import { keyset } from './keyset.ts';
import { keysetEdgeFields, keysetPageInfo } from './keyset-fields.ts';
import { nameFilter } from './name-filter.ts';
import { toAlpha2One } from './event.ts';
import { DatePrecisionEnum } from './enums.ts';

export const Official = builder.prismaNode('Official', {
  description: 'A person who holds or held public office, with the positions they held and the events they took part in.',
  id: { field: 'id' },
  nullable: true,
  select: { id: true, name: true, slug: true },
  fields: (t) => ({
    name: t.string({ description: 'Full name, such as Sergey Lavrov.', resolve: (o) => o.name }),
    aliases: t.exposeStringList('aliases', { description: 'Other names and spellings, such as Lavrov or Sergei Lavrov.' }),
    slug: t.string({ description: 'Stable natural key derived from the name, such as sergey-lavrov.', resolve: (o) => o.slug }),
    country: t.relation('country', { nullable: true, description: 'The country the official serves.' }),
    positions: t.relation('positions', {
      description: 'Offices held, the most recent first. With `asOf`, only those held on that date.',
      args: {
        asOf: t.arg({
          type: 'Date',
          required: false,
          description: 'Only offices held on this date. A start or end known only to the month or year counts as the whole month or year; an office with an unknown start is left out.',
        }),
      },
      query: (args) => ({
        ...(args.asOf ? { where: heldOn(args.asOf) } : {}),
        orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      }),
    }),
  }),
});


builder.prismaObject('Position', {
  description: 'An office held by an official: a title in a country and/or an organization, with dates.',
  // Select mode: only the columns the query asks for are read (a leaf of most nested lists).
  // The columns nearly every query asks for are in the base selection and resolve as plain
  // fields: an exposed column of a select-mode type is wrapped by the Prisma plugin, which
  // looks up the row's plan for every row and field (docs/benchmarks.md, the per-row check).
  select: { id: true, title: true, startDate: true },
  fields: (t) => ({
    title: t.string({ description: 'The office, such as Foreign Minister or Ambassador to Afghanistan.', resolve: (p) => p.title }),
    country: t.relation('country', { nullable: true, description: 'The country the office belongs to.' }),
    organization: t.relation('organization', { nullable: true, description: 'The organization the office belongs to.' }),
    startDate: t.field({ type: 'Date', nullable: true, description: 'When the office was taken up; null if unknown.', resolve: (p) => p.startDate }),
    startPrecision: t.expose('startPrecision', { type: DatePrecisionEnum, nullable: true, description: 'How exactly startDate is known.' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: 'When the office was left; null while held or if unknown.' }),
    endPrecision: t.expose('endPrecision', { type: DatePrecisionEnum, nullable: true, description: 'How exactly endDate is known.' }),
    official: t.relation('official', { description: 'Who holds the office.' }),
  }),
});

builder.queryFields((t) => ({
  officials: t.prismaConnection(
    {
      type: 'Official',
      description: 'Officials, sorted by name, optionally narrowed by country or by a part of a name or alias.',
      cursor: 'id',
      args: {
        countryCode: t.arg.string({ required: false, description: 'Only officials serving this country (alpha-2 or alpha-3).' }),
        name: t.arg.string({ required: false, description: 'Only officials whose name or an alias contains this text (case, accents and punctuation ignored).' }),
      },
      resolve: (query, _root, args, ctx) =>
        OFFICIAL_KEYSET.page(
          query,
          officialsWhere(args),
          (page) => ctx.prisma.official.findMany({ ...OFFICIAL_KEYSET.selection(query), ...page }),
          (cursor) => ctx.prisma.official.findUnique({ where: cursor, select: OFFICIAL_KEYSET.select }),
        ),
      totalCount: (_parent, args, ctx) => ctx.prisma.official.count({ where: officialsWhere(args) }),
    },
    { name: 'OfficialConnection', description: 'A page of officials.', fields: keysetPageInfo(OFFICIAL_KEYSET) }, keysetEdgeFields(OFFICIAL_KEYSET),
  ),
}));

/** By name; pages seek on (name, id). */
const OFFICIAL_KEYSET = keyset<Prisma.OfficialWhereInput, Prisma.OfficialOrderByWithRelationInput>([
  { field: 'name', dir: 'asc' },
  { field: 'id', dir: 'asc' },
]);

function officialsWhere(args: { countryCode?: string | null; name?: string | null }): Prisma.OfficialWhereInput {
  const name = nameFilter(args.name);
  return {
    ...(args.countryCode ? { countryCode: toAlpha2One(args.countryCode, 'countryCode') } : {}),
    ...(name ?? {}),
  };
}
