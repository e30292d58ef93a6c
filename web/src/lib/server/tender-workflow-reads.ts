import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { failedTenderRead } from './tender-reads.ts';

// Reads of a tender's team, schemes, questions, notices and record for the pages' loads. A
// tender the caller is not on the team of answers 404 exactly like one that does not exist.

type Team = components['schemas']['TenderTeamResponse'];
type Candidate = components['schemas']['TenderTeamCandidate'];
type EvaluationScheme = components['schemas']['EvaluationScheme'];
/**
 * A lot's scheme as the API sends it. The generated document types a nullable scheme and a
 * nullable referenced summary awkwardly (an intersection with `Record<string, never>`, a
 * component that is itself nullable); these are the shapes the API's schemas define.
 */
export type LotScheme = Omit<
  components['schemas']['TenderLotSchemeResponse'],
  'scheme' | 'publishedVersion'
> & { scheme: EvaluationScheme | null; publishedVersion: VersionSummary | null };
export type VersionSummary = NonNullable<components['schemas']['TenderSchemeVersionSummary']>;
type SchemeVersion = components['schemas']['TenderSchemeVersionResponse'];
type Question = components['schemas']['TenderQuestion'];
type Interest = components['schemas']['TenderInterest'];

const inTender = (tenderId: string) => ({ params: { path: { tenderId } } });

export async function readTeam(api: ApiClient, tenderId: string, url: URL): Promise<Team> {
  const answer = await api.GET('/api/v1/tenders/{tenderId}/team', inTender(tenderId));
  return answer.data ?? failedTenderRead(answer.response.status, url);
}

/** Whom the officers may add, page after page (an authority's people fit a few pages). */
export async function readTeamCandidates(
  api: ApiClient,
  tenderId: string,
  url: URL,
): Promise<Candidate[]> {
  const candidates: Candidate[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const answer = await api.GET('/api/v1/tenders/{tenderId}/team/candidates', {
      params: { path: { tenderId }, query: { limit: '100', ...(cursor && { cursor }) } },
    });
    if (!answer.data) failedTenderRead(answer.response.status, url);
    candidates.push(...answer.data.candidates);
    if (answer.data.nextCursor === null) break;
    cursor = answer.data.nextCursor;
  }
  return candidates;
}

export async function readLotScheme(
  api: ApiClient,
  tenderId: string,
  lotNumber: number,
  url: URL,
): Promise<LotScheme> {
  const answer = await api.GET('/api/v1/tenders/{tenderId}/lots/{lotNumber}/scheme', {
    params: { path: { tenderId, lotNumber: String(lotNumber) } },
  });
  return (answer.data as LotScheme | undefined) ?? failedTenderRead(answer.response.status, url);
}

/** The published scheme versions of every lot (none before publication). */
export async function readSchemeVersions(
  api: ApiClient,
  tenderId: string,
  url: URL,
): Promise<VersionSummary[]> {
  const answer = await api.GET('/api/v1/tenders/{tenderId}/scheme-versions', {
    params: { path: { tenderId }, query: {} },
  });
  if (!answer.data) failedTenderRead(answer.response.status, url);
  return answer.data.versions.filter((version) => version !== null);
}

export async function readSchemeVersion(
  api: ApiClient,
  tenderId: string,
  lotNumber: number,
  number: number,
  url: URL,
): Promise<SchemeVersion> {
  const answer = await api.GET(
    '/api/v1/tenders/{tenderId}/lots/{lotNumber}/scheme-versions/{number}',
    { params: { path: { tenderId, lotNumber: String(lotNumber), number: String(number) } } },
  );
  return answer.data ?? failedTenderRead(answer.response.status, url);
}

export async function readQuestions(
  api: ApiClient,
  tenderId: string,
  url: URL,
): Promise<Question[]> {
  const answer = await api.GET('/api/v1/tenders/{tenderId}/questions', {
    params: { path: { tenderId }, query: {} },
  });
  return answer.data?.questions ?? failedTenderRead(answer.response.status, url);
}

export async function readInterests(
  api: ApiClient,
  tenderId: string,
  url: URL,
): Promise<Interest[]> {
  const answer = await api.GET('/api/v1/tenders/{tenderId}/interests', inTender(tenderId));
  return answer.data?.interests ?? failedTenderRead(answer.response.status, url);
}

type Correction = components['schemas']['PublishedTenderCorrection'];

/**
 * The corrections of a tender no longer a draft, with their reasons and the deadlines before
 * and after, as everybody reads them (§ 20 (3) VgV); none while a draft.
 */
export async function readCorrections(api: ApiClient, tenderId: string): Promise<Correction[]> {
  const answer = await api
    .GET('/api/v1/public/tenders/{tenderId}', { params: { path: { tenderId } } })
    .catch(() => undefined);
  return answer?.data?.corrections ?? [];
}

type Notices = components['schemas']['TenderNoticeListResponse'];
type TenderRecord = components['schemas']['TenderRecordResponse'];

/** The notices sent about the tender, newest first, one page. */
export async function readTenderNotices(
  api: ApiClient,
  tenderId: string,
  cursor: string | undefined,
  url: URL,
): Promise<Notices> {
  const answer = await api.GET('/api/v1/tenders/{tenderId}/notices', {
    params: { path: { tenderId }, query: { limit: '50', ...(cursor && { cursor }) } },
  });
  return answer.data ?? failedTenderRead(answer.response.status, url);
}

/** One page of the tender record (Vergabeakte), in the audit log's order. */
export async function readTenderRecord(
  api: ApiClient,
  tenderId: string,
  cursor: string | undefined,
  url: URL,
): Promise<TenderRecord> {
  const answer = await api.GET('/api/v1/tenders/{tenderId}/record', {
    params: { path: { tenderId }, query: { limit: '100', ...(cursor && { cursor }) } },
  });
  return answer.data ?? failedTenderRead(answer.response.status, url);
}
