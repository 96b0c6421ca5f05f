// Performance switches of the schema layer (README, Configuration; docs/benchmarks.md's
// ablation). Read once, when the schema is built; the results are the same either way (the
// benchmark checks it, the tests run both ways).
import { z } from 'zod';
import { loadPerformanceConfig } from '../config.ts';
import { bool, parseEnv } from '../config/values.ts';

const schema = z.object({
  JOINED_PAGES: bool('JOINED_PAGES', true),
});

export interface SchemaSwitches {
  /**
   * JOINED_PAGES (with RELATION_JOINS): a nested first page (a country's officials) loads in
   * its parent's statement, a LATERAL subquery with a LIMIT per parent; off, PER_PARENT_PAGES
   * picks each parent's page by one statement and loads it by a second. On by default since
   * the root types are in select mode (only the asked columns go into each row's JSONB): at
   * scale 1 (80 officials a country), in-process, processes interleaved, countries -> officials
   * -> positions costs 7.7 ms of Node CPU and 5.5 ms of PostgreSQL CPU against 10.6 and 4.4
   * (3 statements -> 1), `country(code:)` with 10 officials 2.7 / 0.6 against 3.5 / 0.75 ms
   * (docs/benchmarks.md).
   */
  joinedPages: boolean;
}

export function loadSchemaSwitches(env: NodeJS.ProcessEnv = process.env): SchemaSwitches {
  return { joinedPages: parseEnv(schema, env).JOINED_PAGES && loadPerformanceConfig(env).relationJoins };
}
