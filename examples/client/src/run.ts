// `npm start` (server at NEWSGRAPH_URL, default http://localhost:4000/graphql): runs the typed
// operations against a live server and prints what came back. With PERSISTED=1 it sends only
// each operation's SHA-256 (as a server with TRUSTED_DOCUMENTS=src/gql/persisted-documents.json
// requires), not its text. NEWSGRAPH_KEY, when set, is sent as a bearer token.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { CountryOfficials, RecentEvents, Search } from './operations.ts';

const URL_ = process.env.NEWSGRAPH_URL ?? 'http://localhost:4000/graphql';
const PERSISTED = process.env.PERSISTED === '1';

/** One operation over HTTP: typed result in, typed variables out; GraphQL errors throw. */
async function request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  const body = PERSISTED && hash
    ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables }
    : { query: print(document), variables };
  const res = await fetch(URL_, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // A @defer'd part would come as multipart; JSON asks for the whole answer at once.
      accept: 'application/graphql-response+json',
      ...(process.env.NEWSGRAPH_KEY ? { authorization: `Bearer ${process.env.NEWSGRAPH_KEY}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!(res.headers.get('content-type') ?? '').includes('json')) throw new Error(`${res.status}: not a JSON answer (${res.headers.get('content-type') ?? 'no body'})`);
  const json = (await res.json()) as { data?: TResult; errors?: { message: string; extensions?: { code?: string } }[] };
  if (json.errors?.length || !json.data) {
    throw new Error(`${res.status}: ${json.errors?.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ') ?? 'no data'}`);
  }
  return json.data;
}

const country = await request(CountryOfficials, { code: 'RU', first: 3 });
// Typed: `country` may be null (unknown code), `officials` is a connection.
console.log(`${country.country?.name ?? 'unknown'}: ${country.country?.officials.totalCount ?? 0} officials`);
for (const edge of country.country?.officials.edges ?? []) {
  console.log(`  ${edge.node.name}${edge.node.positions.length ? ` (${edge.node.positions.map((p) => p.title).join(', ')})` : ''}`);
}

const events = await request(RecentEvents, { types: ['RECOGNITION', 'AMBASSADOR_ACCREDITED'], first: 3 });
console.log(`${events.diplomaticEvents.totalCount} recognition and accreditation events; the latest:`);
for (const { node } of events.diplomaticEvents.edges) {
  const who = node.participants.map((p) => `${p.actor.name} (${p.role})`).join(', ');
  console.log(`  ${node.date ?? 'undated'} ${node.type}: ${who}`);
}

const found = await request(Search, { query: 'lavrov', kinds: ['OFFICIAL'] });
console.log(`search "lavrov": ${found.searchEntities.map((m) => m.entity.name).join(', ') || 'nothing'}`);
