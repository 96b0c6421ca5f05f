// Lint: the recommended JavaScript rules and typescript-eslint's type-checked preset
// (floating and misused promises, unsafe `any`, needless assertions...), with type
// information from the TypeScript project service (tsconfig.json). Files outside that
// project (the bench's own package, plain JavaScript) get the rules without type information.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'src/generated/', 'data/', 'coverage/', 'bench/**/node_modules/', 'examples/*/node_modules/', 'examples/*/src/gql/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['prisma/cli6.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // Not in tsconfig.json: the bench is its own package (bench/package.json), and JavaScript
    // files have no types to check.
    files: ['bench/**', 'examples/**', '**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Used where a lookup is known to hit (a key just set, a regex group that always matches).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Off: it cannot tell a method reading `this` from a function kept in a plain object (the
      // handlers, drop() of a scratch database, Yoga's endResponse, wink-nlp's its.pos), which
      // is every case here; none of our classes hands out its methods.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Pothos types a connection's `fields` makers as any; the keyset helpers
    // (src/schema/keyset-fields.ts) build them for the connection options.
    files: ['src/schema/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.stringMatching...) are typed any.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
);
