// npm run bench:feeds: items ingested per second from a local feed, with 1, 2 and 4 worker
// processes (npm run worker) on the PostgreSQL server named by DATABASE_URL. Each run gets a
// scratch database of its own, dropped afterwards. The feed and its pages are served on
// loopback by this script; the clock runs from followFeed until every item is stored.
//   BENCH_ITEMS (default 200): items in the feed; BENCH_WORKERS (default 1,2,4);
//   BENCH_JOBS_PER_WORKER (default 2): FEED_WORKERS of each worker process.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { openDatabase } from '../src/db/index.ts';
import { createScratchDatabase } from '../src/db/scratch.ts';
import { loadFeedConfig } from '../src/config/feeds.ts';
import { createFeedService } from '../src/feeds/service.ts';
import { seedCountries } from '../src/services/seed.ts';

const server = process.env.DATABASE_URL;
if (!server || !/^postgres(ql)?:\/\//.test(server)) {
  console.error('bench:feeds needs DATABASE_URL=postgresql://... (a server it may create scratch databases on)');
  process.exit(2);
}
const ITEMS = Number(process.env.BENCH_ITEMS ?? 200);
const WORKERS = (process.env.BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
const JOBS = Number(process.env.BENCH_JOBS_PER_WORKER ?? 2);

const COUNTRIES = ['France', 'Germany', 'Japan', 'Brazil', 'India', 'Kenya', 'Canada', 'Mexico', 'Egypt', 'Chile', 'Peru', 'Norway', 'Poland', 'Italy', 'Spain', 'Turkey'];
const CITIES = ['Paris', 'Berlin', 'Tokyo', 'Brasilia', 'Delhi', 'Nairobi', 'Ottawa', 'Lima'];
function article(i: number): { title: string; html: string } {
  const a = COUNTRIES[i % COUNTRIES.length]!;
  const b = COUNTRIES[(i * 7 + 3) % COUNTRIES.length]!;
  const city = CITIES[i % CITIES.length]!;
  const title = `${a} and ${b} sign agreement number ${i}`;
  const p = `<p>${a} and ${b} signed a trade agreement in ${city} on Monday, officials said in statement ${i}. The foreign ministers met for three hours and discussed energy, tariffs and regional security.</p>`;
  return { title, html: `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${p}${p.replace('<p>', '<p>Diplomats added that ')}</article></body></html>` };
}

async function startSite() {
  const srv = createServer((req, res) => {
    const base = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
    if (req.url === '/feed.xml') {
      const items = Array.from({ length: ITEMS }, (_, i) => `<item><title>${article(i).title}</title><link>${base}/a/${i}</link></item>`).join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${items}</channel></rss>`);
      return;
    }
    const m = /^\/a\/(\d+)$/.exec(req.url ?? '');
    if (m) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article(Number(m[1])).html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/feed.xml`, close: () => new Promise<void>((r) => srv.close(() => r())) };
}

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    env: { ...process.env, DATABASE_URL: url, FEED_WORKERS: String(JOBS), FEED_ALLOW_PRIVATE_NETWORKS: 'true', FEED_PER_HOST_CONCURRENCY: '64', LOG_LEVEL: 'info', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('feed worker running')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

async function run(workers: number, site: { url: string }): Promise<number> {
  const scratch = await createScratchDatabase(server!, 'newsgraph_bench_feeds');
  const config = { database: { kind: 'postgres' as const, url: scratch.url }, dbConnectTimeoutMs: 10_000, dbStatementTimeoutMs: 60_000, dbPoolMax: 4 };
  const db = await openDatabase(config);
  const children: ChildProcess[] = [];
  try {
    await db.migrate();
    await seedCountries(db.prisma);
    for (let i = 0; i < workers; i++) children.push(await startWorker(scratch.url));
    // This process only schedules (FEED_WORKERS=0), as an API server beside the workers would.
    const feeds = createFeedService({ db, databaseUrl: scratch.url, config: { ...loadFeedConfig({}), workers: 0, allowPrivateNetworks: true }, log: pino({ level: 'warn' }), pubsub: null });
    const start = performance.now();
    await feeds.follow(site.url, 3600);
    for (;;) {
      const n = await db.prisma.article.count();
      if (n >= ITEMS) break;
      if (performance.now() - start > 600_000) throw new Error(`only ${n} of ${ITEMS} items after 10 minutes`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - start) / 1_000;
    await feeds.close();
    return ITEMS / seconds;
  } finally {
    await Promise.all(children.map((c) => new Promise((r) => (c.once('exit', r), c.kill('SIGTERM')))));
    await db.close();
    await scratch.drop();
  }
}

const site = await startSite();
console.log(`bench:feeds: ${ITEMS} items from a loopback feed, worker processes with ${JOBS} job slots each, PostgreSQL`);
for (const w of WORKERS) {
  const rate = await run(w, site);
  console.log(`  ${w} worker${w === 1 ? ' ' : 's'}: ${rate.toFixed(1)} items/s`);
}
await site.close();
