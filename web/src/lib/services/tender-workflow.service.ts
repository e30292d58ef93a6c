import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// The steps of a tender after its facts: its team and their declarations (§ 6 VgV), the lots'
// schemes, the four-eyes publication, corrections (§ 20 (3) VgV), the cancellation (§ 63 VgV)
// and the answers to bidders' questions. Changes carry the version the user read, so the API
// refuses (409) a change over somebody else's instead of overwriting it.

type Capacity = components['schemas']['TenderTeamCapacity'];
type SchemeSource = components['schemas']['SchemeSource'];
type Publication = components['schemas']['TenderPublicationResponse'];
type Correction = components['schemas']['TenderCorrectionResponse'];
type CorrectionInput = components['schemas']['CorrectTenderInput'];
type Cancellation = components['schemas']['TenderCancellationResponse'];
type CancellationGround = components['schemas']['TenderCancellationGround'];

const inTender = (tenderId: string) => ({ params: { path: { tenderId } } });

/** Adds a person of the authority to the team in one capacity (a deputy names whom for). */
export async function addTeamMember(
  api: ApiClient,
  input: {
    tenderId: string;
    version: number;
    userId: string;
    capacity: Capacity;
    deputyFor?: string;
  },
): Promise<ServiceResult> {
  const { tenderId, ...body } = input;
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/team', { ...inTender(tenderId), body }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/** Removes one capacity of a member; a member without capacities leaves the team. */
export async function removeTeamMember(
  api: ApiClient,
  input: { tenderId: string; version: number; userId: string; capacity: Capacity },
): Promise<ServiceResult> {
  const { version, ...path } = input;
  const answer = await send(() =>
    api.DELETE('/api/v1/tenders/{tenderId}/team/{userId}/{capacity}', {
      params: { path, query: { version: String(version) } },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/** The caller declares no conflict of interest (§ 6 VgV) on the text version they read. */
export async function declareNoConflict(
  api: ApiClient,
  input: { tenderId: string; textVersion: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/declaration', {
      ...inTender(input.tenderId),
      body: { textVersion: input.textVersion },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/** Saves a lot's draft scheme from a template, catalogue entries, blank or as edited. */
export async function saveLotScheme(
  api: ApiClient,
  input: { tenderId: string; lotNumber: number; version: number; source: SchemeSource },
): Promise<ServiceResult<{ lotVersion: number }>> {
  const { tenderId, lotNumber, ...body } = input;
  const answer = await send(() =>
    api.PUT('/api/v1/tenders/{tenderId}/lots/{lotNumber}/scheme', {
      params: { path: { tenderId, lotNumber: String(lotNumber) } },
      body,
    }),
  );
  return answer.data ? { ok: true, lotVersion: answer.data.lotVersion } : refusal(answer);
}

/** Asks a second officer to approve the publication of the tender at the version read. */
export async function requestPublication(
  api: ApiClient,
  input: { tenderId: string; version: number },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/publication-request', {
      ...inTender(input.tenderId),
      body: { version: input.version },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/** Withdraws the request for publication. */
export async function withdrawPublicationRequest(
  api: ApiClient,
  input: { tenderId: string; version: number },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.DELETE('/api/v1/tenders/{tenderId}/publication-request', {
      params: { path: { tenderId: input.tenderId }, query: { version: String(input.version) } },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/** A second officer approves: the tender is published and each lot's scheme frozen. */
export async function approvePublication(
  api: ApiClient,
  input: { tenderId: string; version: number },
): Promise<ServiceResult<{ publication: Publication }>> {
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/publication', {
      ...inTender(input.tenderId),
      body: { version: input.version },
    }),
  );
  return answer.data ? { ok: true, publication: answer.data } : refusal(answer);
}

/** Corrects the published tender: new scheme versions and/or deadlines, with a reason. */
export async function correctTender(
  api: ApiClient,
  input: { tenderId: string; correction: CorrectionInput },
): Promise<ServiceResult<{ correction: Correction }>> {
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/corrections', {
      ...inTender(input.tenderId),
      body: input.correction,
    }),
  );
  return answer.data ? { ok: true, correction: answer.data } : refusal(answer);
}

/** Cancels the tender on a ground of § 63 (1) VgV, with the reasons the bidders are told. */
export async function cancelTender(
  api: ApiClient,
  input: { tenderId: string; version: number; ground: CancellationGround; reasons: string },
): Promise<ServiceResult<{ cancellation: Cancellation }>> {
  const { tenderId, ...body } = input;
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/cancellation', { ...inTender(tenderId), body }),
  );
  return answer.data ? { ok: true, cancellation: answer.data } : refusal(answer);
}

/** Answers a bidder's question publicly, without naming who asked. */
export async function answerQuestion(
  api: ApiClient,
  input: { tenderId: string; questionId: string; answer: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/questions/{questionId}/answer', {
      params: { path: { tenderId: input.tenderId, questionId: input.questionId } },
      body: { answer: input.answer },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}
