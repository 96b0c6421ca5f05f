// Prints extraction scores on the development set: `npm run eval` (add --details for errors).
import { fileURLToPath } from 'node:url';
import { evaluate, type Score } from '../src/ingest/eval.ts';

const dir = fileURLToPath(new URL('../tests/fixtures/devset/', import.meta.url));
const r = evaluate(dir);
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const row = (name: string, s: Score) =>
  `${name.padEnd(34)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;

console.log(`Development set: ${r.articles} articles, extraction ${r.extractMs.toFixed(0)} ms\n`);
console.log(`${'category'.padEnd(34)}   tp   fp   fn  prec%   rec%    F1%`);
console.log(row('countries', r.countries));
console.log(row('organizations', r.organizations));
console.log(row('officials (slug + country)', r.officials));
console.log(row('official titles (recall only)', r.officialTitles));
console.log(row('events (asserted, type+roles)', r.events));
console.log('\nevents by type');
for (const [t, s] of Object.entries(r.eventsByType)) console.log(row(`  ${t}`, s));
if (process.argv.includes('--details')) {
  for (const d of r.details) {
    const parts = Object.entries(d)
      .filter(([k]) => k !== 'file')
      .flatMap(([k, v]) => {
        const x = v as { missing: string[]; extra: string[] };
        return [x.missing.length ? `  ${k} missing: ${x.missing.join(' | ')}` : '', x.extra.length ? `  ${k} extra:   ${x.extra.join(' | ')}` : ''].filter(Boolean);
      });
    if (parts.length) console.log(`\n${d.file}\n${parts.join('\n')}`);
  }
}
