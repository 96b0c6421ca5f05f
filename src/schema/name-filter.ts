// The `name` argument of `officials` and `organizations`: a substring of the name or of an
// alias, with case, accents and punctuation ignored, matched against the folded names the
// database keeps in `searchName` (newsgraph_fold_names, the folding entity search uses;
// migration 20261201100000_name_filters), so one LIKE serves both the page and its count,
// through the trigram index.
import { foldName } from '../domain/countries.ts';
import { badInput } from '../errors.ts';

// Letters PostgreSQL's unaccent folds that Unicode decomposition leaves alone.
const UNACCENT_EXTRA: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** The Prisma condition for a name filter: null for no filter (absent or blank). */
export function nameFilter(raw: string | null | undefined): { searchName: { contains: string } } | null {
  if (!raw?.trim()) return null;
  const folded = foldName(raw.toLowerCase().replace(/[łøđðħıßæœþ]/g, (c) => UNACCENT_EXTRA[c]!));
  if (!folded) throw badInput('`name` must contain a letter or a digit', { argument: 'name' });
  return { searchName: { contains: folded } };
}
