import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/ingest/extract/index.ts';
import { loadSample } from './helpers.ts';

describe('detectLanguage', () => {
  it('recognises English news', () => {
    expect(detectLanguage(loadSample().body)).toBe('en');
    expect(detectLanguage('Russia has recognised the Taliban government of Afghanistan.')).toBe('en');
  });
  it('recognises other languages so they can be stored as not extracted', () => {
    expect(detectLanguage('Russland hat als erstes Land die Regierung der Taliban in Afghanistan offiziell anerkannt und einen Botschafter akkreditiert.')).toBe('de');
    expect(detectLanguage("La Russie est devenue le premier pays à reconnaître officiellement le gouvernement des talibans en Afghanistan, a annoncé le ministère.")).toBe('fr');
    expect(detectLanguage('Россия официально признала правительство талибов в Афганистане и приняла верительные грамоты нового посла.')).toBe('ru');
  });
  it("returns 'und' when there is nothing to tell", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12 34 !!')).toBe('und');
  });
});
