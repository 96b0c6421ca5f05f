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

/**
 * A reaction whose object names an act told before by a noun: quoted words before the noun
 * ('the "reckless" actions'), a noun that is its own verb ("that embrace": "embraced"), an act
 * announced with a bare plural ("announced naval drills ... The drills were criticised"); when no
 * author is found, a definite object echoes the target of the condemnation told just before.
 */
const REACTION_ANAPHOR: Row[] = [
  ['Hungary embraced Chinese state investment in its railways last year. The European Commission criticised that embrace on Monday.', 'CONDEMNATION', ['european-commission'], ['HU'], 'ASSERTED'],
  ['Beijing announced large-scale naval drills around Taiwan on Monday. The drills were criticised by Japan and Australia as destabilising.', 'CONDEMNATION', ['AU', 'JP'], ['CN'], 'ASSERTED'],
  ['Tehran staged missile tests in the Gulf. The tests were condemned by Britain.', 'CONDEMNATION', ['GB'], ['IR'], 'ASSERTED'],
  ['The Philippines accused China of ramming a supply boat near the shoal. Australia condemned the "reckless and dangerous" actions.', 'CONDEMNATION', ['AU'], ['CN'], 'ASSERTED'],
  ['Lithuania condemned Belarus over the balloons that crossed its border. Latvia called the incident a provocation.', 'CONDEMNATION', ['LV'], ['BY'], 'ASSERTED'],
  ['Poland accused Russia of sabotage on its railways. Estonia denounced the sabotage, and Finland condemned it as well.', 'CONDEMNATION', ['EE'], ['RU'], 'ASSERTED'],
  // Traps: the reacting side is no target of its own; a condemnation answered by its target is no echo.
  ['Japan condemned China over the buoy near the islands. China rejected the criticism.', 'CONDEMNATION', ['CN'], ['CN'], null],
  ['Lithuania condemned Belarus over the balloons. Latvia called the weather a problem for farmers.', 'CONDEMNATION', ['LV'], [], null],
  ['France condemned Russia over the mercenaries sent to Mali. UN investigators accused them of killing civilians.', 'CONDEMNATION', ['united-nations'], ['RU'], null],
];

/** A non-restrictive relative clause's antecedent acts, after a preposition too, and past auxiliaries and times. */
const RELATIVE_ANTECEDENT: Row[] = [
  ['The measure was pushed through by Britain, France and Germany, which accused Iran of breaching the deal.', 'CONDEMNATION', ['DE', 'FR', 'GB'], ['IR'], 'ASSERTED'],
  ['The talks were hosted by Qatar, which later condemned Israel for the strike on Doha.', 'CONDEMNATION', ['QA'], ['IL'], 'ASSERTED'],
  ['Prime Minister Benjamin Netanyahu, who had days earlier accused Australia of betraying Israel, made no comment.', 'CONDEMNATION', ['IL'], ['AU'], 'ASSERTED'],
  ['Chancellor Olaf Scholz, who took office in December and who met President Joe Biden on Monday, flew home.', 'MEETING', ['DE'], ['US'], 'ASSERTED'],
  // Traps: a restrictive "that" after a preposition keeps its own reading; a relative of another noun does not act.
  ['Sanctions on Russia, which Germany opposed, were renewed.', 'CONDEMNATION', ['RU'], [], null],
  ['Paraguay, which has recognised Taiwan since 1957, hosted the talks.', 'RECOGNITION', ['PY'], ['TW'], null],
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
  it.each(RELATIVE_ANTECEDENT)('relative antecedent: %s (%s)', check);
  it.each(REACTION_ANAPHOR)('reaction to an act told before: %s (%s)', check);
});
