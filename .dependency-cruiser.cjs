// The import graph of src/ (npm run lint:imports, part of npm run lint): no circles, and each
// layer imports only from the layers below it (ARCHITECTURE.md). Type-only imports count too.
// A file in no layer below counts as an entry point: nothing may import it but entry points.
/** Bottom first. */
const layers = [
  { name: 'config', path: '^src/(config\\.ts|config/|errors\\.ts)', what: 'environment parsing, settings, error types' },
  { name: 'core', path: '^src/(domain|ingest)/', what: 'reference data; text in, extracted graph out (no I/O)' },
  { name: 'infrastructure', path: '^src/db/', what: 'database client and migrator, Redis client' },
  { name: 'services', path: '^src/(services|feeds)/', what: 'writes, reads, keys, feeds, pub/sub' },
  { name: 'schema', path: '^src/(schema/|context\\.ts)', what: 'the GraphQL schema and what each resolver receives' },
  { name: 'plugins', path: '^src/(security|observability)/', what: 'Yoga/Envelop plugins on the request path' },
  { name: 'server', path: '^src/(server|graphiql)\\.ts', what: 'createApp: the plugin list, Yoga' },
];
const entry = { name: 'entry', pathNot: [...layers.map((l) => l.path), '^src/generated/'] };

/**
 * Imports that go up, each for a reason (at most two; ARCHITECTURE.md lists them).
 * - none at present.
 */
const allowedUpward = [];

const upward = layers.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name}`,
  comment: `${layer.name} (${layer.what}) must not import the layers above it`,
  severity: 'error',
  from: { path: layer.path, pathNot: allowedUpward.map((a) => a.from) },
  to: { path: layers.slice(i + 1).map((l) => l.path) },
}));
upward.push(
  ...layers.map((layer) => ({
    name: `layer-${layer.name}-to-entry`,
    comment: `${layer.name} must not import an entry point (a file in no layer: src/index.ts, src/shutdown.ts...)`,
    severity: 'error',
    from: { path: layer.path },
    to: { path: '^src/', pathNot: entry.pathNot },
  })),
);

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'an import circle', severity: 'error', from: {}, to: { circular: true } },
    ...upward,
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
  },
};
