// Apollo federated traces (`extensions.ftv1`), paid for only by the requests that ask.
//
// @graphql-yoga/plugin-apollo-inline-trace times every field through a wrapper it puts
// around each resolver of the schema it is given (at onSchemaChange), and that wrapper runs
// on every request, traced or not. Here its schema hooks are given a copy of the served
// schema instead: a request carrying `apollo-federation-include-trace: ftv1` executes on the
// copy (timed), every other request on the served schema, whose resolvers stay bare.
import { mapSchema } from '@graphql-tools/utils';
import { useApolloInlineTrace } from '@graphql-yoga/plugin-apollo-inline-trace';
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The header a federation gateway sends to ask a subgraph for a trace. */
export const TRACE_HEADER = 'apollo-federation-include-trace';

/** True when the request asks for an ftv1 trace (the inline-trace plugin's own test). */
export const wantsTrace = (request: Request): boolean => request.headers.get(TRACE_HEADER) === 'ftv1';

export function useFederatedTrace(): Plugin {
  const copies = new WeakMap<GraphQLSchema, GraphQLSchema>();
  /** The traced twin of a served schema: the same types and resolvers, its own field objects. */
  const tracedCopy = (schema: GraphQLSchema): GraphQLSchema => {
    let copy = copies.get(schema);
    if (!copy) {
      copy = mapSchema(schema);
      copy.extensions = schema.extensions;
      copies.set(schema, copy);
    }
    return copy;
  };

  /** A plugin (and those it adds) whose schema hooks see the traced copy, never the served schema. */
  const onCopy = (plugin: Plugin): Plugin => {
    const { onSchemaChange, onPluginInit } = plugin;
    return {
      ...plugin,
      ...(onSchemaChange && {
        onSchemaChange: (payload) =>
          payload.schema ? onSchemaChange({ ...payload, schema: tracedCopy(payload.schema as GraphQLSchema), replaceSchema: () => undefined }) : undefined,
      }),
      ...(onPluginInit && {
        onPluginInit: (payload) => onPluginInit({ ...payload, addPlugin: (added) => payload.addPlugin(onCopy(added)) }),
      }),
    };
  };

  return {
    onPluginInit({ addPlugin }) {
      addPlugin(onCopy(useApolloInlineTrace()));
      addPlugin({
        onExecute({ args }) {
          const request = (args.contextValue as { request?: Request }).request;
          if (request && wantsTrace(request)) args.schema = tracedCopy(args.schema as GraphQLSchema);
        },
      });
    },
  };
}
