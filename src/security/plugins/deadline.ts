// Queries stop when their client goes away, and after REQUEST_TIMEOUT_MS: the executor
// resolves no further fields, so an abandoned or runaway query stops issuing SQL. Mutations
// always run to completion (a half-applied write must not be reported as an error), and
// subscriptions end with their stream.
//
// One light signal per query (QuerySignal: what the executor uses of an AbortSignal, without
// an EventTarget), aborted at its deadline or by the request's own signal (a listener removed
// when the query is done): no combined signal with its weak references and finalizers per
// request (@graphql-hive/signal's abortSignalAny, which the GC then has to process), no timer
// per query (one for the oldest running query's deadline), and the operation's type looked
// up once per document.
import type { ServerResponse } from 'node:http';
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

type Listener = (event: { type: 'abort'; target: QuerySignal }) => void;

/**
 * The part of AbortSignal the executor uses (aborted, reason, throwIfAborted, abort
 * listeners), without an EventTarget: one per query, so it has to be cheap to make. Nothing
 * else sees it (no resolver passes the executor's signal on).
 */
export class QuerySignal {
  aborted = false;
  reason: unknown = undefined;
  onabort: Listener | null = null;
  private listeners: Listener[] = [];

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }
  addEventListener(type: string, listener: Listener, options?: { once?: boolean }): void {
    void options; // every listener runs at most once: a signal aborts once
    if (type === 'abort' && !this.listeners.includes(listener)) this.listeners.push(listener);
  }
  removeEventListener(type: string, listener: Listener): void {
    if (type !== 'abort') return;
    const i = this.listeners.indexOf(listener);
    if (i >= 0) this.listeners.splice(i, 1);
  }
  /** Aborts once: sets the reason, then runs the listeners (each at most once). */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason ?? new DOMException('This operation was aborted', 'AbortError');
    const event = { type: 'abort' as const, target: this };
    const listeners = this.listeners;
    this.listeners = [];
    this.onabort?.(event);
    for (const listener of listeners) listener(event);
  }
}

/**
 * The running queries' deadlines, oldest first (every query gets the same timeout, so the
 * order of arrival is the order of expiry), behind one timer for the oldest: no timer made
 * and cleared per query.
 */
export class Deadlines {
  private readonly running = new Set<{ signal: QuerySignal; at: number }>();
  private timer: NodeJS.Timeout | null = null;
  constructor(
    private readonly timeoutMs: number,
    private readonly reason: () => unknown,
  ) {}

  /** Watches a query's signal; the function returned stops watching it. */
  add(signal: QuerySignal): () => void {
    const entry = { signal, at: performance.now() + this.timeoutMs };
    this.running.add(entry);
    if (!this.timer) this.arm(this.timeoutMs);
    return () => {
      this.running.delete(entry);
    };
  }
  private arm(ms: number): void {
    this.timer = setTimeout(() => this.expire(), Math.max(1, Math.ceil(ms)));
    this.timer.unref();
  }
  private expire(): void {
    this.timer = null;
    const now = performance.now();
    for (const entry of this.running) {
      if (entry.at > now) {
        this.arm(entry.at - now);
        return;
      }
      this.running.delete(entry);
      entry.signal.abort(this.reason());
    }
  }
}

// The two per-query listeners are made by these factories rather than as named arrow
// functions in onExecute: tsx (esbuild's keepNames) gives every named function expression a
// name through Object.defineProperty when it is created, which cost about 3% of a small
// request's CPU there (bench/experiments/http, a V8 profile of `{ __typename }`).

/** The listener that aborts a query when its client leaves. */
function abortWith(signal: QuerySignal, requestSignal: AbortSignal | undefined): () => void {
  return () => signal.abort(requestSignal?.reason);
}

/** Stops watching a query: its deadline and the client's leaving. */
function stopWatching(unwatch: () => void, left: () => void, connection: ServerResponse | null, requestSignal: AbortSignal | undefined): () => void {
  return () => {
    unwatch();
    if (connection) connection.removeListener('close', left);
    else requestSignal?.removeEventListener('abort', left);
  };
}

export function useQueryDeadline(requestTimeoutMs: number): Plugin {
  const timeout = () =>
    new AppError(ErrorCode.REQUEST_TIMEOUT, `The query ran longer than ${requestTimeoutMs} ms and was stopped; ask for less, or smaller pages.`, {
      http: { status: 503 },
    });
  const deadlines = requestTimeoutMs > 0 ? new Deadlines(requestTimeoutMs, timeout) : null;
  return {
    onExecute({ args }) {
      const { document, operationName } = args as ExecutionArgs;
      if (!isQuery(document, operationName)) return;
      // The Node adapter's request signal is not a native AbortSignal; only its events are used.
      const requestSignal = (args.contextValue as { request?: Request }).request?.signal;
      if (!deadlines || requestSignal?.aborted) {
        if (requestSignal) (args as { signal?: AbortSignal }).signal = requestSignal;
        return;
      }
      const signal = new QuerySignal();
      const left = abortWith(signal, requestSignal);
      // Over node:http, the connection's close (what aborts the request's signal) is watched
      // directly: an EventEmitter listener costs less than one on the adapter's EventTarget.
      const res = (args.contextValue as { res?: ServerResponse }).res;
      const connection = res && typeof res.once === 'function' && !res.writableEnded ? res : null;
      if (connection) connection.once('close', left);
      else requestSignal?.addEventListener('abort', left, { once: true });
      const stop = stopWatching(deadlines.add(signal), left, connection, requestSignal);
      // Also when the executor gives up because the client left.
      signal.addEventListener('abort', stop);
      (args as { signal?: unknown }).signal = signal;
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
