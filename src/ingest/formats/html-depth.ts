// Deeply nested HTML makes recursive DOM code (Readability, linkedom) overflow the stack.
// This linear scan estimates the element nesting depth before any parser sees the page.

/** Elements that never nest (void) or that HTML closes implicitly when a sibling starts. */
const NON_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp',
]);

export const MAX_HTML_DEPTH = 512;

/** The deepest element nesting of an HTML string, counting unclosed elements as open. */
export function htmlDepth(html: string, stopAt = Infinity): number {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name || NON_NESTING.has(name)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3]) {
      depth += 1;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    }
  }
  return max;
}
