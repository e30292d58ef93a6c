import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalHash, canonicalJson } from '../../engine/canonical/canonical-json.ts';

/**
 * What the audit log records, and the canonical document each entry's hash covers.
 *
 * Entries hold identifiers and hashes, never secrets: no password, token, API key, TOTP code,
 * recovery code, session id or request body, not even hashed ones that could be guessed offline.
 * A change is described by the SHA-256 of the object's canonical state before and after
 * ({@link auditStateHash}); the state itself stays in its own table. A failed login for an
 * unknown account records no submitted user name (people type passwords into that field).
 */

/** The chain's starting point: the previous hash of entry 1 and the head of an empty chain. */
export const genesisHash = '0'.repeat(64);

/** Version of the canonical document; a future layout gets a new number, old entries keep theirs. */
export const auditDocumentVersion = 1;

export const auditOutcomes = ['succeeded', 'refused', 'failed'] as const;
/** `refused`: a rule said no (permission, wrong password, expired key); `failed`: an error. */
export type AuditOutcome = (typeof auditOutcomes)[number];

/**
 * An action names what happened as `<area>.<subject>.<event>`: lower case, segments separated by
 * dots, words within a segment by underscores, the event in the past tense (`auth.login.succeeded`,
 * `auth.api_key.revoked`, `tender.weights.published`). The outcome is recorded separately, so a
 * refused publication is `tender.weights.published` with outcome `refused`.
 */
export type AuditAction = string;
export const auditActionPattern = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*){1,4}$/;

/** The authentication and access events audited from the start (issue 6). */
export const authAuditActions = [
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.mfa.enrolled',
  'auth.mfa.used',
  'auth.mfa.failed',
  /** TOTP and recovery codes removed, by the user or an administrator; set up again next. */
  'auth.mfa.reset',
  'auth.recovery_code.used',
  'auth.api_key.created',
  'auth.api_key.revoked',
  'auth.sessions.ended',
  'auth.role.changed',
  /** The password step of a login passed; the second factor is still to come. */
  'auth.password.verified',
  'auth.password.changed',
  'auth.logout.succeeded',
  'auth.organisation.created',
  /** Its sessions end and its API keys are revoked in the same transaction. */
  'auth.organisation.disabled',
  'auth.organisation.enabled',
  'auth.user.created',
  'auth.user.disabled',
  'auth.user.enabled',
  'auth.invitation.issued',
  'auth.invitation.accepted',
  /** A start of the server without an administrator offered a setup link (ADR 0022). */
  'auth.setup_token.issued',
  /** An open setup link stopped working because an administrator came to be another way. */
  'auth.setup_token.withdrawn',
  /** The setup link created the first administrator and their authority. */
  'auth.setup.completed',
  /** An operation the policy table refused; the object is the one the request named. */
  'access.operation.refused',
] as const satisfies readonly AuditAction[];
export type AuthAuditAction = (typeof authAuditActions)[number];

const Token = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/, 'must be a short token');
const Kind = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be a lower-case name');
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256');

const Reference = z.strictObject({ type: Kind, id: Token });

/** What a caller records; the log adds sequence number, time and the chain hashes. */
export const AuditEntryInput = z.strictObject({
  /** Who acted (`user`, `api_key`, `system` …); null for an anonymous request. */
  actor: Reference.nullable(),
  action: z.string().regex(auditActionPattern, 'must be named <area>.<subject>.<event>'),
  /** What was acted on; null when there is no such object (a failed login of an unknown user). */
  object: Reference.nullable(),
  outcome: z.enum(auditOutcomes),
  requestId: Token.nullable(),
  beforeHash: Sha256Hex.nullable().default(null),
  afterHash: Sha256Hex.nullable().default(null),
});
export type AuditEntryInput = z.input<typeof AuditEntryInput>;

/** The hashed document, exactly as stored in `audit_entry.canonical` (RFC 8785). */
export const AuditDocument = z.strictObject({
  v: z.literal(auditDocumentVersion),
  seq: z.number().int().min(1),
  time: z.iso.datetime({ precision: 3 }),
  actor: Reference.nullable(),
  action: z.string(),
  object: Reference.nullable(),
  outcome: z.enum(auditOutcomes),
  requestId: z.string().nullable(),
  beforeHash: Sha256Hex.nullable(),
  afterHash: Sha256Hex.nullable(),
  previousHash: Sha256Hex,
});
export type AuditDocument = z.output<typeof AuditDocument>;

/** Hex SHA-256 of an object's state in canonical JSON: what before/after hashes hold. */
export function auditStateHash(state: unknown): string {
  return canonicalHash(state);
}

export interface SealedAuditEntry {
  document: AuditDocument;
  canonical: string;
  hash: string;
}

/** The entry's canonical bytes and their hash. */
export function sealAuditEntry(
  input: z.output<typeof AuditEntryInput>,
  seq: number,
  time: Date,
  previousHash: string,
): SealedAuditEntry {
  const document: AuditDocument = {
    v: auditDocumentVersion,
    seq,
    time: time.toISOString(),
    actor: input.actor,
    action: input.action,
    object: input.object,
    outcome: input.outcome,
    requestId: input.requestId,
    beforeHash: input.beforeHash,
    afterHash: input.afterHash,
    previousHash,
  };
  const canonical = canonicalJson(document);
  return { document, canonical, hash: sha256Hex(canonical) };
}

/** Lower-case hex SHA-256 of a stored canonical document's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `seq:hash`, how an operator notes a head outside the database. */
export interface AuditHead {
  seq: number;
  hash: string;
}

export function formatAuditHead(head: AuditHead): string {
  return `${head.seq}:${head.hash}`;
}
