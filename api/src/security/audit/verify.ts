import type { Kysely } from 'kysely';
import {
  auditEntriesBetween,
  firstAuditSeqAfter,
  readChainHead,
  type AuditEntryRow,
} from '../../db/repositories/audit-log.ts';
import type { DB } from '../../db/types.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { AuditDocument, formatAuditHead, genesisHash, sha256Hex, type AuditHead } from './entry.ts';

/** A head noted outside the database: `seq:hash`, or the hash alone. */
export interface ExpectedAuditHead {
  seq?: number;
  hash: string;
}

const headPattern = /^(?:(\d{1,15}):)?([0-9a-f]{64})$/;

/** Parses `seq:hash` or a bare hash; undefined when the text is neither. */
export function parseAuditHead(text: string): ExpectedAuditHead | undefined {
  const match = headPattern.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const [, seq, hash] = match;
  return seq === undefined ? { hash: hash! } : { seq: Number(seq), hash: hash! };
}

export type AuditVerification =
  | {
      intact: true;
      /** The last entry, which the chain-head row records too. */
      head: AuditHead;
    }
  | {
      intact: false;
      /** The first entry that is altered, missing, or out of place. */
      brokenAt: number;
      reason: string;
      /** The last entry before it that verified. */
      lastIntact: AuditHead;
      /** What the chain-head row records; null when the row is gone. */
      recordedHead: AuditHead | null;
    };

export interface VerifyOptions {
  /** A head noted earlier; entries removed from the tail since then are reported. */
  head?: ExpectedAuditHead;
  /** Entries read per query; memory stays bounded by it. */
  batchSize?: number;
}

/**
 * Walks the audit chain in sequence order and reports the first broken entry: one whose stored
 * canonical document does not hash to its stored hash, is not canonical or not a valid document,
 * whose columns differ from the document, that does not link to its predecessor, that is missing,
 * or that lies beyond the chain head. Needs no transaction: entries at or below the head row read
 * first are committed and never change, and appends that arrive meanwhile are told apart from
 * entries written around the head.
 */
export async function verifyAuditChain(
  db: Kysely<DB>,
  options: VerifyOptions = {},
): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 500;
  const expected = options.head;
  const headRow = await readChainHead(db);
  const recordedHead = headRow ? { seq: headRow.last_seq, hash: headRow.last_hash } : null;
  const upTo = recordedHead?.seq ?? Number.MAX_SAFE_INTEGER;

  let last: AuditHead = { seq: 0, hash: genesisHash };
  let expectedFound = expected !== undefined && expected.hash === genesisHash;
  const broken = (brokenAt: number, reason: string): AuditVerification => ({
    intact: false,
    brokenAt,
    reason,
    lastIntact: last,
    recordedHead,
  });

  for (;;) {
    const rows = await auditEntriesBetween(db, last.seq, upTo, batchSize);
    for (const row of rows) {
      const seq = last.seq + 1;
      if (row.seq !== seq) {
        return broken(seq, `entry ${seq} is missing (the next stored entry is ${row.seq})`);
      }
      const problem = entryProblem(row, last.hash);
      if (problem) return broken(seq, problem);
      if (expected && (expected.seq === seq || expected.seq === undefined)) {
        if (expected.hash === row.hash) expectedFound = true;
        else if (expected.seq === seq) {
          return broken(
            seq,
            `its hash differs from the given head ${formatAuditHead(expected as AuditHead)}`,
          );
        }
      }
      last = { seq, hash: row.hash };
    }
    if (rows.length < batchSize) break;
  }

  if (!recordedHead) return broken(last.seq + 1, 'the chain-head row is missing');
  if (last.seq < recordedHead.seq) {
    return broken(
      last.seq + 1,
      `entry ${last.seq + 1} is missing: the chain ends at ${last.seq}, its head row at ${recordedHead.seq}`,
    );
  }
  if (last.hash !== recordedHead.hash) {
    return broken(last.seq, 'its hash differs from the one the chain-head row records');
  }
  const beyond = await firstAuditSeqAfter(db, recordedHead.seq);
  if (beyond !== undefined) {
    // An append that committed meanwhile advanced the head in the same transaction.
    const now = await readChainHead(db);
    if (!now || now.last_seq < beyond) {
      return broken(beyond, `entry ${beyond} lies beyond the chain head (${recordedHead.seq})`);
    }
  }
  if (expected?.seq !== undefined && expected.seq > last.seq) {
    return broken(
      last.seq + 1,
      `entry ${last.seq + 1} is missing: the chain ends at ${last.seq}, the given head is at ${expected.seq}`,
    );
  }
  if (expected && !expectedFound) {
    return broken(
      last.seq + 1,
      `the given head hash matches no entry: entries after ${last.seq} may have been removed`,
    );
  }
  return { intact: true, head: last };
}

/** Why a stored entry is not the one that was appended after `previousHash`; undefined if it is. */
function entryProblem(row: AuditEntryRow, previousHash: string): string | undefined {
  if (sha256Hex(row.canonical) !== row.hash) {
    return 'its stored hash does not match its canonical document';
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.canonical);
  } catch {
    return 'its canonical document is not valid JSON';
  }
  let canonical: string;
  try {
    canonical = canonicalJson(parsed);
  } catch {
    return 'its canonical document has no canonical form';
  }
  if (canonical !== row.canonical) return 'its document is not in canonical form (RFC 8785)';
  const document = AuditDocument.safeParse(parsed);
  if (!document.success) return 'its canonical document is not a valid audit document';
  const doc = document.data;
  if (doc.previousHash !== previousHash) {
    return 'its document does not link to the previous entry';
  }
  const columns: [keyof AuditEntryRow, unknown, unknown][] = [
    ['seq', row.seq, doc.seq],
    ['recorded_at', row.recorded_at.getTime(), Date.parse(doc.time)],
    ['actor_type', row.actor_type, doc.actor?.type ?? null],
    ['actor_id', row.actor_id, doc.actor?.id ?? null],
    ['action', row.action, doc.action],
    ['object_type', row.object_type, doc.object?.type ?? null],
    ['object_id', row.object_id, doc.object?.id ?? null],
    ['outcome', row.outcome, doc.outcome],
    ['request_id', row.request_id, doc.requestId],
    ['before_hash', row.before_hash, doc.beforeHash],
    ['after_hash', row.after_hash, doc.afterHash],
    ['previous_hash', row.previous_hash, doc.previousHash],
  ];
  const differing = columns.filter(([, stored, documented]) => stored !== documented);
  if (differing.length > 0) {
    return `column ${differing.map(([name]) => name).join(', ')} differs from its canonical document`;
  }
  return undefined;
}
