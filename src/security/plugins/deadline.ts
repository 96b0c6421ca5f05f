// Queries stop when their client goes away, and after REQUEST_TIMEOUT_MS: the executor
// resolves no further fields, so an abandoned or runaway query stops issuing SQL. Mutations
// always run to completion (a half-applied write must not be reported as an error), and
// subscriptions end with their stream.
//
// One AbortController per query, aborted by its timer or by the request's own signal (a
// listener removed when the query is done): no combined signal with its weak references
// and finalizers per request (@graphql-hive/signal's abortSignalAny, which the GC then has
// to process), and the operation's type looked up once per document.
import { getOperationAST, OperationTypeNode, type DocumentNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { AppError, ErrorCode } from '../../errors.ts';

/** Whether the operation (by name) of a document is a query; a document's answer never changes. */
const queries = new WeakMap<DocumentNode, Map<string, boolean>>();
function isQuery(document: DocumentNode, operationName: string | null | undefined): boolean {
  let byName = queries.get(document);
  if (!byName) queries.set(document, (byName = new Map<string, boolean>()));
  const key = operationName ?? '';
  let query = byName.get(key);
  if (query === undefined) byName.set(key, (query = getOperationAST(document, operationName)?.operation === OperationTypeNode.QUERY));
  return query;
}

export function useQueryDeadline(requestTimeoutMs: number): Plugin {
  const timeout = () =>
    new AppError(ErrorCode.REQUEST_TIMEOUT, `The query ran longer than ${requestTimeoutMs} ms and was stopped; ask for less, or smaller pages.`, {
      http: { status: 503 },
    });
  return {
    onExecute({ args }) {
      const { document, operationName } = args as ExecutionArgs;
      if (!isQuery(document, operationName)) return;
      // The Node adapter's request signal is not a native AbortSignal; only its events are used.
      const requestSignal = (args.contextValue as { request?: Request }).request?.signal;
      if (requestTimeoutMs <= 0) {
        if (requestSignal) (args as { signal?: AbortSignal }).signal = requestSignal;
        return;
      }
      if (requestSignal?.aborted) {
        (args as { signal?: AbortSignal }).signal = requestSignal;
        return;
      }
      const deadline = new AbortController();
      const left = () => deadline.abort(requestSignal?.reason);
      requestSignal?.addEventListener('abort', left, { once: true });
      const timer = setTimeout(() => deadline.abort(timeout()), requestTimeoutMs);
      timer.unref();
      const stop = () => {
        clearTimeout(timer);
        requestSignal?.removeEventListener('abort', left);
      };
      // Also when the executor gives up because the client left.
      deadline.signal.addEventListener('abort', stop, { once: true });
      (args as { signal?: AbortSignal }).signal = deadline.signal;
      return {
        onExecuteDone({ result }) {
          // @defer/@stream: the deadline covers the parts that follow, to the last.
          if (Symbol.asyncIterator in (result as object)) return { onEnd: stop };
          stop();
        },
      };
    },
  };
}
