// npm run compose -- [--newsgraph-url URL] [--out supergraph.graphql] name=URL@schema.graphql ...
// Composes Newsgraph's subgraph SDL (subgraph.graphql) with other subgraphs into a
// Federation v2 supergraph, offline, and reports composition errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

const args = process.argv.slice(2).filter((a) => a !== '--');
let newsgraphUrl = 'http://localhost:4000/graphql';
let out = 'supergraph.graphql';
const services = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i]!;
  if (arg === '--newsgraph-url') newsgraphUrl = args[++i] ?? newsgraphUrl;
  else if (arg === '--out') out = args[++i] ?? out;
  else {
    const m = /^([\w-]+)=(https?:\/\/[^@]+)@(.+)$/.exec(arg);
    if (!m) {
      console.error(`expected name=URL@schema-file, got ${arg}`);
      process.exit(2);
    }
    services.push({ name: m[1]!, url: m[2]!, typeDefs: parse(readFileSync(m[3]!, 'utf8')) });
  }
}
const result = composeServices([
  { name: 'newsgraph', url: newsgraphUrl, typeDefs: parse(readFileSync(new URL('../subgraph.graphql', import.meta.url), 'utf8')) },
  ...services,
]);
if (result.errors) {
  for (const e of result.errors) console.error(`composition error: ${e.message}`);
  process.exit(1);
}
writeFileSync(out, result.supergraphSdl);
console.log(`wrote ${out} (${services.length + 1} subgraphs)`);
