// Rejections shared by the request-path plugins: stable codes, HTTP statuses, no internals.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors.ts';

export const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });

/** A GraphQL-shaped JSON answer sent before Yoga reads the request. */
export function jsonError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
