// One `onRequest` and one `onResponse` hook for the whole request path. The server adapter
// (@whatwg-node/server) calls each plugin's hook with a payload of its own (an object and its
// setter closures per hook and request) through its promise helpers; with a dozen small
// plugins that bookkeeping cost more than the hooks' work on a small query (measured with
// bench/experiments/http: `{ __typename }`). The merged hooks call the plugins' own hooks in
// their order with one shared payload, and keep the adapter's rules: a hook that ends the
// response stops the ones after it, a replaced request or response is what the next one sees,
// and a hook that returns a promise is waited for.
import type { Plugin } from 'graphql-yoga';

type RequestHook = NonNullable<Plugin['onRequest']>;
type ResponseHook = NonNullable<Plugin['onResponse']>;
type RequestPayload = Parameters<RequestHook>[0];
type ResponsePayload = Parameters<ResponseHook>[0];

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function';
}

function runRequestHooks(hooks: RequestHook[], from: number, view: RequestPayload, ended: () => boolean): Promise<void> | void {
  for (let i = from; i < hooks.length; i += 1) {
    const result = hooks[i]!(view);
    if (isPromise(result)) return result.then(() => (ended() ? undefined : runRequestHooks(hooks, i + 1, view, ended)));
    if (ended()) return;
  }
}

function runResponseHooks(hooks: ResponseHook[], from: number, view: ResponsePayload): Promise<void> | void {
  for (let i = from; i < hooks.length; i += 1) {
    const result = hooks[i]!(view);
    if (isPromise(result)) return result.then(() => runResponseHooks(hooks, i + 1, view));
  }
}

/**
 * The plugins with their `onRequest` and `onResponse` hooks moved into one plugin, placed
 * where the first of them was (the hooks keep their order; every other hook stays on its
 * plugin).
 */
export function mergeServerHooks(plugins: Plugin[]): Plugin[] {
  const onRequest: RequestHook[] = [];
  const onResponse: ResponseHook[] = [];
  const rest: Plugin[] = [];
  let at = -1;
  for (const plugin of plugins) {
    if (!plugin.onRequest && !plugin.onResponse) {
      rest.push(plugin);
      continue;
    }
    if (at < 0) at = rest.length;
    const { onRequest: request, onResponse: response, ...others } = plugin;
    if (request) onRequest.push(request.bind(plugin));
    if (response) onResponse.push(response.bind(plugin));
    if (Object.keys(others).length > 0 || Object.getOwnPropertySymbols(others).length > 0) rest.push(others);
  }
  if (at < 0) return plugins;
  const merged: Plugin = {};
  if (onRequest.length > 0) {
    merged.onRequest = (payload) => {
      let ended = false;
      const view: RequestPayload = {
        ...payload,
        setRequest(request) {
          payload.setRequest(request);
          view.request = request;
        },
        endResponse(response) {
          ended = true;
          payload.endResponse(response);
        },
      };
      return runRequestHooks(onRequest, 0, view, () => ended);
    };
  }
  if (onResponse.length > 0) {
    merged.onResponse = (payload) => {
      const view: ResponsePayload = {
        ...payload,
        setResponse(response) {
          payload.setResponse(response);
          view.response = response;
        },
      };
      return runResponseHooks(onResponse, 0, view);
    };
  }
  rest.splice(at, 0, merged);
  return rest;
}
