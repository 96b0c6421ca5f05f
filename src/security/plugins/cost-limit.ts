// List-aware cost (MAX_COST, MAX_LIST_ITEMS), checked before execution: the cost depends on
// the variables, so it cannot be a validation rule (a validation result is cached per
// document). The cost is reported in `extensions.cost` and read by the rate limit after it.
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ListTooLongError, queryCost } from '../cost.ts';
import { tooComplex } from './errors.ts';

export interface CostLimits {
  maxCost: number;
  maxListItems: number;
}

interface OperationArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: unknown;
  operationName?: string | null;
}

/** The cost of each operation admitted, by its execution arguments (one object per execution). */
const costs = new WeakMap<object, number>();

/** The cost the cost limit admitted this operation with (0 before it ran). */
export const operationCost = (args: object): number => costs.get(args) ?? 0;

/**
 * What of the variables a cost can depend on: numbers (page sizes), and the shape of lists
 * and input objects (one point per element, the list cap); never a string's or a boolean's
 * value. Equal shapes give equal costs for one document and operation.
 */
function shapeOf(value: unknown, depth = 0): string {
  if (typeof value === 'number') return String(value);
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? 's' : typeof value === 'boolean' ? 'b' : 'z';
  if (depth > 20) return '?'; // as deep as listItems in ../cost.ts looks
  if (Array.isArray(value)) return `[${value.map((v) => shapeOf(v, depth + 1)).join(',')}]`;
  let out = '{';
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out += `${JSON.stringify(k)}:${shapeOf(v, depth + 1)},`;
  return `${out}}`;
}

/** Keys longer than this (long lists in the variables) are computed, not cached. */
const MAX_KEY = 512;
/** Cost by operation name and variable shape, per parsed document (Yoga's parse cache hands out the same object). */
type CostCache = WeakMap<DocumentNode, { schema: GraphQLSchema; byKey: Map<string, number> }>;
const MAX_PER_DOCUMENT = 64;

/** The operation's cost: cached for the document, operation and variables' shape; may throw ListTooLongError. */
function costOf(args: OperationArgs, limits: CostLimits, costCache: CostCache): number {
  const variables = (args.variableValues ?? {}) as Record<string, unknown>;
  const key = `${args.operationName ?? ''}\n${shapeOf(variables)}`;
  let entry = costCache.get(args.document);
  if (entry?.schema !== args.schema) costCache.set(args.document, (entry = { schema: args.schema, byKey: new Map() }));
  const cached = entry.byKey.get(key);
  if (cached !== undefined) return cached;
  const cost = queryCost(args.schema, args.document, variables, args.operationName, limits.maxListItems);
  if (key.length <= MAX_KEY) {
    if (entry.byKey.size >= MAX_PER_DOCUMENT) entry.byKey.clear();
    entry.byKey.set(key, cost);
  }
  return cost;
}

/** Computes the cost; returns the refusal when it is over the limits. */
function admit(args: OperationArgs, limits: CostLimits, costCache: CostCache): ExecutionResult | null {
  let cost: number;
  try {
    cost = costOf(args, limits, costCache);
  } catch (err) {
    if (!(err instanceof ListTooLongError)) throw err;
    return { errors: [tooComplex(err.message)] };
  }
  if (cost > limits.maxCost) {
    return { errors: [tooComplex(`Query cost ${cost} exceeds the maximum of ${limits.maxCost}; ask for smaller pages or fewer nested lists.`)] };
  }
  costs.set(args, cost);
  return null;
}

export function useCostLimit(limits: CostLimits): Plugin {
  // Per app: the limits (the list cap) are part of the answer.
  const costCache: CostCache = new WeakMap();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = admit(args, limits, costCache);
      if (refused) {
        setResultAndStopExecution(refused);
        return;
      }
      const cost = operationCost(args);
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in (result as object)) return;
          const r = result as ExecutionResult;
          setResult({ ...r, extensions: { ...r.extensions, cost: { requested: cost, maximum: limits.maxCost } } });
        },
      };
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = admit(args, limits, costCache);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
