// CI summary over the test runs: `node .ci/summary.mjs DIR name...`. For each run name it reads
// DIR/<name>.json (vitest's JSON report), DIR/<name>.log (its console output) and DIR/<name>.rc
// (its exit code). It prints the totals, then for every run that did not pass: its exit code,
// the files that failed outside any test (a hook, an import) with their messages, the failed
// tests, and the unhandled errors vitest printed. A run can exit 1 with every test passed (an
// afterAll hook or an error after a test ended); this says which, instead of only "exit 1".
/* global process, console */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, ...names] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

// Strips terminal colours, so the excerpts read in a log file.
// eslint-disable-next-line no-control-regex
const plain = (s) => s.replace(/\u001b\[[0-9;]*m/g, '');

for (const name of names) {
  const json = join(dir, `${name}.json`);
  const rc = existsSync(join(dir, `${name}.rc`)) ? readFileSync(join(dir, `${name}.rc`), 'utf8').trim() : '?';
  const log = existsSync(join(dir, `${name}.log`)) ? plain(readFileSync(join(dir, `${name}.log`), 'utf8')) : '';
  const lines = [];
  if (!existsSync(json)) {
    failed += 1;
    lines.push('no JSON report (the run stopped before writing it)');
  } else {
    const r = JSON.parse(readFileSync(json, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    for (const f of r.testResults) {
      if (f.status !== 'failed') continue;
      const bad = f.assertionResults.filter((a) => a.status === 'failed');
      if (!bad.length) {
        failed += 1;
        lines.push(`file failed outside its tests: ${f.name}: ${f.message || '(no message)'}`);
      }
      for (const a of bad) lines.push(`failed: ${f.name} > ${a.fullName}: ${(a.failureMessages[0] ?? '').split('\n')[0]}`);
    }
  }
  const start = log.search(/Unhandled (?:Error|Rejection)s?\s*⎯|Vitest caught \d+ unhandled error/);
  if (start >= 0) lines.push('unhandled errors:', ...log.slice(start).split('\n').slice(0, 60));
  if (rc !== '0' || lines.length) problems.push([name, rc, lines]);
}

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
for (const [name, rc, lines] of problems) {
  console.log(`\n== ${name}: exit code ${rc}`);
  console.log(lines.length ? lines.join('\n') : 'every test passed and nothing failed outside them; see the log above for the cause');
}
