// The floor under Newsgraph's fixed request cost, for bench/experiments/http/run.ts
// ("--variants 'main;yoga@bench/experiments/http/floor;plain=FLOOR=graphql-js@bench/experiments/http/floor'"):
// the same served schema behind graphql-yoga with none of Newsgraph's plugins (FLOOR=yoga, the
// default), or behind node:http calling graphql-js' parse, validate and execute directly
// (FLOOR=graphql-js). What Newsgraph costs above the first is its own request path; what the
// first costs above the second is Yoga and whatwg-node.
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { servedSchema } from '../../../../../src/schema/index.ts';

// graphql and graphql-yoga as the project resolves them (bench/node_modules has its own graphql).
const fromProject = createRequire(new URL('../../../../../src/server.ts', import.meta.url));
const { execute, parse, validate } = (await import(fromProject.resolve('graphql'))) as typeof import('graphql');
const { createYoga } = (await import(fromProject.resolve('graphql-yoga'))) as typeof import('graphql-yoga');

const port = Number(process.env.PORT ?? 4000);
const floor = process.env.FLOOR ?? 'yoga';
const documents = new Map<string, { document: ReturnType<typeof parse>; errors: readonly unknown[] }>();
let handler: Parameters<typeof createServer>[1] | undefined;
if (floor === 'postgraphile') {
  process.argv.splice(2, Infinity, process.env.DATABASE_URL!, String(port), process.env.DB_POOL_MAX ?? '10');
  await import('../../../../postgraphile-server.mjs');
} else if (floor.startsWith('yoga')) {
  // yoga: Yoga's defaults; yoga-tuned: Newsgraph's Yoga settings (no body-size stream, no
  // CORS, no health route, no batching); yoga-fetch: those, with the request built from the
  // body read first, through yoga.fetch.
  const tuned = floor !== 'yoga';
  const yoga = createYoga({
    schema: servedSchema,
    landingPage: false,
    graphiql: false,
    logging: false,
    ...(tuned ? { maxRequestBodySize: false as const, cors: false, batching: false, healthCheckEndpoint: '/health' } : {}),
  });
  if (floor === 'yoga-fetch') {
    handler = (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const headers: [string, string][] = [];
        for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
        const request = new yoga.fetchAPI.Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks).toString('utf8') });
        void Promise.resolve(yoga.fetch(request, { req, res })).then(async (response) => {
          const text = await response.text();
          const out: Record<string, string> = {};
          response.headers.forEach((v, k) => (out[k] = v));
          res.writeHead(response.status, out);
          res.end(text);
        });
      });
    };
  } else handler = (req, res) => void yoga(req, res);
} else {
  handler = (req, res) => {
    if (req.url === '/__bench/statements') return void res.end('0');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
      let parsed = floor === 'graphql-js-cached' ? documents.get(body.query) : undefined;
      if (!parsed) {
        const document = parse(body.query);
        parsed = { document, errors: validate(servedSchema, document) };
        if (floor === 'graphql-js-cached') documents.set(body.query, parsed);
      }
      const { document, errors } = parsed;
      const result = errors.length ? { errors } : execute({ schema: servedSchema, document, variableValues: body.variables, contextValue: {} });
      void Promise.resolve(result).then((r) => {
        const text = JSON.stringify(r);
        res.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      });
    });
  };
}
if (handler) createServer(handler).listen(port, '127.0.0.1', () => console.log(`READY ${port}`));
