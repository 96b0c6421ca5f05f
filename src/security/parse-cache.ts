// Yoga's parse cache, bounded by size as well as by entries: it keys on the document's text,
// so unique large documents would otherwise hold memory up to 1,024 of them. The size of an
// entry is estimated from its text: a parsed document (AST with locations) takes about ten
// times the source, plus the key itself.
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Estimated bytes per character of source held by one cached document (AST plus key). */
export const BYTES_PER_SOURCE_CHAR = 12;

export interface ParseCache {
  documentCache: LRUCache<string, DocumentNode>;
  errorCache: LRUCache<string, object>;
}

export function createParseCache(maxBytes: number, maxEntries = 1_024): ParseCache {
  const sizeCalculation = (_value: unknown, key: string) => Math.max(1, key.length * BYTES_PER_SOURCE_CHAR);
  return {
    // A document larger than the whole budget is simply not cached.
    documentCache: new LRUCache<string, DocumentNode>({ max: maxEntries, maxSize: maxBytes, sizeCalculation }),
    errorCache: new LRUCache<string, object>({ max: maxEntries, maxSize: Math.max(1, Math.floor(maxBytes / 4)), sizeCalculation }),
  };
}
