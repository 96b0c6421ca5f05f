// Trusted documents (TRUSTED_DOCUMENTS): only the listed operations run, sent by their hash.
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/** Reads `{ "<sha256>": "<document>" }` (GraphQL Code Generator's persisted-documents.json). */
export function loadTrustedDocuments(file: string): Map<string, string> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`TRUSTED_DOCUMENTS: ${file} must hold a JSON object { "<sha256>": "<document>" }`);
  return new Map(Object.entries(raw as Record<string, string>).filter(([, v]) => typeof v === 'string'));
}

export function useTrustedDocuments(file: string): Plugin {
  const store = loadTrustedDocuments(file);
  return usePersistedOperations({
    getPersistedOperation: (hash) => store.get(hash) ?? null,
    allowArbitraryOperations: false,
    skipDocumentValidation: false,
    customErrors: {
      notFound: { message: 'Unknown trusted document.', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } } },
      persistedQueryOnly: { message: 'Only trusted documents are accepted here.', extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } } },
      keyNotFound: { message: 'Missing the trusted document hash.', extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
    },
  });
}
