import type {
  TenderRecordActor,
  TenderRecordQuery,
  TenderRecordResponse,
} from '@tenderwise/schema';
import {
  findActorNames,
  listAuditEntriesOf,
  type ActorNames,
  type RecordEntryRow,
} from '../../db/repositories/tender-record.ts';
import type { UserRoleName } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize } from '../page-cursor.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { tenderRecordLabel } from './record-labels.ts';

/**
 * The tender record (Vergabeakte, § 8 VgV) for everybody on the team: every entry of the audit
 * log that names the tender, in the log's order: its changes, refused and failed attempts
 * (including refusals of access to it), with the action, its outcome, who acted (a user's
 * name and role, an API key's name, each with their organisation) and when. The record is the
 * authority's own: it names the organisation that asked a question, which the public answers
 * never do.
 */
export async function getTenderRecord({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: TenderRecordQuery & { tenderId: string };
}): Promise<TenderRecordResponse> {
  const { tender } = await readableTender(ctx, 'getTenderRecord', input.tenderId);
  const limit = pageSize(input.limit);
  const afterSeq = input.cursor === undefined ? undefined : decodeCursor(input.cursor, readSeqKey);
  const rows = await listAuditEntriesOf(
    ctx.db,
    { type: 'tender', id: tender.id },
    { limit, ...(afterSeq !== undefined && { afterSeq }) },
  );
  const page = pageOf(rows, limit, (row) => [Number(row.seq)]);
  const names = await findActorNames(ctx.db, {
    userIds: page.rows.filter((row) => row.actor_type === 'user').map((row) => row.actor_id!),
    apiKeyIds: page.rows.filter((row) => row.actor_type === 'api_key').map((row) => row.actor_id!),
  });
  return {
    tenderId: tender.id,
    entries: page.rows.map((row) => ({
      seq: Number(row.seq),
      at: row.recorded_at.toISOString(),
      action: row.action,
      outcome: row.outcome as 'succeeded' | 'refused' | 'failed',
      label: tenderRecordLabel(row.action),
      actor: actorOf(row, names),
    })),
    nextCursor: page.nextCursor,
  };
}

function actorOf(row: RecordEntryRow, names: ActorNames): TenderRecordActor | null {
  if (row.actor_type === null || row.actor_id === null) return null;
  if (row.actor_type === 'user') {
    const user = names.users.get(row.actor_id);
    return {
      kind: 'user',
      name: user?.display_name ?? null,
      role: (user?.role as UserRoleName | undefined) ?? null,
      organisationName: user?.organisation_name ?? null,
    };
  }
  if (row.actor_type === 'api_key') {
    const key = names.apiKeys.get(row.actor_id);
    return {
      kind: 'apiKey',
      name: key?.name ?? null,
      role: null,
      organisationName: key?.organisation_name ?? null,
    };
  }
  return { kind: 'system', name: row.actor_id, role: null, organisationName: null };
}

function readSeqKey(key: unknown): number | undefined {
  if (!Array.isArray(key) || key.length !== 1) return undefined;
  const [seq] = key as unknown[];
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? seq : undefined;
}
