// The introspection switch (INTROSPECTION), the federation `_service { sdl }` included (it is
// the whole schema), at validation.
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ASTVisitor, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** With introspection off, `_service { sdl }` (the schema, for gateways composing at run time) is refused too. */
const NoServiceSdlRule = (context: ValidationContext): ASTVisitor => ({
  Field(node) {
    if (node.name.value === '_service' && context.getParentType() === context.getSchema().getQueryType()) {
      context.reportError(
        new GraphQLError('`_service` is disabled with introspection (INTROSPECTION=false); compose the supergraph from subgraph.graphql.', { nodes: [node] }),
      );
    }
  },
});

export function useIntrospectionSwitch(allowed: boolean): Plugin {
  return {
    onValidate({ addValidationRule }) {
      if (!allowed) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
        addValidationRule(NoServiceSdlRule);
      }
    },
  };
}
