import { createRouter } from '../../http/route.ts';
import { registerAddOptionsReviewMember } from './add-member.ts';
import { registerChangeOptionsReviewStatus } from './change-status.ts';
import { registerCreateOptionsReview } from './create.ts';
import { registerCreateOptionsReviewOption } from './create-option.ts';
import { registerDeleteOptionsReviewOption } from './delete-option.ts';
import { registerGetOptionsReview } from './get.ts';
import { registerGetOptionsReviewResults } from './get-results.ts';
import { registerGetOptionsReviewScoring } from './get-scoring.ts';
import { registerGetOptionsReviewSchemeVersion } from './get-scheme-version.ts';
import { registerListOptionsReviews } from './list.ts';
import { registerListOptionsReviewMemberCandidates } from './list-member-candidates.ts';
import { registerListOptionsReviewOptions } from './list-options.ts';
import { registerListOptionsReviewSchemeVersions } from './list-scheme-versions.ts';
import { registerRecordOptionsReviewConsensus } from './record-consensus.ts';
import { registerRemoveOptionsReviewMember } from './remove-member.ts';
import { registerSaveOptionsReviewScoreSheet } from './save-score-sheet.ts';
import { registerSaveOptionsReviewSchemeVersion } from './save-scheme-version.ts';
import { registerSubmitOptionsReviewScoreSheet } from './submit-score-sheet.ts';
import { registerTransferOptionsReviewLead } from './transfer-lead.ts';
import { registerUpdateOptionsReview } from './update.ts';
import { registerUpdateOptionsReviewOption } from './update-option.ts';

/** Options reviews with their members, scheme versions, options, scoring and results; mounted at `/v1/options-reviews`. */
export function optionsReviewsRouter() {
  const router = createRouter();
  registerCreateOptionsReview(router);
  registerListOptionsReviews(router);
  registerGetOptionsReview(router);
  registerUpdateOptionsReview(router);
  registerChangeOptionsReviewStatus(router);
  registerAddOptionsReviewMember(router);
  registerRemoveOptionsReviewMember(router);
  registerTransferOptionsReviewLead(router);
  registerListOptionsReviewMemberCandidates(router);
  registerSaveOptionsReviewSchemeVersion(router);
  registerListOptionsReviewSchemeVersions(router);
  registerGetOptionsReviewSchemeVersion(router);
  registerCreateOptionsReviewOption(router);
  registerUpdateOptionsReviewOption(router);
  registerDeleteOptionsReviewOption(router);
  registerListOptionsReviewOptions(router);
  registerGetOptionsReviewScoring(router);
  registerSaveOptionsReviewScoreSheet(router);
  registerSubmitOptionsReviewScoreSheet(router);
  registerRecordOptionsReviewConsensus(router);
  registerGetOptionsReviewResults(router);
  return router;
}
