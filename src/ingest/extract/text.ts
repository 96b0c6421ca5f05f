// Small text utilities shared by the extractors.

/** Lower-case ASCII slug: accents stripped, non-alphanumerics collapsed to dashes. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Letters NFKD does not decompose: "Radosław", "Løkke", "Đoković", "Straße", "Ærø".
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/ı/g, 'i')
    .replace(/[þÞ]/g, 'th')
    .replace(/[ðÐ]/g, 'd')
    // Apostrophes and the Polynesian ʻokina are no break in a name: "Mataʻafa" is mataafa.
    .replace(/[’'ʻʼ]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Same-length normalisation used for matching only: curly quotes and dashes become ASCII,
 * so offsets found in the result are valid offsets into the original string.
 */
export function matchText(s: string): string {
  return s.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑–—]/g, '-');
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SMALL = new Set(['of', 'to', 'for', 'the', 'and', 'on', 'in', 'at']);

export function titleCase(s: string): string {
  return s
    .trim()
    .split(/\s+/)
    .map((w, i) => {
      const lw = w.toLowerCase();
      if (i > 0 && SMALL.has(lw)) return lw;
      // Keep acronyms ("UN", "EU") as written.
      if (w.length > 1 && w === w.toUpperCase()) return w;
      return w
        .split('-')
        .map((p) => (p ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p))
        .join('-');
    })
    .join(' ');
}

/** Index of the last item whose key is <= x in an array sorted by key (-1 if none). */
export function lastAtOrBefore<T>(arr: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = arr.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid]!) <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
