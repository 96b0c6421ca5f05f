// Newsgraph as deployed (createApp + the request listener of `npm start`), plus one benchmark-only route,
// /__bench/statements, that reports how many SQL statements the Prisma client has sent so
// far (Database.onStatement). Configuration comes from the environment as usual
// (DATABASE_URL, PORT, DB_POOL_MAX and the optimisation switches of src/config.ts).
import { createServer } from 'node:http';
import { loadConfig } from '../src/config.ts';
import { createApp, requestListener } from '../src/server.ts';

const config = loadConfig();
const app = await createApp({ ...config, seedSample: false });
let statements = 0;
app.db.onStatement(() => (statements += 1));
// The same request listener as `npm start` (src/server.ts, listen).
const serve = requestListener(app);
const server = createServer((req, res) => {
  if (req.url === '/__bench/statements') {
    res.end(String(statements));
    return;
  }
  serve(req, res);
});
server.listen(config.port, '127.0.0.1', () => console.log(`READY ${config.port}`));
process.on('SIGTERM', () => {
  server.close();
  void app.close().finally(() => process.exit(0));
});
