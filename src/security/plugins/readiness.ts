// /ready: 200 once start-up is done and the database answers, 503 otherwise (load balancers
// stop sending traffic). Yoga's useReadinessCheck does the same, but matches every other
// request's URL with a URLPattern (the polyfill's regular expressions, the URL parsed into an
// object); the path is compared as a string here.
import type { Plugin } from 'graphql-yoga';
import { pathnameOf } from '../../observability/phase-metrics.ts';

export function useReadiness(check: () => Promise<boolean>, endpoint = '/ready'): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (pathnameOf(request.url) !== endpoint) return undefined;
      return check().then(
        (ready) => endResponse(new fetchAPI.Response(null, { status: ready ? 200 : 503 })),
        (err: unknown) =>
          endResponse(
            new fetchAPI.Response(err instanceof Error ? err.message : null, {
              status: 503,
              headers: err instanceof Error ? { 'content-type': 'text/plain; charset=utf-8' } : {},
            }),
          ),
      );
    },
  };
}
