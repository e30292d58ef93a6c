import type { ConversationDraft, EvaluationScheme } from '@tenderwise/schema';
import type { ConversationRow } from '../../db/repositories/conversations.ts';
import type { PathDefinition } from '../../domain/conversations/dialogue/types.ts';
import { tenderPath } from '../../domain/conversations/tender-path/path.ts';
import type { ServiceContext } from '../context.ts';
import { tenderFacts } from './tender-facts.ts';
import { loadTenderWorld, templateChoices } from './tender-world.ts';
import { reviewPath } from '../../domain/conversations/review-path/path.ts';
import type { ReviewWorld } from '../../domain/conversations/review-path/world.ts';
import { berlinDayOf } from '../../domain/deadlines/time.ts';
import type { DB } from '../../db/types.ts';
import { getOptionsReview } from '../options-reviews/get-options-review.ts';

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

/** The options-review path's world, and once the review exists, its title in the side panel. */
interface ReviewRuntimeWorld extends ReviewWorld {
  reviewTitle: string | null;
}

export const reviewRuntime: PathRuntime<ReviewRuntimeWorld> = {
  definition: reviewPath,
  async load(ctx, row) {
    if (ctx.principal.kind !== 'user') throw new Error('Only signed-in users hold conversations');
    const now = await ctx.clock.now<DB>(ctx.db);
    const review =
      row.options_review_id === null
        ? null
        : await getOptionsReview({ ctx, input: { reviewId: row.options_review_id } });
    return {
      today: berlinDayOf(now.toISOString()).toString(),
      userId: ctx.principal.userId,
      templates: await templateChoices(ctx),
      reviewTitle: review?.title ?? null,
    };
  },
  facts: (world) =>
    world.reviewTitle === null
      ? []
      : [
          {
            label: { de: 'Optionenvergleich', en: 'Options review' },
            value: { de: world.reviewTitle, en: world.reviewTitle },
          },
        ],
  scheme: () => null,
  editorLink: (row) =>
    row.options_review_id === null ? undefined : `/reviews/${row.options_review_id}/scheme`,
};
