import { createRouter } from '../http/route.ts';
import { accountRouter } from './account/index.ts';
import { administrationRouter } from './administration/index.ts';
import { analysisRouter } from './analysis/index.ts';
import { apiKeysRouter } from './api-keys/index.ts';
import { catalogueRouter } from './catalogue/index.ts';
import { demoDataRouter } from './demo-data/index.ts';
import { evidenceRouter } from './evidence/index.ts';
import { healthRouter } from './health/index.ts';
import { optionsReviewsRouter } from './options-reviews/index.ts';
import { tenderSchemesRouter } from './tender-schemes/index.ts';
import { tendersRouter } from './tenders/index.ts';
import { vendorsRouter } from './vendors/index.ts';
import { registryRouter } from './registry/index.ts';
import { noticesRouter } from './notices/index.ts';
import { tenderTeamRouter } from './tender-team/index.ts';
import { publicTendersRouter } from './public-tenders/index.ts';
import { tenderQuestionsRouter } from './tender-questions/index.ts';
import { conversationsRouter } from './conversations/index.ts';
import { bidVaultRouter } from './bid-vault/index.ts';
import { bidsRouter } from './bids/index.ts';
import { bidImportsRouter } from './bid-imports/index.ts';

/** Every resource of the API, relative to `/api`. */
export function apiRouter() {
  const api = createRouter();
  api.route('/health', healthRouter());
  api.route('/v1/analysis', analysisRouter());
  api.route('/v1/account', accountRouter());
  api.route('/v1', administrationRouter());
  api.route('/v1/demo-data', demoDataRouter());
  api.route('/v1/api-keys', apiKeysRouter());
  api.route('/v1', catalogueRouter());
  api.route('/v1/options-reviews', optionsReviewsRouter());
  api.route('/v1/tenders', tenderSchemesRouter());
  api.route('/v1/tenders', tendersRouter());
  api.route('/v1', vendorsRouter());
  api.route('/v1/registry', registryRouter());
  api.route('/v1', evidenceRouter());
  api.route('/v1/tenders', tenderTeamRouter());
  api.route('/v1/notices', noticesRouter());
  api.route('/v1/public/tenders', publicTendersRouter());
  api.route('/v1/tenders', tenderQuestionsRouter());
  api.route('/v1/conversations', conversationsRouter());
  api.route('/v1/tenders', bidVaultRouter());
  api.route('/v1', bidsRouter());
  api.route('/v1', bidImportsRouter());
  return api;
}
