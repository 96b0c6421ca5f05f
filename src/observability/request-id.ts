// Every request gets an ID: the caller's `x-request-id` when it is a plausible one, a new UUID
// otherwise. It is sent back in the response header, carried by log lines and trace spans.
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';

const requestIds = new WeakMap<Request, string>();

/** The ID given to a request, once its first plugin ran. */
export const requestIdOf = (request: Request): string | undefined => requestIds.get(request);

export function useRequestId(log: Logger): Plugin {
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      const id = given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
      requestIds.set(request, id);
    },
    onResponse({ request, response }) {
      const id = requestIds.get(request);
      if (id) response.headers.set('x-request-id', id);
      log.debug({ requestId: id, method: request.method, url: request.url, status: response.status }, 'request');
    },
  };
}
