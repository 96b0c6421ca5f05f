// Writes the two schema artifacts: schema.graphql (the schema the server serves, as
// introspection shows it: every type and directive, sorted) and
// subgraph.graphql (the Apollo Federation v2 subgraph SDL a gateway composes).
import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { printSchema } from 'graphql';
import { printedSchema, subgraphSchema } from '../src/schema/index.ts';

for (const [file, text] of [
  ['schema.graphql', printSchema(printedSchema)],
  ['subgraph.graphql', printSubgraphSchema(subgraphSchema)],
] as const) {
  const out = new URL(`../${file}`, import.meta.url);
  writeFileSync(out, `${text}\n`);
  console.log(`wrote ${out.pathname}`);
}
