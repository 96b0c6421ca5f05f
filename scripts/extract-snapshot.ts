// Snapshot of the extractor's output, to prove that a speed change leaves it byte-identical:
//
//   npx tsx scripts/extract-snapshot.ts > /tmp/before.txt   # then change the code
//   npx tsx scripts/extract-snapshot.ts > /tmp/after.txt && diff /tmp/before.txt /tmp/after.txt
//
// Every fixture article (devset, realset/dev, the sample) is extracted with its publication
// date and without one, plus the ~5 KB articles bench-extract builds; the result of every
// public step (splitSentences, findDates with and without a reference date, extractGraph) is
// printed as JSON. The held-out articles are run too but printed only as a hash per article,
// so their texts and results stay unseen.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanBody, splitHeadline } from '../src/ingest/clean.ts';
import { loadDevset } from '../src/ingest/eval.ts';
import { extractGraph, findDates, splitSentences } from '../src/ingest/extract/index.ts';

interface Article {
  name: string;
  title: string;
  body: string;
  publishedAt: Date | null;
}

const fixture = (p: string) => fileURLToPath(new URL(`../tests/fixtures/${p}`, import.meta.url));
const set = (dir: string, prefix: string): Article[] => loadDevset(fixture(dir)).map((a) => ({ name: `${prefix}/${a.file}`, title: a.title, body: a.body, publishedAt: a.publishedAt }));

function sampleArticle(): Article {
  const dir = new URL('../samples/', import.meta.url);
  const { title, body } = splitHeadline(readFileSync(new URL('asumetech-russia-recognizes-taliban.txt', dir), 'utf8'));
  const curated = JSON.parse(readFileSync(new URL('russia-taliban.graph.json', dir), 'utf8')) as { article: { publishedAt: string } };
  return { name: 'samples/asumetech', title, body: cleanBody(body), publishedAt: new Date(curated.article.publishedAt) };
}

/** The long articles of scripts/bench-extract.ts: devset bodies joined to ~5 KB. */
function benchArticles(items: Article[]): Article[] {
  return items.map((it, i) => {
    let body = '';
    for (let j = i; body.length < 5000; j++) body += (body ? '\n\n' : '') + items[j % items.length]!.body;
    return { name: `bench/${it.name}`, title: it.title, body, publishedAt: it.publishedAt };
  });
}

function resultOf(a: Article, publishedAt: Date | null): string {
  const sentences = splitSentences(a.body);
  const dates = sentences.map((s) => [findDates(s.text, s.start, publishedAt), findDates(s.text, s.start, publishedAt, true)]);
  const graph = extractGraph({ title: a.title, body: a.body, publishedAt });
  return JSON.stringify({ sentences, dates, graph });
}

const devset = set('devset/', 'devset');
const seen = [...devset, ...set('realset/dev/', 'realset-dev'), sampleArticle()];
const lines: string[] = [];
for (const a of [...seen, ...benchArticles(devset)]) {
  lines.push(`${a.name} ${a.publishedAt?.toISOString() ?? 'null'} ${resultOf(a, a.publishedAt)}`);
  lines.push(`${a.name} null ${resultOf(a, null)}`);
}
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
for (const a of set('realset/heldout/', 'heldout')) {
  lines.push(`${a.name} ${hash(resultOf(a, a.publishedAt))} ${hash(resultOf(a, null))}`);
}
process.stdout.write(lines.join('\n') + '\n');
process.stderr.write(`${lines.length} results, digest ${hash(lines.join('\n'))}\n`);
