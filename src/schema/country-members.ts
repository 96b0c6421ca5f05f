// A country's officials and organizations: connections nested under a list of countries.
//
// Planned into the parent query (the Prisma plugin's include), Prisma 6 loads a nested
// connection's rows for all parents in one statement without a per-parent LIMIT and keeps
// `first` per parent in memory: `countries(first: 20) { officials(first: 20) }` reads every
// official of the 20 countries, and everything nested under them. The first page of an
// unfiltered connection, the common case, is loaded here instead: one statement picks each
// parent's page of ids (ARRAY(SELECT ... LIMIT n) per parent, served by the index on
// (foreign key, sort keys)), one Prisma query loads those rows with the selection planned
// beneath them. Filtered pages, and pages after or before a cursor, keep the planned include.
// PER_PARENT_PAGES=false turns the fast path off (benchmark ablation); results are the same.
//
// With relation joins, JOINED_PAGES=true uses the planned include instead: Prisma 7 loads each
// parent's page in the parent's own statement, a LATERAL subquery with ORDER BY and LIMIT per
// parent (PostgreSQL walks the same index and stops at the limit), so `countries -> officials
// -> positions` is one statement instead of 3. That is the default (src/schema/switches.ts,
// docs/benchmarks.md); this per-parent pair serves JOINED_PAGES=false and RELATION_JOINS=false.
import { getConnectionPageSize } from '@pothos/core';
import { prismaConnectionHelpers, queryFromInfo } from '@pothos/plugin-prisma';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { loadPerformanceConfig } from '../config.ts';
import type { Context } from '../context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { heldOn } from '../services/as-of.ts';
import { builder, DEFAULT_PAGE_SIZE, pageSize } from './builder.ts';
import { groupedCount } from './counts.ts';
import { OrganizationKindEnum } from './enums.ts';
import { Official } from './official.ts';
import { Organization } from './organization.ts';
import { lazyPage, type PageArgs } from './page-connection.ts';
import { loadSchemaSwitches } from './switches.ts';

const enabled = loadPerformanceConfig().perParentPages && !loadSchemaSwitches().joinedPages;


/** The first page, no filter: the case the per-parent statement serves. */
const firstPageOnly = (args: PageArgs, filters: unknown[]) =>
  enabled && args.last == null && args.after == null && args.before == null && filters.every((f) => f == null);

/** Rows of one table, grouped by a foreign key, in a fixed order: constants only, never input. */
interface Relation {
  table: string;
  foreignKey: string;
  /** The foreign key's SQL type: the parents are cast to it, or its index goes unused. */
  keyType: string;
  orderBy: string;
}

/** The ids of each parent's first `take` rows, in order: one statement for all parents. */
async function pageIds(ctx: Context, rel: Relation, parents: readonly string[], take: number): Promise<number[][]> {
  const rows = await ctx.prisma.$queryRaw<{ parent: string; ids: number[] }[]>(Prisma.sql`
    SELECT p.key AS parent,
           ARRAY(SELECT c.id FROM ${Prisma.raw(`"${rel.table}"`)} c
                 WHERE c.${Prisma.raw(`"${rel.foreignKey}"`)} = p.key
                 ORDER BY ${Prisma.raw(rel.orderBy)} LIMIT ${take}) AS ids
    FROM unnest(${[...parents]}::${Prisma.raw(rel.keyType)}[]) AS p(key)`);
  const byParent = new Map(rows.map((r) => [r.parent, r.ids.map(Number)]));
  return parents.map((p) => byParent.get(p) ?? []);
}

/**
 * One loader per request and field occurrence (same arguments, same selection): the
 * countries of a list share one statement for ids and one query for rows.
 */
function pageLoader<T extends { id: number }>(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: PageArgs,
  rel: Relation,
  fetch: (ids: number[], query: object) => Promise<T[]>,
  typeName: 'Official' | 'Organization',
): DataLoader<string, T[]> {
  const key = `${typeName}:${responsePathShape(info)}:${JSON.stringify(args)}`;
  // The selection beneath edges.node, planned as the Prisma plugin would (nested relations
  // included). Planned for every parent: planning also tells the resolvers beneath this
  // parent's connection that their relations are loaded (else they would load them again).
  const query = queryFromInfo({ context: ctx, info, typeName, path: ['edges', 'node'] });
  return ctx.loaders.perField<string, T[]>(key, () => {
    const take = getConnectionPageSize({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: pageSize(args) }).limit;
    return new DataLoader<string, T[]>(
      async (parents) => {
        const ids = await pageIds(ctx, rel, parents, take);
        const rows = await fetch(ids.flat(), query);
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((list) => list.map((id) => byId.get(id)).filter((r): r is T => r !== undefined));
      },
      // The parents of a list reach this resolver over several ticks (the plugins' wrappers
      // await): wait for all of them, or the list splits into several batches.
      { batchScheduleFn: (run) => setImmediate(run) },
    );
  });
}

/** The field's place in the response without list indexes: one loader for every parent of a list. */
function responsePathShape(info: GraphQLResolveInfo): string {
  const parts: (string | number)[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) if (typeof p.key === 'string') parts.unshift(p.key);
  return parts.join('.');
}

const officialPages = prismaConnectionHelpers(builder, 'Official', { cursor: 'id' });
const organizationPages = prismaConnectionHelpers(builder, 'Organization', { cursor: 'id' });

const BY_NAME = [{ name: 'asc' as const }, { id: 'asc' as const }];

function officialWhere(args: { name?: string | null; asOf?: Date | null }): Prisma.OfficialWhereInput {
  return {
    ...(args.name ? { name: { contains: args.name, mode: 'insensitive' as const } } : {}),
    ...(args.asOf ? { positions: { some: heldOn(args.asOf) } } : {}),
  };
}

function organizationWhere(args: { kind?: string | null }): Prisma.OrganizationWhereInput {
  return args.kind ? { kind: args.kind as Prisma.OrganizationWhereInput['kind'] } : {};
}

const TOTAL_COUNT = 'How many items the whole list holds, across all pages.';

/**
 * One country's page of a member relation and its totalCount: from the per-parent statement
 * when the page allows it, else from the rows the parent query's include loaded.
 */
async function countryMembers<T extends { id: number }>(o: {
  ctx: Context;
  info: GraphQLResolveInfo;
  parent: { code: string };
  args: PageArgs;
  fast: boolean;
  relation: 'officials' | 'organizations';
  typeName: 'Official' | 'Organization';
  where: object;
  findMany: (ids: number[], query: object) => Promise<T[]>;
  /** Members per country code for `codes`, under `where`. */
  countBy: (codes: string[]) => Promise<{ countryCode: string | null; _count: { _all: number } }[]>;
}): Promise<{ rows: T[]; totalCount: () => Promise<number> }> {
  const totalCount = () =>
    groupedCount(o.ctx, `Country.${o.relation}:${JSON.stringify(o.where)}`, o.parent.code, async (codes) =>
      (await o.countBy(codes)).map((g) => ({ key: g.countryCode ?? '', count: g._count._all })),
    );
  const rows = o.fast
    ? await pageLoader(o.ctx, o.info, o.args, { table: o.typeName, foreignKey: 'countryCode', keyType: 'char(2)', orderBy: 'c.name, c.id' }, o.findMany, o.typeName).load(o.parent.code)
    : ((o.parent as unknown as Record<string, T[]>)[o.relation] ?? []);
  return { rows, totalCount };
}

builder.prismaObjectFields('Country', (t) => ({
  officials: t.connection(
    {
      type: Official,
      description: 'Officials serving this country, by name. With `asOf`, only those holding an office on that date.',
      args: {
        name: t.arg.string({ required: false, description: 'Only officials whose name contains this text.' }),
        asOf: t.arg({
          type: 'Date',
          required: false,
          description: 'Only officials holding an office on this date (see `Official.positions(asOf:)` for which one).',
        }),
      },
      select: (args, ctx, nestedSelection) =>
        firstPageOnly(args, [args.name, args.asOf])
          ? {}
          : { officials: { ...officialPages.getQuery(args, ctx, nestedSelection), where: officialWhere(args), orderBy: BY_NAME } },
      resolve: async (parent, args, ctx, info) => {
        const where = officialWhere(args);
        const { rows, totalCount } = await countryMembers({
          ctx, info, parent, args, where, relation: 'officials', typeName: 'Official',
          fast: firstPageOnly(args, [args.name, args.asOf]),
          findMany: (ids, query) => ctx.prisma.official.findMany({ ...query, where: { id: { in: ids } } }),
          countBy: async (codes) => {
            const groups = await ctx.prisma.official.groupBy({ by: ['countryCode'], where: { ...where, countryCode: { in: codes } }, _count: { _all: true } });
            return groups;
          },
        });
        return { ...lazyPage(rows, args, 'id'), totalCount };
      },
    },
    {
      name: 'CountryOfficialsConnection',
      fields: (c) => ({ totalCount: c.int({ description: TOTAL_COUNT, resolve: (x) => x.totalCount() }) }),
    },
  ),
  organizations: t.connection(
    {
      type: Organization,
      description: 'Organizations based in this country, by name.',
      args: { kind: t.arg({ type: OrganizationKindEnum, required: false, description: 'Only organizations of this kind.' }) },
      select: (args, ctx, nestedSelection) =>
        firstPageOnly(args, [args.kind])
          ? {}
          : { organizations: { ...organizationPages.getQuery(args, ctx, nestedSelection), where: organizationWhere(args), orderBy: BY_NAME } },
      resolve: async (parent, args, ctx, info) => {
        const where = organizationWhere(args);
        const { rows, totalCount } = await countryMembers({
          ctx, info, parent, args, where, relation: 'organizations', typeName: 'Organization',
          fast: firstPageOnly(args, [args.kind]),
          findMany: (ids, query) => ctx.prisma.organization.findMany({ ...query, where: { id: { in: ids } } }),
          countBy: async (codes) => {
            const groups = await ctx.prisma.organization.groupBy({ by: ['countryCode'], where: { ...where, countryCode: { in: codes } }, _count: { _all: true } });
            return groups;
          },
        });
        return { ...lazyPage(rows, args, 'id'), totalCount };
      },
    },
    {
      name: 'CountryOrganizationsConnection',
      fields: (c) => ({ totalCount: c.int({ description: TOTAL_COUNT, resolve: (x) => x.totalCount() }) }),
    },
  ),
}));
