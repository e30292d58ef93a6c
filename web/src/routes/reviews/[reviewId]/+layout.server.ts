import { reviewsArea } from '#lib/account/signed-in-user.ts';
import { rightsIn } from '#lib/options-reviews/rights.ts';
import { apiFor } from '#lib/server/api.ts';
import { readReview } from '#lib/server/options-review-reads.ts';
import { requireUser } from '#lib/server/require-user.ts';
import type { LayoutServerLoad } from './$types';

// Every tab of a review shows its title and status; a review the user does not take part in is
// a page that does not exist (404), as the API answers.
export const load: LayoutServerLoad = async (event) => {
  const { user } = await event.parent();
  const viewer = requireUser(user, event.url, reviewsArea);
  const review = await readReview(apiFor(event), event.params.reviewId, event.url);
  return { review, rights: rightsIn(review, viewer) };
};
