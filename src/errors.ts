// One place maps failures to stable error codes and masks internals: clients see a code
// and a plain message, never a stack trace, SQL or a driver message.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  DOCUMENT_TOO_LARGE: 'DOCUMENT_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A bad setting: the start stops with this message, which names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** An error whose message is safe to show to the client. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extra, code } });
  }
}

export const badInput = (message: string, extra?: Record<string, unknown>) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, extra);

const UNAVAILABLE_PATTERNS = [
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND/,
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|timed out/i,
  /canceling statement due to statement timeout/i,
  /the database system is (starting up|shutting down)|terminating connection/i,
  /Can't reach database server|Server has closed the connection/i,
  /PGlite is closed|Cannot use a pool after calling end|Client was closed/i,
];

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as Error & { cause?: unknown }).cause;
  return `${err.name} ${err.message} ${(err as { code?: string }).code ?? ''} ${cause ? describe(cause) : ''}`;
}

/** True when the failure means the database could not be reached or did not answer in time. */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof Error && err.name === 'DatabaseUnavailableError') return true;
  const text = describe(err);
  return UNAVAILABLE_PATTERNS.some((re) => re.test(text));
}

/** Turns any error raised while executing an operation into what the client may see. */
export function maskError(error: unknown): GraphQLError {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const at = error instanceof GraphQLError ? { path: error.path, nodes: error.nodes } : {};

  if (original instanceof AppError) {
    return new GraphQLError(original.message, { ...at, extensions: original.extensions });
  }
  if (error instanceof GraphQLError && error.originalError && !error.path && original instanceof GraphQLError && !(original instanceof AppError)) {
    // Request errors raised by graphql-js itself, such as a variable of the wrong type.
    return new GraphQLError(error.message, { ...at, extensions: { http: { status: 400 }, ...error.extensions, code: ErrorCode.BAD_USER_INPUT } });
  }
  if (original instanceof Error && original.name === 'PothosValidationError') {
    return new GraphQLError(original.message, { ...at, extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
  if (error instanceof GraphQLError && !error.originalError) {
    // Parse and validation errors: already about the client's document.
    const code = (error.extensions?.code as string | undefined) ?? 'GRAPHQL_VALIDATION_FAILED';
    return new GraphQLError(error.message, { ...at, extensions: { ...error.extensions, code } });
  }
  if (isUnavailable(original)) {
    return new GraphQLError('The database is unavailable; try again shortly.', {
      ...at,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  }
  return new GraphQLError('Unexpected error.', { ...at, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}
