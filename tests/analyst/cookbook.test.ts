// Every query of the README's "Analyst cookbook" runs without errors on the sample data.
import { readFileSync } from 'node:fs';
import { Kind, OperationTypeNode, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphSchema } from '../../src/schema/index.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('### Analyst cookbook'), readme.indexOf('\n## ', readme.indexOf('### Analyst cookbook')));
const queries = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedSample: true });
});
afterAll(() => t?.close());

describe('README analyst cookbook', () => {
  it('has a query for each capability', () => {
    const text = queries.join('\n');
    for (const field of ['search(', 'searchEntities(', 'bilateralTimeline(', 'timeline(', 'asOf:', 'recognitionStatus(', 'eventStats(', 'diplomaticEventAdded(', 'articleIngested', '@defer', '@stream']) {
      expect(text, field).toContain(field);
    }
  });

  it.each(queries.map((q) => [q.split('\n')[0]!.slice(0, 60), q]))('%s', async (_name, query) => {
    const document = parse(query);
    const isSubscription = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.SUBSCRIPTION);
    if (isSubscription) {
      // Validated only: a subscription waits for events (see subscriptions.test.ts).
      expect(validate(subgraphSchema, document).map((e) => e.message)).toEqual([]);
      return;
    }
    const res = await t.app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'multipart/mixed, application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain('"errors"');
    expect(text).toContain('"data"');
  });
});
