// Step 1: find triggers. Each pattern of the catalog runs once over the whole text; hits are
// bucketed by sentence, an earlier pattern winning an overlap (unless a pattern may overlap
// one of another type).
import type { Sentence } from '../sentences.ts';
import { TRIGGERS, type Trigger } from './catalog.ts';

export interface Hit {
  t: Trigger;
  start: number;
  end: number;
}

export function findTriggers(text: string, sentences: Sentence[]): Map<Sentence, Hit[]> {
  const bySentence = new Map<Sentence, Hit[]>();
  const starts = sentences.map((x) => x.start);
  for (const t of TRIGGERS) {
    t.re.lastIndex = 0;
    for (const m of text.matchAll(t.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (t.guard && !t.guard.test(m[0])) continue;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= start) lo = mid;
        else hi = mid - 1;
      }
      const sent = sentences[lo];
      if (!sent || start < sent.start || end > sent.end) continue;
      const list = bySentence.get(sent) ?? [];
      if (list.some((h) => h.start < end && start < h.end && (h.t.type === t.type || !(t.overlaps || h.t.overlaps)))) continue;
      list.push({ t, start, end });
      bySentence.set(sent, list);
    }
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  return bySentence;
}
