// Extraction throughput on one core: `npm run bench:extract`. Articles of ~5 KB are built
// by concatenating development-set articles, so the text is realistic news prose.
import { fileURLToPath } from 'node:url';
import { loadDevset } from '../src/ingest/eval.ts';
import { extractGraph } from '../src/ingest/extract/index.ts';

const dir = fileURLToPath(new URL('../tests/fixtures/devset/', import.meta.url));
const items = loadDevset(dir);
const TARGET = 5000;
const articles: { title: string; body: string; publishedAt: Date | null }[] = [];
for (let i = 0; i < items.length; i++) {
  let body = '';
  let j = i;
  while (body.length < TARGET) {
    const it = items[j % items.length]!;
    body += (body ? '\n\n' : '') + it.body;
    j++;
  }
  articles.push({ title: items[i]!.title, body, publishedAt: items[i]!.publishedAt });
}
const avgKb = articles.reduce((s, a) => s + a.body.length, 0) / articles.length / 1024;

// Warm-up: JIT and the lazily compiled regexes.
for (const a of articles.slice(0, 5)) extractGraph(a);

const rounds = Number(process.argv[2] ?? 8);
let n = 0;
let events = 0;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const a of articles) {
    events += extractGraph(a).events.length;
    n++;
  }
}
const ms = performance.now() - t0;
console.log(`articles: ${n} (avg ${avgKb.toFixed(1)} KB), events: ${events}`);
console.log(`time: ${ms.toFixed(0)} ms, ${(ms / n).toFixed(2)} ms/article`);
console.log(`throughput: ${((n * 1000) / ms).toFixed(1)} articles/s (target >= 100)`);
