// Apollo Federation v2: which types other subgraphs may reference or extend, by which keys,
// and how a batch of references is loaded (one statement per type, through DataLoaders).
import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from './builder.ts';
import { Article } from './article.ts';
import { Country } from './country.ts';
import { DiplomaticEvent } from './event.ts';
import { Official } from './official.ts';
import { Organization } from './organization.ts';

/** The numeric key of a global ID of the given type; null for anything else. */
function localKey(globalId: string, typename: string): number | null {
  try {
    const { typename: t, id } = decodeGlobalID(globalId);
    const n = Number(id);
    return t === typename && Number.isSafeInteger(n) ? n : null;
  } catch {
    return null;
  }
}

builder.asEntity(Country, {
  key: [builder.selection<{ code: string }>('code'), builder.selection<{ alpha3: string }>('alpha3')],
  resolveReference: (ref, ctx) =>
    'code' in ref
      ? ctx.loaders.countryByCode.load(ref.code.toUpperCase())
      : ctx.loaders.countryByAlpha3.load(ref.alpha3.toUpperCase()),
});

builder.asEntity(Official, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => {
    const key = localKey(id, 'Official');
    return key === null ? null : ctx.loaders.officialById.load(key);
  },
});

builder.asEntity(Organization, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => {
    const key = localKey(id, 'Organization');
    return key === null ? null : ctx.loaders.organizationById.load(key);
  },
});

builder.asEntity(Article, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ url: string }>('url')],
  resolveReference: (ref, ctx) => {
    if ('url' in ref) return ctx.loaders.articleByUrl.load(ref.url);
    const key = localKey(ref.id, 'Article');
    return key === null ? null : ctx.loaders.articleById.load(key);
  },
});

builder.asEntity(DiplomaticEvent, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => {
    const key = localKey(id, 'DiplomaticEvent');
    return key === null ? null : ctx.loaders.eventById.load(key);
  },
});
