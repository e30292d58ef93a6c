import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// The official result of a lot and the award decision, from the authority's side: computed by
// the published method alone, recomputed to check it, and the decision that the evaluation is
// complete.

const inLot = (tenderId: string, lotNumber: number) => ({
  params: { path: { tenderId, lotNumber: String(lotNumber) } },
});

export async function computeOfficialResult(
  api: ApiClient,
  input: {
    tenderId: string;
    lotNumber: number;
    draw?: { order: string[]; drawnBy: string; how: string };
  },
): Promise<ServiceResult> {
  const body =
    input.draw === undefined
      ? {}
      : {
          drawOrder: input.draw.order,
          drawRecord: { drawnBy: input.draw.drawnBy, how: input.draw.how },
        };
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/lots/{lotNumber}/result', {
      ...inLot(input.tenderId, input.lotNumber),
      body,
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

export async function verifyOfficialResult(
  api: ApiClient,
  input: { tenderId: string; lotNumber: number },
): Promise<ServiceResult<{ sameBytes: boolean; inputUnchanged: boolean }>> {
  const answer = await send(() =>
    api.POST(
      '/api/v1/tenders/{tenderId}/lots/{lotNumber}/result/verification',
      inLot(input.tenderId, input.lotNumber),
    ),
  );
  return answer.data
    ? { ok: true, sameBytes: answer.data.sameBytes, inputUnchanged: answer.data.inputUnchanged }
    : refusal(answer);
}

export async function decideAward(
  api: ApiClient,
  input: { tenderId: string; suitabilityReconfirmedOn: string; reasons: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/award-decision', {
      params: { path: { tenderId: input.tenderId } },
      body: { suitabilityReconfirmedOn: input.suitabilityReconfirmedOn, reasons: input.reasons },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}
