// The printed schema is a committed artifact: it must match the code, and document itself.
import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { missingDescriptions } from './helpers/descriptions.ts';

describe('schema.graphql', () => {
  it('is current (run `npm run schema:print` after changing the schema)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });

  it('describes every type, field, argument and enum value', () => {
    expect(missingDescriptions(schema)).toEqual([]);
  });

  it('keeps the contract names other teams code against', () => {
    const sdl = printSchema(schema);
    for (const name of [
      'interface Node', 'union Actor = Country | Official | Organization', 'enum DiplomaticEventType', 'enum ParticipantRole',
      'scalar Date', 'scalar DateTime', 'input DiplomaticEventFilter', 'type PageInfo',
    ]) {
      expect(sdl).toContain(name);
    }
    const query = schema.getQueryType()!.getFields();
    expect(query.country?.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['code: String!']);
    for (const field of ['node', 'nodes', 'countries', 'officials', 'organizations', 'articles', 'diplomaticEvents']) {
      expect(query[field], field).toBeDefined();
    }
    for (const connection of ['countries', 'officials', 'organizations', 'articles', 'diplomaticEvents']) {
      expect(query[connection]!.args.map((a) => a.name)).toEqual(expect.arrayContaining(['first', 'after', 'last', 'before']));
    }
    for (const type of ['RECOGNITION', 'DESIGNATION_REMOVED', 'AMBASSADOR_ACCREDITED', 'MILITARY_WITHDRAWAL', 'SEIZURE_OF_POWER', 'OTHER']) {
      expect(sdl).toMatch(new RegExp(`\\b${type}\\b`));
    }
  });
});
