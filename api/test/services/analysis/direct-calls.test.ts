import {
  AhpRequest,
  ahpExample,
  EvaluateRequest,
  evaluateExample,
  PricePreviewRequest,
  pricePreviewExample,
  DirectPointsWeightsRequest,
  RankOrderWeightsRequest,
  SwingWeightsRequest,
  weightsExamples,
} from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { anonymous, type Principal } from '../../../src/security/access/principal.ts';
import { evaluateBids } from '../../../src/services/analysis/evaluate-bids.ts';
import { previewPriceFormulas } from '../../../src/services/analysis/preview-price-formulas.ts';
import { weighByAhp } from '../../../src/services/analysis/weigh-by-ahp.ts';
import { weighByDirectPoints } from '../../../src/services/analysis/weigh-by-direct-points.ts';
import { weighByRankOrder } from '../../../src/services/analysis/weigh-by-rank-order.ts';
import { weighBySwing } from '../../../src/services/analysis/weigh-by-swing.ts';
import { testServiceContext } from '../../harness/service-context.ts';
import { unreachableDatabase } from '../../http/test-app.ts';

// What a job, the assistant or a command gets when it calls a verb without HTTP. The analyses
// are public calculators (ADR 0006): any caller is admitted, and none needs the database.
const callers: Principal[] = [
  anonymous,
  { kind: 'operator', name: 'housekeeping' },
  {
    kind: 'user',
    userId: '0190f3a4-5b6c-7d8e-9f00-112233445566',
    organisationId: '0190f3a4-5b6c-7d8e-9f00-665544332211',
    role: 'officer',
    mfaVerified: false,
    secondFactorPending: true,
    sessionId: 'a-session',
  },
];

/** The answer as the API would send it. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the analysis verbs called directly', () => {
  it('answer the documented examples for any caller, without a request or a database', async () => {
    for (const principal of callers) {
      const ctx = testServiceContext(unreachableDatabase(), { principal });
      expect(
        asJson(await evaluateBids({ ctx, input: EvaluateRequest.parse(evaluateExample.request) })),
      ).toEqual(evaluateExample.response);
      expect(
        asJson(
          await previewPriceFormulas({
            ctx,
            input: PricePreviewRequest.parse(pricePreviewExample.request),
          }),
        ),
      ).toEqual(pricePreviewExample.response);
      expect(
        asJson(await weighByAhp({ ctx, input: AhpRequest.parse(ahpExample.request) })),
      ).toEqual(ahpExample.response);
      const { swing, rankOrderCentroid, directPoints } = weightsExamples;
      expect(
        asJson(await weighBySwing({ ctx, input: SwingWeightsRequest.parse(swing.request) })),
      ).toEqual(swing.response);
      expect(
        asJson(
          await weighByRankOrder({
            ctx,
            input: RankOrderWeightsRequest.parse(rankOrderCentroid.request),
          }),
        ),
      ).toEqual(rankOrderCentroid.response);
      expect(
        asJson(
          await weighByDirectPoints({
            ctx,
            input: DirectPointsWeightsRequest.parse(directPoints.request),
          }),
        ),
      ).toEqual(directPoints.response);
    }
  });
});
