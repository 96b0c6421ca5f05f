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

/** Computes the cost; returns the refusal when it is over the limits. */
function admit(args: OperationArgs, limits: CostLimits): ExecutionResult | null {
  let cost: number;
  try {
    cost = queryCost(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName, limits.maxListItems);
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
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = admit(args, limits);
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
      const refused = admit(args, limits);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
