import type { ConversationDraft, EvaluationScheme } from '@tenderwise/schema';
import type { ConversationRow } from '../../db/repositories/conversations.ts';
import type { PathDefinition } from '../../domain/conversations/dialogue/types.ts';
import { tenderPath } from '../../domain/conversations/tender-path/path.ts';
import type { ServiceContext } from '../context.ts';
import { tenderFacts } from './tender-facts.ts';
import { loadTenderWorld } from './tender-world.ts';

/** What the service layer needs of a guided path: its steps and how to load its world. */
export interface PathRuntime<W> {
  definition: PathDefinition<W>;
  load(
    ctx: ServiceContext,
    row: Pick<ConversationRow, 'tender_id' | 'options_review_id'>,
  ): Promise<W>;
  facts(world: W): ConversationDraft['facts'];
  scheme(world: W): EvaluationScheme | null;
  /** Where the scheme is edited directly, once there is a draft. */
  editorLink(row: Pick<ConversationRow, 'tender_id' | 'options_review_id'>): string | undefined;
}

export const tenderRuntime: PathRuntime<Awaited<ReturnType<typeof loadTenderWorld>>> = {
  definition: tenderPath,
  load: (ctx, row) => loadTenderWorld(ctx, row.tender_id),
  facts: tenderFacts,
  scheme: (world) => world.scheme,
  editorLink: (row) => (row.tender_id === null ? undefined : `/tenders/${row.tender_id}/scheme`),
};
