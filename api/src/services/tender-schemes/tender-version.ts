import type { TenderRow } from '../../db/repositories/tenders.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import type { TenderReadinessItem } from '@tenderwise/schema';
import { staleVersion } from '../options-reviews/stale-version.ts';

/** Refuses a change based on a version of the tender that is no longer current (409). */
export function assertTenderVersion(tender: TenderRow, sent: number): void {
  if (tender.version !== sent) throw staleVersion('tender', sent, tender.version);
}

/** Refuses a change that needs a tender in the draft state. */
export function assertDraft(tender: TenderRow): void {
  if (tender.state !== 'draft') {
    throw new ConflictError(
      `This is possible only for a draft tender; this one is ${tender.state}.`,
    );
  }
}

/** The 422 of a tender that is not ready for publication: one field per readiness item. */
export function notReady(items: readonly TenderReadinessItem[]): ValidationError {
  return new ValidationError(
    `The tender is not ready for publication: ${items.length} item(s) are missing (see the tender’s readiness).`,
    items.map((item) => ({
      in: 'body' as const,
      pointer: item.pointer,
      detail: `${item.message.en}${item.sources.length > 0 ? ` (${item.sources.join('; ')})` : ''}`,
    })),
  );
}
