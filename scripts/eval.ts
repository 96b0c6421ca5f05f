// Prints extraction scores: `npm run eval` (add --details for the errors of the sets one may
// tune on; --markdown prints README's two score tables instead). Three sets: the original development set, the development part of the
// real-reporting set, and its held-out part, for which only aggregate scores are printed
// so that no rule gets tuned on its articles.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, type EvalResult, type Score } from '../src/ingest/eval.ts';

const SETS: { name: string; dir: string; details: boolean }[] = [
  { name: 'devset (written with the extractor)', dir: '../tests/fixtures/devset/', details: true },
  { name: 'realset/dev (tuned on)', dir: '../tests/fixtures/realset/dev/', details: true },
  { name: 'realset/heldout (never tuned on: aggregates only)', dir: '../tests/fixtures/realset/heldout/', details: false },
].map((s) => ({ ...s, dir: fileURLToPath(new URL(s.dir, import.meta.url)) }));

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const row = (name: string, s: Score) =>
  `${name.padEnd(34)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

function print(name: string, r: EvalResult, details: boolean) {
  console.log(`\n== ${name}: ${r.articles} articles, extraction ${r.extractMs.toFixed(0)} ms\n`);
  console.log(`${'category'.padEnd(34)}   tp   fp   fn  prec%   rec%    F1%`);
  console.log(row('countries', r.countries));
  console.log(row('organizations', r.organizations));
  console.log(row('officials (slug + country)', r.officials));
  console.log(row('official titles (recall only)', r.officialTitles));
  console.log(row('events (asserted, type+roles)', r.events));
  console.log(`not-happened statements reported as events: ${r.falseFacts} (of ${r.nonAsserted} negated/hypothetical/future in gold)`);
  const missed = Object.entries(r.missedAt).sort((a, b) => b[1] - a[1]);
  console.log(`missed events by the step that lost them: ${missed.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log('\nevents by type');
  for (const [t, s] of Object.entries(r.eventsByType)) console.log(row(`  ${t}`, s));
  if (!details || !process.argv.includes('--details')) return;
  for (const d of r.details) {
    const parts = Object.entries(d)
      .filter(([k]) => k !== 'file' && k !== 'falseFacts')
      .flatMap(([k, v]) => {
        const x = v as { missing: string[]; extra: string[] };
        return [x.missing.length ? `  ${k} missing: ${x.missing.join(' | ')}` : '', x.extra.length ? `  ${k} extra:   ${x.extra.join(' | ')}` : ''].filter(Boolean);
      });
    if (d.falseFacts.length) parts.push(`  FALSE FACTS: ${d.falseFacts.join(' | ')}`);
    if (parts.length) console.log(`\n${d.file}\n${parts.join('\n')}`);
  }
}

const f2 = (x: number) => x.toFixed(2);
const prf = (s: Score) => `${f2(s.f1)} (${f2(s.precision)} / ${f2(s.recall)})`;
const byType = (s: Score | undefined) => (s && s.tp + s.fn ? `${f2(s.precision)} / ${f2(s.recall)} (${s.tp + s.fn})` : '-');

/** README's tables: the scores of every set side by side, then precision / recall (gold count) per event type. */
function markdown(results: { name: string; r: EvalResult }[]) {
  const head = (first: string, cell: (n: string, r: EvalResult) => string) =>
    [`| ${first} | ${results.map(({ name, r }) => cell(name, r)).join(' | ')} |`, `| --- |${' --- |'.repeat(results.length)}`];
  const line = (name: string, cell: (r: EvalResult) => string) => `| ${name} | ${results.map(({ r }) => cell(r)).join(' | ')} |`;
  const short = (n: string) => n.replace(/ \(.*$/, '');
  const summary = [
    ...head('', (n, r) => `${short(n)} (${r.articles})`),
    line('countries F1 (P / R)', (r) => prf(r.countries)),
    line('organizations F1 (P / R)', (r) => prf(r.organizations)),
    line('officials F1 (P / R)', (r) => prf(r.officials)),
    line('events F1 (P / R)', (r) => prf(r.events)),
    line('not-happened reported as events', (r) => `${r.falseFacts} of ${r.nonAsserted}`),
  ];
  const types = [...new Set(results.flatMap(({ r }) => Object.keys(r.eventsByType)))].sort();
  const perType = [...head('event type', (n) => `${short(n)} P / R`), ...types.map((t) => line(t, (r) => byType(r.eventsByType[t])))];
  console.log(`${summary.join('\n')}\n\n${perType.join('\n')}`);
}

if (process.argv.includes('--markdown')) {
  markdown(SETS.filter((s) => existsSync(s.dir)).map((s) => ({ name: s.name, r: evaluate(s.dir) })));
  process.exit(0);
}

for (const [i, s] of SETS.entries()) {
  if (only.length && !only.includes(String(i))) continue;
  if (!existsSync(s.dir)) {
    console.log(`\n== ${s.name}: not present (${s.dir})`);
    continue;
  }
  print(s.name, evaluate(s.dir), s.details);
}
