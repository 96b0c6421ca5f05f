// Plain-text normalisation shared by the sample loader and the ingestion pipeline.

// Whole lines that pages append around an article: share prompts, related-link blocks,
// comment forms. Matched per line, so body sentences that merely contain the words stay.
const BOILERPLATE_LINES: RegExp[] = [
  /^follow\b.{0,60}\bon\b.{0,40}$/i,
  /^more (from|stories|news|on)\b.{0,60}$/i,
  /^leave a (reply|comment)\b.{0,40}$/i,
  /^(share|tweet|email|print)( this( article| story)?| on .{1,30})?:?$/i,
  /^(related|recommended|trending)( (posts|articles|stories|news))?:?$/i,
  /^(advertisement|sponsored|read more|click here.*|subscribe.{0,60}|sign up.{0,60})$/i,
  /^(you may also like|don'?t miss|popular posts|latest news):?$/i,
  /^(cancel reply|post comment|\d+ comments?)$/i,
];

export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 120 && BOILERPLATE_LINES.some((re) => re.test(t));
}

/**
 * Normalises an article body: Unicode NFC, `\n` line ends, no BOM or control characters,
 * trimmed lines, boilerplate lines dropped, at most one blank line between paragraphs.
 */
export function cleanBody(text: string): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .filter((l) => !isBoilerplateLine(l));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Splits a plain-text file whose first non-empty line is the headline. */
export function splitHeadline(text: string): { title: string; body: string } {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trimStart();
  const nl = normalised.indexOf('\n');
  if (nl < 0) return { title: normalised.trim(), body: '' };
  return { title: normalised.slice(0, nl).trim(), body: normalised.slice(nl + 1) };
}
