// Summarises a V8 .cpuprofile (node --cpu-prof): self time by package (node_modules/<name>,
// or "newsgraph src", "node internals", "(garbage collector)") and the top functions.
//   npx tsx bench/experiments/profile/summarize.ts <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: summarize.ts <file.cpuprofile> [top]');
const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));

function packageOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.includes('/src/')) return 'newsgraph src';
  if (url.startsWith('node:')) return 'node internals';
  return url;
}
const pkgs = new Map<string, number>();
const fns = new Map<string, number>();
let total = 0;
let idle = 0;
for (const [id, us] of self) {
  const n = byId.get(id)!;
  const { functionName, url, lineNumber } = n.callFrame;
  total += us;
  if (functionName === '(idle)') {
    idle += us;
    continue;
  }
  const pkg = packageOf(url, functionName);
  pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us);
  const key = `${functionName || '(anonymous)'} ${pkg}:${lineNumber + 1}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
}
const busy = total - idle;
const pct = (us: number) => `${((us / busy) * 100).toFixed(1)}%`;
console.log(`busy ${(busy / 1e6).toFixed(2)} s of ${(total / 1e6).toFixed(2)} s sampled`);
console.log('\nself time by package:');
for (const [k, v] of [...pkgs].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${pct(v).padStart(6)}  ${k}`);
console.log('\ntop functions (self):');
for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 30))) console.log(`  ${pct(v).padStart(6)}  ${k}`);

// --callers NAME: the call stacks (5 frames) under which NAME spends its self time.
const ci = process.argv.indexOf('--callers');
if (ci > 0) {
  const wanted = process.argv[ci + 1]!;
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<string, number>();
  for (const [id, us] of self) {
    if (byId.get(id)!.callFrame.functionName !== wanted) continue;
    const frames: string[] = [];
    for (let p = parent.get(id); p !== undefined && frames.length < 6; p = parent.get(p)) {
      const f = byId.get(p)!.callFrame;
      frames.push(`${f.functionName || '(anon)'}@${packageOf(f.url, f.functionName)}:${f.lineNumber + 1}`);
    }
    const k = frames.join(' < ');
    stacks.set(k, (stacks.get(k) ?? 0) + us);
  }
  console.log(`\ncallers of ${wanted}:`);
  for (const [k, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${pct(v).padStart(6)}  ${k}`);
}

// --inclusive PATTERN: total time (self and callees) of each function whose file matches
// PATTERN (a regular expression on the script URL, e.g. "/src/|prometheus"), counted once per
// sample however often it recurs: what each plugin hook costs with all it calls.
const ii = process.argv.indexOf('--inclusive');
if (ii > 0) {
  const pattern = new RegExp(process.argv[ii + 1]!);
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  prof.samples.forEach((leaf, i) => {
    const us = prof.timeDeltas[i] ?? 0;
    if (byId.get(leaf)!.callFrame.functionName === '(idle)') return;
    const keys = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      if (!f.url || !pattern.test(f.url)) continue;
      const file = f.url.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/');
      keys.add(`${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`);
    }
    for (const k of keys) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
  });
  console.log(`\ninclusive time, files matching ${pattern}:`);
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 30))) console.log(`  ${pct(v).padStart(6)}  ${k}`);
}
