// The articles that mention an actor, newest first, paged through the mention rows.
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import type { Prisma } from '../generated/prisma/client.ts';
import { badInput } from '../errors.ts';
import { builder } from './builder.ts';

export const countryArticles = prismaConnectionHelpers(builder, 'ArticleCountry', {
  cursor: 'articleId_countryCode',
  // At least the id: with only totalCount asked for, an empty select is a Prisma error.
  // (Typed as `true`: the node is the whole row, as the plugin reads it.)
  select: (nodeSelection) => ({ article: nodeSelection({ select: { id: true } }) as unknown as true }),
  resolveNode: (m) => m.article,
});
export const officialArticles = prismaConnectionHelpers(builder, 'ArticleOfficial', {
  cursor: 'articleId_officialId',
  select: (nodeSelection) => ({ article: nodeSelection({ select: { id: true } }) as unknown as true }),
  resolveNode: (m) => m.article,
});
export const organizationArticles = prismaConnectionHelpers(builder, 'ArticleOrganization', {
  cursor: 'articleId_organizationId',
  select: (nodeSelection) => ({ article: nodeSelection({ select: { id: true } }) as unknown as true }),
  resolveNode: (m) => m.article,
});

/** Newest article first, then by id so the order is total and cursors are stable. */
export const MENTION_ORDER = [{ article: { publishedAt: { sort: 'desc', nulls: 'last' } } }, { articleId: 'desc' }] as const;

export function publishedWhere(from?: Date | null, to?: Date | null): Prisma.ArticleWhereInput {
  if (from && to && from > to) throw badInput('`from` must not be after `to`', { argument: 'from' });
  // `to` is a calendar date: include the whole day.
  const end = to ? new Date(to.getTime() + 86_400_000) : undefined;
  return from || end ? { publishedAt: { ...(from ? { gte: from } : {}), ...(end ? { lt: end } : {}) } } : {};
}
