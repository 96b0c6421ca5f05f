// List-aware query cost: every object field costs 1, and the cost of what is selected
// under a list is multiplied by how many items the list may hold. A connection's `first`
// or `last` is that number (the default page size when neither is given); other lists
// count LIST_FACTOR items, unless a list argument says how many: `nodes(ids:)` and
// `_entities(representations:)` return one item per element. Every list given as an
// argument (in inputs and filters too) also costs one point per element, and holds at most
// `maxListItems` elements (ListTooLongError). Computed on the validated document, before
// anything runs.
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  OperationTypeNode,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../schema/builder.ts';

/** Items assumed for a plain list (participants, evidence, positions...). */
export const LIST_FACTOR = 10;

function argNumber(value: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!value) return null;
  const v = valueFromASTUntyped(value, variables);
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(0, v) : null;
}

/** List arguments whose field returns one item per element. */
const ONE_PER_ELEMENT = new Set(['ids', 'representations']);

/** A list argument (or a list inside an input) longer than the cap. */
export class ListTooLongError extends Error {
  override name = 'ListTooLongError';
  constructor(
    readonly field: string,
    readonly items: number,
    readonly max: number,
  ) {
    super(`\`${field}\` was given a list of ${items} items; at most ${max} are accepted in one list. Split the request.`);
  }
}

/** Elements of every list in an argument value, nested ones included; the longest list. */
function listItems(value: unknown, depth = 0): { items: number; longest: number } {
  if (depth > 20 || value === null || typeof value !== 'object') return { items: 0, longest: 0 };
  let items = 0;
  let longest = 0;
  const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  if (Array.isArray(value)) {
    items += value.length;
    longest = value.length;
  }
  for (const child of children) {
    if (child === null || typeof child !== 'object') continue;
    const inner = listItems(child, depth + 1);
    items += inner.items;
    longest = Math.max(longest, inner.longest);
  }
  return { items, longest };
}

/** The cost of the operation (by name, or the only one) of a valid document. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
  maxListItems = Number.POSITIVE_INFINITY,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!op) return 0;
  const root =
    op.operation === OperationTypeNode.QUERY ? schema.getQueryType() : op.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;

  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) {
          // Introspection: cheap but not free when deep.
          total += sel.selectionSet ? 1 + visit(sel.selectionSet, parent, seen) : 0;
          continue;
        }
        const field: GraphQLField<unknown, unknown> | undefined = 'getFields' in parent ? parent.getFields()[sel.name.value] : undefined;
        if (!field) continue;
        // Lists given as arguments: capped, and one point per element.
        let given = 0;
        let longestTopLevel: number | null = null;
        for (const arg of sel.arguments ?? []) {
          const value = valueFromASTUntyped(arg.value, variables);
          const { items, longest } = listItems(value);
          if (longest > maxListItems) throw new ListTooLongError(`${parent.name}.${sel.name.value}(${arg.name.value}:)`, longest, maxListItems);
          given += items;
          if (Array.isArray(value) && ONE_PER_ELEMENT.has(arg.name.value)) longestTopLevel = Math.max(longestTopLevel ?? 0, value.length);
        }
        total += given;
        const named = getNamedType(field.type);
        if (!sel.selectionSet || !isCompositeType(named)) continue;
        const args = new Map(sel.arguments?.map((a) => [a.name.value, a.value]) ?? []);
        const first = argNumber(args.get('first'), variables);
        const last = argNumber(args.get('last'), variables);
        let multiplier = 1;
        if (named.name.endsWith('Connection')) multiplier = Math.max(first ?? 0, last ?? 0) || (first === 0 || last === 0 ? 0 : DEFAULT_PAGE_SIZE);
        else if (isListType(getNullableType(field.type)) && !parent.name.endsWith('Connection')) {
          // One item per element of a list argument (nodes(ids:), _entities(representations:)).
          multiplier = longestTopLevel ?? first ?? last ?? LIST_FACTOR;
        }
        total += 1 + multiplier * visit(sel.selectionSet, named, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        total += visit(sel.selectionSet, type && isCompositeType(type) ? type : parent, seen);
      } else {
        const name = sel.name.value;
        const frag = fragments.get(name);
        if (!frag || seen.has(name)) continue; // cycles are rejected by validation; never loop here
        const type = schema.getType(frag.typeCondition.name.value);
        total += visit(frag.selectionSet, type && isCompositeType(type) ? type : parent, new Set([...seen, name]));
      }
      if (total > Number.MAX_SAFE_INTEGER / 2) return total;
    }
    return total;
  };
  return visit(op.selectionSet, root, new Set());
}
