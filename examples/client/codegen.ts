// GraphQL Code Generator, client preset: types for every operation in src/, checked against
// the committed schema.graphql (the schema the server serves, @defer and @stream included),
// and persisted-documents.json: the operations by SHA-256, a file the server can be told to
// accept alone (TRUSTED_DOCUMENTS).
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Keyed by the hex SHA-256 of each document's text, the server's TRUSTED_DOCUMENTS format.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: (text: string) => createHash('sha256').update(text).digest('hex') },
        fragmentMasking: false,
      },
      config: {
        scalars: { Date: 'string', DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
