// The request's principal, built with its context (after parsing and validation, before
// execution): the readiness gate first (nothing runs before the migrations did), then the
// bearer token resolved to a key with scopes. A client that keeps failing is refused before
// any look-up.
import type { IncomingMessage } from 'node:http';
import type { SecurityConfig } from '../config/security.ts';
import { AppError, ErrorCode } from '../errors.ts';
import { addressBucket, anonymous, bearerToken, clientIp, type KeyResolver, type RequestAuth } from '../services/auth.ts';
import { AuthFailureLimiter } from './rate-limit.ts';

export interface AuthenticateOptions {
  security: Pick<SecurityConfig, 'requireReadKey' | 'trustProxy' | 'authFailureLimit' | 'authFailureWindowMs'>;
  keys: KeyResolver;
  /** False until migrations ran: requests then fail fast with SERVICE_UNAVAILABLE. */
  ready: () => boolean;
  /** Called for each rejection of a client that keeps failing (metrics). */
  onRateLimited?: () => void;
}

/** Builds the request's principal; throws UNAUTHENTICATED, RATE_LIMITED or SERVICE_UNAVAILABLE. */
export type Authenticate = (request: Request, req: IncomingMessage | undefined) => Promise<RequestAuth>;

/** Readiness: before start-up completed, a request fails fast instead of waiting on the database. */
function assertReady(ready: () => boolean): void {
  if (ready()) return;
  throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The service is starting: the database is not ready yet; try again shortly.', {
    http: { status: 503, headers: { 'retry-after': '2' } },
  });
}

export function createAuthenticate(options: AuthenticateOptions): Authenticate {
  const { security, keys } = options;
  const authFailures = security.authFailureLimit > 0 ? new AuthFailureLimiter(security.authFailureLimit, security.authFailureWindowMs) : null;
  const knownValid = (header: string): boolean => {
    try {
      const token = bearerToken(header);
      return token !== null && keys.knownValid(token);
    } catch {
      return false;
    }
  };
  return async (request, req) => {
    assertReady(options.ready);
    const ip = clientIp(request, req, security.trustProxy);
    const header = request.headers.get('authorization');
    if (header === null || header.trim() === '') return anonymous(security.requireReadKey, ip);
    // A client that keeps failing is refused before any look-up (a valid key already cached
    // still passes: it costs nothing, and its holder may share the address).
    const client = addressBucket(ip);
    const wait = authFailures?.blockedFor(client) ?? 0;
    if (wait > 0 && !knownValid(header)) {
      options.onRateLimited?.();
      const retry = Math.max(1, Math.ceil(wait / 1000));
      throw new AppError(ErrorCode.RATE_LIMITED, `Too many failed authentications from this address; retry in ${retry} s.`, {
        http: { status: 429, headers: { 'retry-after': String(retry) } },
      });
    }
    try {
      const token = bearerToken(header);
      if (token === null) return anonymous(security.requireReadKey, ip);
      return await keys.resolve(token, security.requireReadKey, ip);
    } catch (err) {
      if (err instanceof AppError && err.extensions.code === ErrorCode.UNAUTHENTICATED) authFailures?.record(client);
      throw err;
    }
  };
}
