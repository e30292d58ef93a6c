import type { OptionsReviewResponse } from '@tenderwise/schema';
import {
  listMembers,
  reviewContents,
  type OptionsReviewRow,
} from '../../db/repositories/options-reviews.ts';
import type { ServiceContext } from '../context.ts';
import { optionsReviewResponse } from '../views/options-reviews.ts';

/** The review as the API shows it: with its members, latest scheme version and option count. */
export async function reviewView(
  db: ServiceContext['db'],
  review: OptionsReviewRow,
): Promise<OptionsReviewResponse> {
  const [members, contents] = [
    await listMembers(db, review.id),
    await reviewContents(db, review.id),
  ];
  return optionsReviewResponse(review, members, contents);
}
