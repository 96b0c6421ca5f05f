// Imports every domain and builds the schema: the public API and the federation subgraph.
import { GraphQLDeferDirective, GraphQLStreamDirective } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLSchema, isObjectType, lexicographicSortSchema } from 'graphql';
import type { Context } from '../context.ts';
import { forbidden, unauthenticated } from '../services/auth.ts';
import { builder } from './builder.ts';
import './scalars.ts';
import './enums.ts';
import './event.ts';
import './country.ts';
import './country-members.ts';
import './official.ts';
import './organization.ts';
import './article.ts';
import './links.ts';
import './search.ts';
import './timeline.ts';
import './subscriptions.ts';
import './federation.ts';
import './ingest.ts';
import './api-keys.ts';
import './feed.ts';

builder.queryType({
  description: 'Read the news graph: countries, officials, organizations, articles and diplomatic events.',
  // Every query field, node/nodes and _entities included: public unless REQUIRE_READ_KEY.
  authScopes: { read: true },
});

/**
 * The Relay connection and edge types Pothos generates, and the totalCount it adds, carry
 * no descriptions; GraphiQL is our analysts' manual, so every type and field gets one.
 */
function describeGeneratedTypes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const conn = /^(.+)Connection$/.exec(type.name);
    const edge = /^(.+)ConnectionEdge$/.exec(type.name);
    if (edge && !type.description) type.description = `An item of a ${edge[1]} page, with its cursor.`;
    else if (conn && !type.description) type.description = `A page of ${conn[1]} (Relay connection).`;
    const total = type.getFields().totalCount;
    if (conn && total && !total.description) total.description = 'How many items the whole list holds, across all pages.';
  }
  return schema;
}

/** The API without the federation entry points (Pothos' own schema). */
export const schema = lexicographicSortSchema(describeGeneratedTypes(builder.toSchema()));

/**
 * `_entities` and `_service` are added by the federation plugin as plain graphql-js fields,
 * outside the Query's scopes: they get the same read scope here (a gateway holds a key when
 * REQUIRE_READ_KEY is on). The introspection switch covers `_service` in src/security/plugins/introspection.ts.
 */
function requireReadOnFederationFields(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const name of ['_entities', '_service']) {
    const field = fields[name];
    if (!field) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (root, args, ctx: Context, info) => {
      if (!ctx.auth.scopes.has('READ')) {
        throw ctx.auth.kind === 'anonymous'
          ? unauthenticated(`\`Query.${name}\` needs an API key (Authorization: Bearer <token>).`, 200)
          : forbidden(`This API key may not use \`Query.${name}\`.`);
      }
      return resolve(root, args, ctx, info);
    };
  }
  return schema;
}

/**
 * The same API as an Apollo Federation v2 subgraph: adds `_service { sdl }` and
 * `_entities`. This is what the server serves, so a gateway can compose it.
 */
export const subgraphSchema = requireReadOnFederationFields(
  describeGeneratedTypes(builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' })),
);

/**
 * What the server serves, and so what introspection shows and schema.graphql holds: the
 * subgraph plus the @defer and @stream directives (the same ones useDeferStream would add,
 * which then leaves the schema as it is).
 */
export const servedSchema = (() => {
  const served = new GraphQLSchema({
    ...subgraphSchema.toConfig(),
    directives: [...subgraphSchema.getDirectives(), GraphQLDeferDirective, GraphQLStreamDirective],
  });
  served.extensions = subgraphSchema.extensions;
  return served;
})();

/** schema.graphql: the served schema, sorted. */
export const printedSchema = lexicographicSortSchema(servedSchema);
