// Reference data every database holds (the ISO countries) and the curated sample article.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { COUNTRIES, searchNamesOf } from '../domain/countries.ts';
import type { PrismaClient } from '../db/index.ts';
import { cleanBody, splitHeadline } from '../ingest/clean.ts';
import type { ArticleRecord, ExtractedGraph } from '../ingest/types.ts';
import { storeArticleGraph, type StoreResult } from './graph-writer.ts';

const SAMPLES_DIR = new URL('../../samples/', import.meta.url);

/** Inserts the ISO 3166-1 countries that are missing; returns how many were added. */
export async function seedCountries(prisma: PrismaClient): Promise<number> {
  const { count } = await prisma.country.createMany({
    skipDuplicates: true,
    data: COUNTRIES.map((c) => ({ ...c, searchNames: searchNamesOf(c) })),
  });
  return count;
}

interface SampleFile extends ExtractedGraph {
  article: { url: string; sourceName: string; language: string; publishedAt: string; file: string };
}

/** The curated sample article (title from its first line, body cleaned) and its graph. */
export async function readSample(): Promise<{ article: ArticleRecord; graph: ExtractedGraph }> {
  const sample = JSON.parse(
    await readFile(fileURLToPath(new URL('russia-taliban.graph.json', SAMPLES_DIR)), 'utf8'),
  ) as SampleFile;
  const raw = await readFile(fileURLToPath(new URL(sample.article.file, SAMPLES_DIR)), 'utf8');
  const { title, body } = splitHeadline(raw);
  const { article: meta, ...graph } = sample;
  return {
    article: {
      url: meta.url,
      title,
      body: cleanBody(body),
      language: meta.language,
      publishedAt: new Date(meta.publishedAt),
      sourceName: meta.sourceName,
    },
    graph,
  };
}

/** Loads the sample when the database holds no article yet (a first start). */
export async function seedSampleIfEmpty(prisma: PrismaClient): Promise<StoreResult | null> {
  if ((await prisma.article.count()) > 0) return null;
  const { article, graph } = await readSample();
  return storeArticleGraph(prisma, article, graph);
}
