import type { Prisma } from '../generated/prisma/client.ts';
import { builder } from './builder.ts';
import { keyset } from './keyset.ts';
import { keysetEdgeFields, keysetPageInfo } from './keyset-fields.ts';
import { nameFilter } from './name-filter.ts';
import { toAlpha2One } from './event.ts';
import { OrganizationKindEnum } from './enums.ts';

export const Organization = builder.prismaNode('Organization', {
  description: 'A government body, ministry, international organization, alliance, armed group, party or media outlet.',
  id: { field: 'id' },
  nullable: true,
  select: { id: true, name: true, slug: true },
  fields: (t) => ({
    name: t.string({ description: 'Full name, such as North Atlantic Treaty Organization.', resolve: (o) => o.name }),
    aliases: t.exposeStringList('aliases', { description: 'Other names and abbreviations, such as NATO.' }),
    slug: t.string({ description: 'Stable natural key, such as nato.', resolve: (o) => o.slug }),
    kind: t.expose('kind', { type: OrganizationKindEnum, description: 'What kind of body it is.' }),
    country: t.relation('country', { nullable: true, description: 'The country it belongs to; null for international bodies.' }),
    positions: t.relation('positions', {
      description: 'Offices in this organization and who held them.',
      query: { orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] },
    }),
  }),
});


builder.queryFields((t) => ({
  organizations: t.prismaConnection(
    {
      type: 'Organization',
      description: 'Organizations, sorted by name, optionally narrowed by country, kind or a part of a name or alias.',
      cursor: 'id',
      args: {
        countryCode: t.arg.string({ required: false, description: 'Only organizations of this country (alpha-2 or alpha-3).' }),
        kind: t.arg({ type: OrganizationKindEnum, required: false, description: 'Only organizations of this kind.' }),
        name: t.arg.string({ required: false, description: 'Only organizations whose name or an alias contains this text (case, accents and punctuation ignored), such as nato or north atlantic.' }),
      },
      resolve: (query, _root, args, ctx) =>
        ORGANIZATION_KEYSET.page(
          query,
          organizationsWhere(args),
          (page) => ctx.prisma.organization.findMany({ ...ORGANIZATION_KEYSET.selection(query), ...page }),
          (cursor) => ctx.prisma.organization.findUnique({ where: cursor, select: ORGANIZATION_KEYSET.select }),
        ),
      totalCount: (_parent, args, ctx) => ctx.prisma.organization.count({ where: organizationsWhere(args) }),
    },
    { name: 'OrganizationConnection', description: 'A page of organizations.', fields: keysetPageInfo(ORGANIZATION_KEYSET) }, keysetEdgeFields(ORGANIZATION_KEYSET),
  ),
}));

/** By name; pages seek on (name, id). */
const ORGANIZATION_KEYSET = keyset<Prisma.OrganizationWhereInput, Prisma.OrganizationOrderByWithRelationInput>([
  { field: 'name', dir: 'asc' },
  { field: 'id', dir: 'asc' },
]);

function organizationsWhere(args: { countryCode?: string | null; kind?: string | null; name?: string | null }): Prisma.OrganizationWhereInput {
  const name = nameFilter(args.name);
  return {
    ...(args.countryCode ? { countryCode: toAlpha2One(args.countryCode, 'countryCode') } : {}),
    ...(args.kind ? { kind: args.kind as never } : {}),
    ...(name ?? {}),
  };
}
