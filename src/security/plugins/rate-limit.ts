// Rate limit by cost (RATE_LIMIT_POINTS per RATE_LIMIT_WINDOW_MS, per key or client address),
// with the budget reported in `extensions.rateLimit`. Queries and mutations are charged the
// cost the cost limit admitted, before they execute. A subscription is charged when it
// starts (before its event stream opens) and refused the same way; then each event it
// delivers is charged again, and a key it was opened with is checked again (revoked or
// expired, the stream ends).
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../context.ts';
import { AppError, ErrorCode } from '../../errors.ts';
import { bearerToken, type KeyResolver, type RequestAuth } from '../../services/auth.ts';
import { identityOf, type RateDecision, type RateLimiter } from '../rate-limit.ts';
import { meterStream } from '../subscriptions.ts';
import { operationCost } from './cost-limit.ts';

export interface RateLimitOptions {
  /** Null when RATE_LIMIT_POINTS=0: nothing is charged. */
  limiter: RateLimiter | null;
  windowMs: number;
  /** MAX_COST, reported beside the cost of a refused operation. */
  maxCost: number;
  keys: KeyResolver;
  requireReadKey: boolean;
  /** Called for each rejection (metrics). */
  onRateLimited?: () => void;
}

const budget = (rate: RateDecision) => ({ limit: rate.limit, remaining: rate.remaining, resetMs: rate.resetMs });

export function useRateLimit(options: RateLimitOptions): Plugin {
  const { limiter, keys } = options;
  const refusal = (cost: number, rate: RateDecision): ExecutionResult => {
    options.onRateLimited?.();
    const retry = Math.max(1, Math.ceil(rate.resetMs / 1000));
    return {
      errors: [
        new AppError(ErrorCode.RATE_LIMITED, `Rate limit exceeded: ${rate.limit} cost points per ${options.windowMs / 1000} s; retry in ${retry} s.`, {
          http: { status: 429, headers: { 'retry-after': String(retry) } },
        }),
      ],
      extensions: { cost: { requested: cost, maximum: options.maxCost }, rateLimit: budget(rate) },
    };
  };
  /**
   * Charges the identity, from its key's own budget if it has one; every operation costs at
   * least 1, so floods of trivial requests are limited too.
   */
  const consume = async (auth: RequestAuth, cost: number) => {
    if (!limiter) return null;
    const identity = identityOf(auth);
    return identity !== null ? limiter.consume(identity, Math.max(1, cost), auth.rateLimitPoints ?? undefined) : null;
  };
  const onExecute: Plugin['onExecute'] = async ({ args, setResultAndStopExecution }) => {
    const cost = operationCost(args);
    const rate = await consume((args.contextValue as unknown as Context).auth, cost);
    if (rate && !rate.allowed) {
      setResultAndStopExecution(refusal(cost, rate));
      return;
    }
    if (!rate) return;
    return {
      onExecuteDone({ result, setResult }) {
        if (Symbol.asyncIterator in (result as object)) return;
        const r = result as ExecutionResult;
        setResult({ ...r, extensions: { ...r.extensions, rateLimit: budget(rate) } });
      },
    };
  };

  return {
    // Without a limiter (RATE_LIMIT_POINTS=0) queries and mutations have nothing to pay: no
    // hook, so their execution stays synchronous up to the resolvers.
    ...(limiter ? { onExecute } : {}),
    async onSubscribe({ args, setResultAndStopExecution }) {
      const cost = operationCost(args);
      const ctx = args.contextValue as unknown as Context;
      const rate = await consume(ctx.auth, cost);
      if (rate && !rate.allowed) {
        setResultAndStopExecution(refusal(cost, rate));
        return;
      }
      const request = (args.contextValue as { request?: Request }).request;
      const token = ctx.auth.kind === 'key' && request ? bearerToken(request.headers.get('authorization')) : null;
      return {
        onSubscribeResult({ result, setResult }) {
          if (!(Symbol.asyncIterator in (result as object))) return;
          const stream = meterStream(result as AsyncIterable<ExecutionResult>, {
            release: () => undefined, // the subscription slot is given back by the stream inside
            async charge() {
              if (token) {
                try {
                  await keys.resolve(token, options.requireReadKey, ctx.auth.clientIp);
                } catch (err) {
                  if (err instanceof AppError && err.extensions.code === ErrorCode.UNAUTHENTICATED) return { errors: [err] };
                }
              }
              const rate = await consume(ctx.auth, cost);
              return rate && !rate.allowed ? refusal(cost, rate) : null;
            },
          });
          setResult(stream);
        },
      };
    },
  };
}
