// Response headers for an API exposed to browsers: no MIME sniffing, no framing (the GraphiQL
// page included), no referrer leaking query strings to other sites.
import type { Plugin } from 'graphql-yoga';

export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.set('x-frame-options', 'DENY');
      response.headers.set('referrer-policy', 'no-referrer');
    },
  };
}
