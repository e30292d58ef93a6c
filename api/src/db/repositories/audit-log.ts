import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AuditEntryTable } from '../tables/audit.ts';
import type { DB } from '../types.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export type AuditEntryRow = Selectable<AuditEntryTable>;

export interface ChainHeadRow {
  last_seq: number;
  last_hash: string;
}

/**
 * Locks the chain head until the transaction ends: appends from every process and connection
 * take turns here, so sequence numbers stay gap-free and each entry links to its predecessor.
 */
export function lockChainHead(trx: Transaction<DB>): Promise<ChainHeadRow> {
  return trx
    .selectFrom('audit_chain_head')
    .select(['last_seq', 'last_hash'])
    .where('singleton', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow(() => new Error('The audit chain head row is missing'));
}

export function readChainHead(db: Executor): Promise<ChainHeadRow | undefined> {
  return db
    .selectFrom('audit_chain_head')
    .select(['last_seq', 'last_hash'])
    .where('singleton', '=', 1)
    .executeTakeFirst();
}

export async function insertAuditEntry(trx: Transaction<DB>, row: AuditEntryRow): Promise<void> {
  await trx.insertInto('audit_entry').values(row).execute();
}

/** The database refuses any other change of the head (trigger audit_chain_head_check_advance). */
export async function advanceChainHead(
  trx: Transaction<DB>,
  seq: number,
  hash: string,
): Promise<void> {
  await trx
    .updateTable('audit_chain_head')
    .set({ last_seq: seq, last_hash: hash })
    .where('singleton', '=', 1)
    .execute();
}

/** Up to `limit` entries in (afterSeq, upToSeq], in sequence order: one batch of a chain walk. */
export function auditEntriesBetween(
  db: Executor,
  afterSeq: number,
  upToSeq: number,
  limit: number,
): Promise<AuditEntryRow[]> {
  return db
    .selectFrom('audit_entry')
    .selectAll()
    .where('seq', '>', afterSeq)
    .where('seq', '<=', upToSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** The lowest sequence number above `afterSeq`, if any. */
export async function firstAuditSeqAfter(
  db: Executor,
  afterSeq: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('audit_entry')
    .select('seq')
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  return row?.seq;
}

/** The chain head with the time its entry was written (null for an empty chain). */
export async function readChainHeadWithTime(
  db: Executor,
): Promise<{ seq: number; hash: string; recordedAt: Date | null } | undefined> {
  const head = await readChainHead(db);
  if (head === undefined) return undefined;
  const entry = await db
    .selectFrom('audit_entry')
    .select('recorded_at')
    .where('seq', '=', head.last_seq)
    .executeTakeFirst();
  return { seq: head.last_seq, hash: head.last_hash, recordedAt: entry?.recorded_at ?? null };
}
