// Roles in constructions other authors use (issue 15, fixer FR): the sides of an event that
// the extractor lost to a construction, not to a missing word. Mini-articles of our own, one
// block per construction; a null factuality is a trap: no ASSERTED event with those sides.
import { describe, expect, it } from 'vitest';
import { sides, type RoleRow as Row } from './helpers.ts';

/** "He"/"She" heading a sentence is the official last told as a subject, not one after a preposition ("talks with X"). */
const PRONOUN_SUBJECT: Row[] = [
  ['President Emmanuel Macron spoke in Paris after talks with Chancellor Olaf Scholz. He announced a new military aid package for Ukraine.', 'AID_PROVIDED', ['FR'], ['UA'], 'ASSERTED'],
  ['Prime Minister Keir Starmer addressed parliament after a call with President Volodymyr Zelensky. He condemned the Russian strikes on Kharkiv.', 'CONDEMNATION', ['GB'], ['RU'], 'ASSERTED'],
  ['Foreign Minister Wang Yi spoke by phone on Friday with Secretary of State Antony Blinken. He criticised American export controls on chips.', 'CONDEMNATION', ['CN'], ['US'], 'ASSERTED'],
  ['"We will not abandon our friends," Chancellor Olaf Scholz said in Berlin after meeting President Volodymyr Zelensky. He pledged 500 million euros in new aid to Ukraine.', 'AID_PROVIDED', ['DE'], ['UA'], 'ASSERTED'],
  // Traps: the pronoun still reads the subject; the official after the preposition does not act.
  ['President Emmanuel Macron spoke in Paris after talks with Chancellor Olaf Scholz. He announced a new military aid package for Ukraine.', 'AID_PROVIDED', ['DE'], ['UA'], null],
  ['Prime Minister Keir Starmer spoke after a call with President Volodymyr Zelensky. He said he would not condemn anyone yet.', 'CONDEMNATION', ['GB'], [], null],
];

const check = (body: string, type: string, initiators: string[], recipients: string[], factuality: Row[4]) => {
  if (factuality === null) {
    expect(sides(body, type, 'ASSERTED').filter(([i, r]) => JSON.stringify(i) === JSON.stringify(initiators) && (!recipients.length || JSON.stringify(r) === JSON.stringify(recipients)))).toEqual([]);
    return;
  }
  expect(sides(body, type, factuality)).toContainEqual([initiators, recipients]);
};

describe('roles in constructions of other authors', () => {
  it.each(PRONOUN_SUBJECT)('pronoun subject: %s (%s)', check);
});
