// mergeServerHooks: the request path's onRequest/onResponse hooks run as one hook each, on a
// Yoga server over real HTTP, with the adapter's rules kept (order, ending early, replaced
// requests and responses, promises waited for) and every other hook left on its plugin.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeServerHooks } from '../../src/observability/merged-hooks.ts';

const schema = createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } });
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function serve(plugins: Plugin[]): Promise<string> {
  const yoga = createYoga({ schema, plugins, logging: false, graphiql: false });
  const server = createServer((req, res) => void yoga(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}
const ask = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ hello }' }) });

describe('mergeServerHooks', () => {
  it('runs every plugin\'s request and response hooks in their order, as one hook each, and leaves other hooks on their plugins', async () => {
    const calls: string[] = [];
    const plugin = (name: string): Plugin => ({
      onRequest() {
        calls.push(`${name}:request`);
      },
      onExecute() {
        calls.push(`${name}:execute`);
      },
      onResponse({ response }) {
        calls.push(`${name}:response`);
        response.headers.append('x-seen', name);
      },
    });
    const merged = mergeServerHooks([plugin('a'), { onParse: () => void calls.push('parse') }, plugin('b')]);
    expect(merged.filter((p) => p.onRequest).length).toBe(1);
    expect(merged.filter((p) => p.onResponse).length).toBe(1);
    const res = await ask(await serve(merged));
    expect(await res.json()).toEqual({ data: { hello: 'world' } });
    expect(res.headers.get('x-seen')).toBe('a, b');
    expect(calls).toEqual(['a:request', 'b:request', 'parse', 'a:execute', 'b:execute', 'a:response', 'b:response']);
  });

  it('stops at a hook that ends the response: later request hooks do not run, every response hook does', async () => {
    const calls: string[] = [];
    const merged = mergeServerHooks([
      {
        onRequest({ request, endResponse }) {
          calls.push('guard');
          if (request.headers.get('x-block') === 'yes') endResponse(new Response('blocked', { status: 403 }));
        },
      },
      { onRequest: () => void calls.push('after'), onResponse: ({ response }) => void calls.push(`response ${response.status}`) },
    ]);
    const url = await serve(merged);
    const blocked = await ask(url, { 'x-block': 'yes' });
    expect([blocked.status, await blocked.text()]).toEqual([403, 'blocked']);
    expect(calls).toEqual(['guard', 'response 403']);
    calls.length = 0;
    expect((await ask(url)).status).toBe(200);
    expect(calls).toEqual(['guard', 'after', 'response 200']);
  });

  it('waits for a hook that returns a promise before the next, and lets a later hook see a replaced response', async () => {
    const calls: string[] = [];
    const merged = mergeServerHooks([
      {
        async onRequest() {
          await new Promise((resolve) => setTimeout(resolve, 20));
          calls.push('slow');
        },
      },
      { onRequest: () => void calls.push('next') },
      { onResponse: ({ setResponse }) => setResponse(new Response('{"replaced":true}', { status: 202, headers: { 'content-type': 'application/json' } })) },
      { onResponse: ({ response }) => void calls.push(`saw ${response.status}`) },
    ]);
    const res = await ask(await serve(merged));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ replaced: true });
    expect(calls).toEqual(['slow', 'next', 'saw 202']);
  });

  it('returns a list without request or response hooks unchanged', () => {
    const plugins: Plugin[] = [{ onParse: () => undefined }, { onExecute: () => undefined }];
    expect(mergeServerHooks(plugins)).toBe(plugins);
  });
});
