import { countryByCode, foldName } from '../domain/countries.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { builder } from './builder.ts';
import { keyset } from './keyset.ts';
import { keysetEdgeFields, keysetPageInfo } from './keyset-fields.ts';

export const Country = builder.prismaNode('Country', {
  description: 'A country of ISO 3166-1, with the officials, organizations, events and articles linked to it.',
  id: { field: 'code' },
  nullable: true,
  select: { code: true, name: true },
  fields: (t) => ({
    code: t.string({ description: 'ISO 3166-1 alpha-2 code, such as RU.', resolve: (c) => c.code }),
    alpha3: t.exposeString('alpha3', { description: 'ISO 3166-1 alpha-3 code, such as RUS.' }),
    numeric: t.exposeString('numeric', { nullable: true, description: 'ISO 3166-1 numeric code, such as 643.' }),
    name: t.string({ description: 'Common English name, such as Russia.', resolve: (c) => c.name }),
    officialName: t.exposeString('officialName', { description: 'Official English name, such as Russian Federation.' }),
    region: t.exposeString('region', { nullable: true, description: 'Continent-level region, such as Europe.' }),
    subregion: t.exposeString('subregion', { nullable: true, description: 'Sub-region, such as Eastern Europe.' }),
    capital: t.exposeString('capital', { nullable: true, description: 'Capital city.' }),
    demonyms: t.exposeStringList('demonyms', { description: 'What its people are called, such as Russian.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names and spellings it is known by.' }),
    // officials and organizations: src/schema/country-members.ts
  }),
});


builder.queryFields((t) => ({
  country: t.prismaField({
    type: 'Country',
    nullable: true,
    description: 'A country by ISO 3166-1 alpha-2 or alpha-3 code, case-insensitive (RU, rus); null if unknown.',
    args: { code: t.arg.string({ description: 'Alpha-2 or alpha-3 code.' }) },
    resolve: (query, _root, args, ctx) => {
      const known = countryByCode(args.code);
      // Spread first: an unknown code answers null without a statement, and the plugin's
      // unused-query check (development) counts a planned selection nobody read as a bug.
      const selection = { ...query };
      return known ? ctx.prisma.country.findUnique({ ...selection, where: { code: known.code } }) : null;
    },
  }),
  countries: t.prismaConnection({
    type: 'Country',
    description: 'Countries by name, optionally narrowed by region or by a name search.',
    cursor: 'code',
    args: {
      region: t.arg.string({ required: false, description: 'Only countries of this region (Africa, Americas, Asia, Europe, Oceania, Antarctic).' }),
      name: t.arg.string({ required: false, description: 'Only countries whose name or alias contains this text (accents and case ignored).' }),
    },
    resolve: (query, _root, args, ctx) =>
      COUNTRY_KEYSET.page(
        query,
        countriesWhere(args),
        (page) => ctx.prisma.country.findMany({ ...COUNTRY_KEYSET.selection(query), ...page }),
        (cursor) => ctx.prisma.country.findUnique({ where: cursor, select: COUNTRY_KEYSET.select }),
      ),
    totalCount: (_parent, args, ctx) => ctx.prisma.country.count({ where: countriesWhere(args) }),
  }, { name: 'CountryConnection', description: 'A page of countries.', fields: keysetPageInfo(COUNTRY_KEYSET) }, keysetEdgeFields(COUNTRY_KEYSET)),
}));

/** By name; pages seek on (name, code). */
const COUNTRY_KEYSET = keyset<Prisma.CountryWhereInput, Prisma.CountryOrderByWithRelationInput>([
  { field: 'name', dir: 'asc' },
  { field: 'code', dir: 'asc' },
]);

function countriesWhere(args: { region?: string | null; name?: string | null }): Prisma.CountryWhereInput {
  const folded = args.name ? foldName(args.name) : '';
  return {
    ...(args.region ? { region: { equals: args.region, mode: 'insensitive' as const } } : {}),
    // Folded names are stored as a list; a partial match needs a text search over it.
    ...(folded ? { OR: [{ searchNames: { has: folded } }, { name: { contains: args.name?.trim() ?? '', mode: 'insensitive' as const } }] } : {}),
  };
}
