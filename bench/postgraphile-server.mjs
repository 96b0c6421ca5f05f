/* global process, console */
// PostGraphile 5 (Amber preset) over the benchmark database, for comparison with Newsgraph.
// Runs on the Node 22 of bench/node_modules/node (PostGraphile 5 needs Node >= 22).
//   node postgraphile-server.mjs <postgres-url> <port>
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const [url, portArg, poolMax = '10'] = process.argv.slice(2);
const port = Number(portArg);
const pool = new pg.Pool({ connectionString: url, max: Number(poolMax) });
pool.on('error', () => undefined);

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'], pubsub: false })],
  grafserv: { port, host: '127.0.0.1', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => {
  console.error(e);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before announcing readiness.
await pgl.getSchema();
server.listen(port, '127.0.0.1', () => console.log(`READY ${port}`));
process.on('SIGTERM', () => {
  server.close();
  void pgl.release().then(() => pool.end()).finally(() => process.exit(0));
});
