// API key management: admins create and revoke keys; a token is shown once, at creation.
import { forgetCachedKeys, type Scope } from '../services/auth.ts';
import { createApiKey, keyState, listApiKeys, revokeApiKey, type ApiKeyRecord } from '../services/api-keys.ts';
import { AppError } from '../errors.ts';
import { builder } from './builder.ts';

export const ApiKeyScope = builder.enumType('ApiKeyScope', {
  description: 'What a key may do. ADMIN includes WRITE, and WRITE includes READ.',
  values: {
    READ: { description: 'Run queries (needed only when the server requires keys for reading).' },
    WRITE: { description: 'Ingest articles and change the graph.' },
    ADMIN: { description: 'Create, list and revoke API keys.' },
  } as const,
});

export const ApiKeyState = builder.enumType('ApiKeyState', {
  description: 'Whether a key is accepted.',
  values: {
    ACTIVE: { description: 'Accepted.' },
    REVOKED: { description: 'Revoked by an admin; refused.' },
    EXPIRED: { description: 'Past its `expiresAt`; refused.' },
  } as const,
});

export const ApiKey = builder.objectRef<ApiKeyRecord>('ApiKey').implement({
  description: 'An API key. Its token is never shown again after creation; only a hash is stored.',
  authScopes: { admin: true },
  fields: (t) => ({
    id: t.id({ description: 'Key ID, for `revokeApiKey`.', resolve: (k) => String(k.id) }),
    name: t.exposeString('name', { description: 'What the key is for, as given at creation.' }),
    prefix: t.exposeString('prefix', { description: 'The first characters of the token, to recognize it.' }),
    scopes: t.field({ type: [ApiKeyScope], description: 'What the key may do.', resolve: (k) => k.scopes as Scope[] }),
    createdAt: t.field({ type: 'DateTime', description: 'When the key was created.', resolve: (k) => k.createdAt }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the key was revoked; null unless it was.', resolve: (k) => k.revokedAt }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, description: 'When the key stops working; null: it does not expire.', resolve: (k) => k.expiresAt }),
    state: t.field({ type: ApiKeyState, description: 'Whether the key is accepted now.', resolve: (k) => keyState(k) }),
    rateLimitPoints: t.int({
      nullable: true,
      description: "The key's own rate-limit budget, in cost points per window; null: the server's default (RATE_LIMIT_POINTS).",
      resolve: (k) => k.rateLimitPoints,
    }),
  }),
});

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key.',
  fields: (t) => ({
    name: t.string({ description: 'What the key is for (1 to 100 characters), such as the client service.' }),
    scopes: t.field({ type: [ApiKeyScope], description: 'What the key may do (at least one).' }),
    expiresAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'When the key stops working (in the future); omit for a key that does not expire.',
    }),
    rateLimitPoints: t.int({
      required: false,
      description: "A budget of its own, in cost points per rate-limit window (1 to 1000000000), such as for a trusted service; omit for the server's default.",
    }),
  }),
});

const CreateApiKeyPayload = builder.objectRef<{ key: ApiKeyRecord; token: string }>('CreateApiKeyPayload').implement({
  description: 'A created key and its token.',
  fields: (t) => ({
    apiKey: t.field({ type: ApiKey, description: 'The key.', resolve: (p) => p.key }),
    token: t.string({
      description: 'The secret to send as `Authorization: Bearer <token>`. Shown only now: store it safely.',
      resolve: (p) => p.token,
    }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.field({
    type: [ApiKey],
    description: 'Every API key, revoked ones included (admin scope).',
    authScopes: { admin: true },
    resolve: (_root, _args, ctx) => listApiKeys(ctx.prisma),
  }),
);

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreateApiKeyPayload,
    description: 'Creates an API key (admin scope). The token is in the answer and nowhere else.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateApiKeyInput, description: 'The key to create.' }) },
    resolve: (_root, { input }, ctx) => createApiKey(ctx.prisma, input),
  }),
);

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: ApiKey,
    description: 'Revokes an API key at once (admin scope); revoking twice is harmless. NOT_FOUND when no such key exists.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: 'The key ID (`ApiKey.id`).' }) },
    resolve: async (_root, { id }, ctx) => {
      const n = Number(id);
      const key = Number.isSafeInteger(n) && n > 0 ? await revokeApiKey(ctx.prisma, n) : null;
      if (!key) throw new AppError('NOT_FOUND', `No API key with id ${String(id)}.`);
      forgetCachedKeys();
      ctx.log.info({ keyId: key.id, by: ctx.auth.name }, 'API key revoked');
      return key;
    },
  }),
);
