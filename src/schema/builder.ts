// The SchemaBuilder and its plugins; configuration only.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from '../context.ts';
import type PrismaTypes from '../generated/pothos-prisma-types.ts';
import { getDatamodel } from '../generated/pothos-prisma-types.ts';
import { badInput } from '../errors.ts';
import { forbidden, unauthenticated } from '../services/auth.ts';
import { DateTimeScalar } from './date-time.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Rejects a page size over the cap instead of silently returning fewer rows. */
export function pageSize(args: { first?: number | null; last?: number | null }): number {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}`, { argument: name });
    }
  }
  return MAX_PAGE_SIZE;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { read: boolean; write: boolean; admin: boolean };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
  };
}>({
  // Scope auth first, so no other plugin's resolver wrapper runs before the check.
  plugins: [ScopeAuthPlugin, DirectivesPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, FederationPlugin],
  scopeAuth: {
    // Subscription fields are authorized once, when the subscription starts.
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({ read: ctx.auth.scopes.has('READ'), write: ctx.auth.scopes.has('WRITE'), admin: ctx.auth.scopes.has('ADMIN') }),
    unauthorizedError: (_parent, ctx, info) =>
      ctx.auth.kind === 'anonymous'
        ? unauthenticated(`\`${info.parentType.name}.${info.fieldName}\` needs an API key (Authorization: Bearer <token>).`, 200)
        : forbidden(`This API key may not use \`${info.parentType.name}.${info.fieldName}\`.`),
  },
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    // Typed as a number, but the plugin calls a function with the connection's arguments.
    maxConnectionSize: pageSize as unknown as number,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when no such object exists.',
      nullable: true,
      args: { id: { description: 'A global ID from any `id` field.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global IDs, in the same order; null for those that do not exist.',
      nullable: { list: false, items: true },
      args: { ids: { description: 'Global IDs from `id` fields.' } },
    },
    // Shareable: other subgraphs define the same Relay PageInfo.
    pageInfoTypeOptions: { description: 'Where a page stands in its connection (Relay).', shareable: true },
    nodeTypeOptions: { description: 'An object with a global ID, which `node(id:)` fetches again (Relay).' },
    idFieldOptions: { description: 'Global ID: opaque, stable, accepted by `node(id:)`.' },
    cursorFieldOptions: { description: 'Opaque position of this edge, for `after` or `before`.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    pageInfoFieldOptions: { description: 'Where this page stands in the whole list.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page.' },
    firstArgOptions: { description: `Return the first n items (at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).` },
    lastArgOptions: { description: `Return the last n items (at most ${MAX_PAGE_SIZE}).` },
    afterArgOptions: { description: 'Return items after this cursor (with first).' },
    beforeArgOptions: { description: 'Return items before this cursor (with last).' },
    brandLoadedObjects: true,
  },
});

builder.addScalarType('DateTime', DateTimeScalar, {
  description: 'An instant in time, as an ISO 8601 string with a time zone (for example 2025-07-03T12:00:00Z).',
});
