// What each trigger pattern of the catalog costs: `npx tsx bench/experiments/triggers/costs.ts [reps] [top]`.
// Runs every pattern of TRIGGERS the way findTriggers does (through the word index where the
// pattern has stems, over the whole text where it has none) over the development texts
// (devset and realset/dev, as extractGraph sees them), `reps` times, patterns interleaved so
// load on a shared machine falls on all alike. Prints the patterns without stems (the
// prefilter cannot skip them: they run at every position of every text), then the costliest
// patterns with their time per article, the words they were tried at and their matches, and
// the share of all trigger matching they take. `--all` also times each stemmed pattern over
// the whole text, as it would run without the index (what the prefilter saves).
// `--against DIR` then times findTriggers (all patterns, the word index, bucketing by
// sentence) of this checkout and of another one's src/ (e.g. a worktree of the commit
// before a change) in turn, A/B/A/B, and checks that both find the same hits.
import { fileURLToPath } from 'node:url';
import { loadDevset } from '../../../src/ingest/eval.ts';
import { TRIGGERS } from '../../../src/ingest/extract/events/catalog.ts';
import { matchesOf, stemsOf, triggerCandidates } from '../../../src/ingest/extract/events/triggers.ts';
import { splitSentences } from '../../../src/ingest/extract/sentences.ts';
import { matchText } from '../../../src/ingest/extract/text.ts';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);
const againstAt = argv.indexOf('--against');
const AGAINST = againstAt >= 0 ? argv.splice(againstAt, 2)[1] : undefined;
const args = argv.filter((a) => !a.startsWith('--'));
const REPS = Number(args[0] ?? 20);
const TOP = Number(args[1] ?? 25);
const ALL = process.argv.includes('--all');
const dir = (p: string) => fileURLToPath(new URL(`../../../tests/fixtures/${p}`, import.meta.url));
const texts = [...loadDevset(dir('devset/')), ...loadDevset(dir('realset/dev/'))].map((a) => matchText(a.body));
const indexes = texts.map(triggerCandidates);
/** CPU time of this process, in ms (wall time suffers on a shared machine). */
const now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const short = (src: string) => (src.length > 110 ? `${src.slice(0, 107)}...` : src);

const rows = TRIGGERS.map((t, i) => ({ i, t, stems: stemsOf(t.re.source, t.re.flags), ms: 0, fullMs: 0, matches: 0, tried: 0 }));
console.log(`${TRIGGERS.length} trigger patterns, ${texts.length} texts (${(texts.reduce((s, x) => s + x.length, 0) / 1024).toFixed(0)} KB), ${REPS} reps\n`);
const stemless = rows.filter((r) => !r.stems);
console.log(`patterns without stems (run over every text): ${stemless.length}`);
for (const r of stemless) console.log(`  #${r.i} ${r.t.type} /${short(r.t.re.source)}/${r.t.re.flags}`);

// Warm-up, then timed rounds.
for (const r of rows) {
  for (let k = 0; k < texts.length; k++) {
    r.matches += matchesOf(r.t, texts[k]!, indexes[k]!).length;
    r.tried += r.stems ? (indexes[k]![r.i]?.length ?? 0) : texts[k]!.length;
  }
}
let indexMs = 0;
for (let rep = 0; rep < REPS; rep++) {
  const w0 = now();
  for (const text of texts) triggerCandidates(text);
  indexMs += now() - w0;
  for (const r of rows) {
    const t0 = now();
    for (let k = 0; k < texts.length; k++) matchesOf(r.t, texts[k]!, indexes[k]!);
    r.ms += now() - t0;
    if (ALL) {
      const f0 = now();
      for (const text of texts) {
        r.t.re.lastIndex = 0;
        for (const m of text.matchAll(r.t.re)) void m;
      }
      r.fullMs += now() - f0;
    }
  }
}
const perArticle = (ms: number) => (ms / REPS / texts.length) * 1000; // µs
const total = rows.reduce((s, r) => s + r.ms, 0);
console.log(`\ntrigger matching: ${perArticle(total).toFixed(0)} µs per article (finding candidates ${perArticle(indexMs).toFixed(0)} µs); stemless patterns ${((rows.filter((r) => !r.stems).reduce((s, r) => s + r.ms, 0) / total) * 100).toFixed(0)}% of it`);
console.log(`\ncostliest ${TOP} patterns (µs/article, share, positions tried and matches over the texts${ALL ? ', µs/article without the index' : ''}):`);
for (const r of [...rows].sort((a, b) => b.ms - a.ms).slice(0, TOP)) {
  const full = ALL && r.stems ? `  full ${perArticle(r.fullMs).toFixed(1).padStart(6)}` : '';
  console.log(`  ${perArticle(r.ms).toFixed(1).padStart(7)}  ${((r.ms / total) * 100).toFixed(1).padStart(5)}%  ${String(r.tried).padStart(6)} ${String(r.matches).padStart(4)}${full}  #${r.i} ${r.t.type}${r.stems ? '' : ' [no stem]'} /${short(r.t.re.source)}/`);
}

if (AGAINST) {
  type Find = typeof import('../../../src/ingest/extract/events/triggers.ts').findTriggers;
  const mine: Find = (await import('../../../src/ingest/extract/events/triggers.ts')).findTriggers;
  const theirs: Find = (await import(pathToFileURL(resolve(AGAINST, 'src/ingest/extract/events/triggers.ts')).href)).findTriggers;
  const sentences = texts.map((t) => splitSentences(t));
  const hits = (find: Find) => texts.map((t, k) => [...find(t, sentences[k]!).values()].flat().map((h) => `${h.t.type}@${h.start}-${h.end}`).join(' ')).join('\n');
  console.log(`\nfindTriggers, this checkout (A) vs ${AGAINST} (B): same hits: ${hits(mine) === hits(theirs)}`);
  const ms = [0, 0];
  for (let rep = 0; rep < REPS * 2; rep++) {
    [mine, theirs].forEach((find, v) => {
      const t0 = now();
      for (let k = 0; k < texts.length; k++) find(texts[k]!, sentences[k]!);
      ms[v]! += now() - t0;
    });
  }
  console.log(`  A ${perArticle(ms[0]! / 2).toFixed(0)} µs per article, B ${perArticle(ms[1]! / 2).toFixed(0)} µs per article (A/B ${(ms[0]! / ms[1]!).toFixed(2)})`);
}
