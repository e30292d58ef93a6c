import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// A vendor's part in a published tender: registering interest (to receive its notices) and
// asking bidders' questions. Reading the tender needs no account and goes through the loads.

type Interest = components['schemas']['TenderInterestResponse'];
type AskedQuestion = components['schemas']['AskedTenderQuestion'];

const ofTender = (tenderId: string) => ({ params: { path: { tenderId } } });

/** Registers the caller's organisation as interested: it receives the tender's notices. */
export async function registerInterest(
  api: ApiClient,
  tenderId: string,
): Promise<ServiceResult<{ interest: Interest }>> {
  const answer = await send(() =>
    api.PUT('/api/v1/public/tenders/{tenderId}/interest', ofTender(tenderId)),
  );
  return answer.data ? { ok: true, interest: answer.data } : refusal(answer);
}

/** Withdraws the organisation's interest; no further notices of the tender reach it. */
export async function withdrawInterest(api: ApiClient, tenderId: string): Promise<ServiceResult> {
  const answer = await send(() =>
    api.DELETE('/api/v1/public/tenders/{tenderId}/interest', ofTender(tenderId)),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/**
 * Asks a question on the tender, optionally on one lot. A question after the last day for
 * questions is stored and flagged `late`, not refused.
 */
export async function askQuestion(
  api: ApiClient,
  input: { tenderId: string; text: string; lotNumber: number | null },
): Promise<ServiceResult<{ question: AskedQuestion }>> {
  const answer = await send(() =>
    api.POST('/api/v1/public/tenders/{tenderId}/questions', {
      ...ofTender(input.tenderId),
      body: {
        text: input.text,
        ...(input.lotNumber === null ? {} : { lotNumber: input.lotNumber }),
      },
    }),
  );
  return answer.data ? { ok: true, question: answer.data } : refusal(answer);
}
