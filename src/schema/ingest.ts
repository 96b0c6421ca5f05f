// Mutations that feed the graph.
import { AppError, ErrorCode } from '../errors.ts';
import { ingestArticle, IngestError, INGEST_LIMITS, type IngestOutcome } from '../services/ingest.ts';
import { publishIngested } from '../services/pubsub.ts';
import { builder } from './builder.ts';
import { Article } from './article.ts';
import { DiplomaticEvent } from './event.ts';

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: `An article to add to the graph: give its text or its HTML page, not both (at most ${INGEST_LIMITS.maxInputBytes} bytes).`,
  fields: (t) => ({
    url: t.string({ description: 'Canonical http(s) URL; ingesting the same URL again updates the article.' }),
    title: t.string({ required: false, description: 'Headline; by default the HTML title, or the first line of the text.' }),
    text: t.string({ required: false, description: 'Plain text of the article.' }),
    html: t.string({ required: false, description: 'The HTML page; its main text is extracted and boilerplate dropped.' }),
    publishedAt: t.field({ type: 'DateTime', required: false, description: 'Publication time; relative dates ("last week") are resolved against it.' }),
    sourceName: t.string({ required: false, description: 'The publisher, such as Reuters.' }),
  }),
});

const IngestArticlePayload = builder.objectRef<IngestOutcome>('IngestArticlePayload').implement({
  description: 'What ingesting an article stored.',
  fields: (t) => ({
    article: t.prismaField({
      type: Article,
      description: 'The stored article, with what it mentions and reports.',
      resolve: (query, outcome, _args, ctx) => ctx.prisma.article.findUniqueOrThrow({ ...query, where: { id: outcome.articleId } }),
    }),
    created: t.boolean({ description: 'True if the article is new; false if an earlier copy (same URL or same text) was updated.', resolve: (o) => o.created }),
    extracted: t.boolean({
      description: 'False when the article is in a language the extractors do not handle: it is stored, but nothing is read from it.',
      resolve: (o) => o.extracted,
    }),
    language: t.string({ description: 'Detected ISO 639-1 language (und when unknown).', resolve: (o) => o.language }),
    entitiesAdded: t.int({ description: 'Officials and organizations new to the graph.', resolve: (o) => o.entitiesCreated }),
    eventsAdded: t.int({ description: 'Events new to the graph (others were already known from other articles).', resolve: (o) => o.eventsCreated }),
    events: t.prismaField({
      type: [DiplomaticEvent],
      description: 'Every event the article reports, new or already known.',
      resolve: (query, outcome, _args, ctx) =>
        ctx.prisma.diplomaticEvent.findMany({ ...query, where: { id: { in: outcome.eventIds } }, orderBy: { id: 'asc' } }),
    }),
  }),
});

builder.mutationType({ description: 'Change the graph.' });

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticlePayload,
    description:
      'Adds an article and the countries, organizations, officials and diplomatic events it reports, with evidence, in one transaction. Idempotent: the same URL or text updates, never duplicates. Errors: BAD_USER_INPUT with extensions.reason (INVALID_URL, NO_CONTENT, BOTH_TEXT_AND_HTML, EMPTY_TEXT, TOO_LARGE, BINARY_CONTENT, INVALID_ENCODING, TOO_DEEPLY_NESTED); nothing is stored then.',
    args: { input: t.arg({ type: IngestArticleInput, description: 'The article.' }) },
    authScopes: { write: true },
    resolve: async (_root, { input }, ctx) => {
      try {
        const outcome = await ingestArticle(ctx.prisma, input);
        publishIngested(ctx.pubsub, outcome);
        return outcome;
      } catch (err) {
        if (err instanceof IngestError) throw new AppError(ErrorCode.BAD_USER_INPUT, err.message, { reason: err.reason });
        throw err;
      }
    },
  }),
);
