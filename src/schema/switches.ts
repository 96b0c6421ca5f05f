// Performance switches of the schema layer (README, Configuration; docs/benchmarks.md's
// ablation). Read once, when the schema is built; the results are the same either way (the
// benchmark checks it, the tests run both ways).
import { z } from 'zod';
import { loadPerformanceConfig } from '../config.ts';
import { bool, parseEnv } from '../config/values.ts';

const schema = z.object({
  JOINED_PAGES: bool('JOINED_PAGES', false),
});

export interface SchemaSwitches {
  /**
   * JOINED_PAGES (with RELATION_JOINS): a nested first page (a country's officials) loads in
   * its parent's statement, a LATERAL subquery with a LIMIT per parent; off, PER_PARENT_PAGES
   * picks each parent's page by one statement and loads it by a second. Off by default: on the
   * quick bench database (8 officials a country) it saves a third of Node's CPU on
   * countries -> officials -> positions, but at scale 1 (80 a country) PostgreSQL's CPU doubles
   * (it builds each page's rows as JSONB with every column) for the same Node CPU
   * (docs/benchmarks.md).
   */
  joinedPages: boolean;
}

export function loadSchemaSwitches(env: NodeJS.ProcessEnv = process.env): SchemaSwitches {
  return { joinedPages: parseEnv(schema, env).JOINED_PAGES && loadPerformanceConfig(env).relationJoins };
}
