// Shape limits (GraphQL Armor: depth, aliases, directives, tokens) and hidden field
// suggestions. The depth limit leaves `__schema` out: the standard introspection query
// (GraphiQL's docs, code generators) is 15 deep, and graphql-js' own MaxIntrospectionDepthRule
// (a specified rule) refuses recursive introspection. INTROSPECTION=false still refuses it
// altogether (./introspection.ts).
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { SecurityConfig } from '../../config/security.ts';
import { ErrorCode } from '../../errors.ts';

/** Armor rejections carry our stable code. */
function tagArmor(_ctx: unknown, error: GraphQLError): void {
  Object.assign(error.extensions as Record<string, unknown>, { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } });
}

export function useShapeLimits(limits: Pick<SecurityConfig, 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens'>): Plugin {
  const reject = { onReject: [tagArmor], propagateOnRejection: true, exposeLimits: true };
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reject },
    maxAliases: { n: limits.maxAliases, allowList: [], ...reject },
    maxDirectives: { n: limits.maxDirectives, ...reject },
    maxTokens: { n: limits.maxTokens, ...reject },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
}
