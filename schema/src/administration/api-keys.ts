import { z } from 'zod';
import { ResourceId, Timestamp } from './common.ts';

/** What a vendor API key may do. */
import { apiKeyScopeNames } from '../vocabularies.ts';

export const ApiKeyScope = z.enum(apiKeyScopeNames).meta({
  id: 'ApiKeyScope',
  description:
    '`tenders:read` reads published tenders, `self-assessment:write` fills in self-assessments, ' +
    '`bids:submit` submits bids',
});
export type ApiKeyScope = z.output<typeof ApiKeyScope>;

/** A key's public id: the part of the token before the dot. */
export const ApiKeyId = z
  .string()
  .min(1)
  .max(64)
  .meta({ examples: ['k7m2q4r6t8v2x4z6b3d5f7h2'] });

const keyExample = {
  id: 'k7m2q4r6t8v2x4z6b3d5f7h2',
  name: 'ERP integration',
  scopes: ['tenders:read', 'self-assessment:write'],
  createdBy: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
  createdAt: '2026-12-01T10:00:00.000Z',
  expiresAt: '2027-06-01T00:00:00.000Z',
  revokedAt: null,
  lastUsedAt: null,
} as const;

export const CreateApiKeyInput = z
  .strictObject({
    name: z.string().trim().min(1).max(100).meta({ description: 'What the key is for' }),
    scopes: z.array(ApiKeyScope).min(1).max(apiKeyScopeNames.length),
    expiresAt: z.iso
      .datetime({ offset: true })
      .meta({ description: 'In the future and at most a year ahead' }),
  })
  .meta({
    id: 'CreateApiKeyInput',
    examples: [
      {
        name: 'ERP integration',
        scopes: ['tenders:read', 'self-assessment:write'],
        expiresAt: '2027-06-01T00:00:00Z',
      },
    ],
  });
export type CreateApiKeyInput = z.output<typeof CreateApiKeyInput>;

/** A key as it may be listed: never its secret or the secret's hash. */
export const ApiKeyResponse = z
  .strictObject({
    id: ApiKeyId,
    name: z.string(),
    scopes: z.array(ApiKeyScope),
    createdBy: ResourceId.meta({ description: 'The vendor user who created it' }),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    revokedAt: Timestamp.nullable(),
    lastUsedAt: Timestamp.nullable().meta({
      description: 'Last accepted request, to the minute; null if never used',
    }),
  })
  .meta({ id: 'ApiKeyResponse', examples: [keyExample] });
export type ApiKeyResponse = z.output<typeof ApiKeyResponse>;

export const CreatedApiKeyResponse = z
  .strictObject({
    key: ApiKeyResponse,
    token: z.string().meta({
      description:
        'The key to send as `Authorization: Bearer <token>`. Shown only in this response and ' +
        'stored only as a hash: it cannot be shown again.',
    }),
  })
  .meta({
    id: 'CreatedApiKeyResponse',
    examples: [
      { key: keyExample, token: 'tw_k7m2q4r6t8v2x4z6b3d5f7h2.abcdefghijklmnopqrstuvwxyz234567' },
    ],
  });
export type CreatedApiKeyResponse = z.output<typeof CreatedApiKeyResponse>;

export const ApiKeyListResponse = z.strictObject({ keys: z.array(ApiKeyResponse) }).meta({
  id: 'ApiKeyListResponse',
  description: 'The keys of one vendor organisation, newest first, revoked ones included',
  examples: [{ keys: [keyExample] }],
});
export type ApiKeyListResponse = z.output<typeof ApiKeyListResponse>;

export const ApiKeyParams = z.strictObject({
  keyId: ApiKeyId.meta({ param: { name: 'keyId', in: 'path' } }),
});
