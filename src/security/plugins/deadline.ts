// Queries stop when their client goes away, and after REQUEST_TIMEOUT_MS: the executor
// resolves no further fields, so an abandoned or runaway query stops issuing SQL. Mutations
// always run to completion (a half-applied write must not be reported as an error), and
// subscriptions end with their stream.
import { abortSignalAny } from '@graphql-hive/signal';
import { getOperationAST, OperationTypeNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { AppError, ErrorCode } from '../../errors.ts';

export function useQueryDeadline(requestTimeoutMs: number): Plugin {
  return {
    onExecute({ args }) {
      const { document, operationName } = args as ExecutionArgs;
      const op = getOperationAST(document, operationName);
      if (op?.operation !== OperationTypeNode.QUERY) return;
      const signals: AbortSignal[] = [];
      // The Node adapter's request signal is not a native AbortSignal, which Node 24's
      // AbortSignal.any refuses; the ponyfill listens to each signal and forwards instead.
      const requestSignal = (args.contextValue as { request?: Request }).request?.signal;
      if (requestSignal) signals.push(requestSignal);
      let timer: NodeJS.Timeout | undefined;
      if (requestTimeoutMs > 0) {
        const deadline = new AbortController();
        timer = setTimeout(() => {
          deadline.abort(
            new AppError(ErrorCode.REQUEST_TIMEOUT, `The query ran longer than ${requestTimeoutMs} ms and was stopped; ask for less, or smaller pages.`, {
              http: { status: 503 },
            }),
          );
        }, requestTimeoutMs);
        timer.unref();
        signals.push(deadline.signal);
      }
      if (!signals.length) return;
      const signal = abortSignalAny(signals)!;
      (args as { signal?: AbortSignal }).signal = signal;
      if (!timer) return;
      const stop = () => clearTimeout(timer);
      // Also when the executor gives up because the client left.
      signal.addEventListener('abort', stop, { once: true });
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
