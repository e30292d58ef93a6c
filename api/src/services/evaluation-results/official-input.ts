import { ContractValueInput, EvaluationScheme } from '@tenderwise/schema';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { estimateContractValue } from '../../domain/tenders/contract-value.ts';
import { bidderOf } from '../bid-opening/opening-record.ts';
import { listEvaluatedBids } from '../tender-evaluation/evaluated-bids.ts';
import {
  excludedIn,
  latestStageDecisions,
  runningExchanges,
  stageViewsOf,
  type AwardStageSource,
} from '../tender-evaluation/stage-statuses.ts';
import { listSchemeVersionRows } from '../tender-schemes/scheme-rows.ts';
import { lotValueId } from '../tenders/tender-view.ts';
import { engineBidsOf, type AdmittedBid, type OfficialInput } from './engine-bids.ts';
import { consensusScores, submittedScores } from './result-inputs.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The award stage as the input reads it: not at all. Which bids the result admits rests on the
 * officers' stage decisions alone, never on an earlier result.
 */
const noResult: AwardStageSource = {
  computedAt: null,
  computedBy: null,
  current: false,
  excluded: new Map(),
  ranked: new Set(),
};

/** The input of a lot's official result as the database gives it now, and the bidders' names. */
export interface OfficialInputRead {
  input: OfficialInput;
  names: Map<string, string>;
}

/**
 * Reads what the lot's official result runs on: the lot's latest (frozen) scheme version, the
 * bids in force not excluded in a stage, each formally admitted (the formal check comes first,
 * § 57 VgV), their consensus scores and the tender's estimate. A 409 says what is missing. The
 * draw, if one is needed, is the caller's (`runOfficialResult`).
 */
export async function readOfficialInput(
  db: Db,
  tender: { id: string; estimated_value: string | null },
  lotNumber: number,
): Promise<OfficialInputRead> {
  const versions = await listSchemeVersionRows(db, tender.id, lotNumber);
  const version = versions.at(-1);
  if (version === undefined)
    throw new NotFoundError(`The tender has no scheme for lot ${lotNumber}.`);
  const scheme = EvaluationScheme.parse(JSON.parse(version.scheme));
  const bids = await listEvaluatedBids(db, tender.id, { lotNumber });
  const ids = bids.map((bid) => bid.id);
  const [decisions, running] = await Promise.all([
    latestStageDecisions(db, ids),
    runningExchanges(db, ids),
  ]);
  const names = new Map(bids.map((bid) => [bid.id, bidderOf(bid.content).name]));
  const excluded: OfficialInput['excluded'] = [];
  const admitted: AdmittedBid[] = [];
  const unchecked: string[] = [];
  for (const bid of bids) {
    const views = stageViewsOf(bid.id, decisions.get(bid.id), running.get(bid.id), noResult);
    const stage = excludedIn(views);
    if (stage !== null) {
      excluded.push({ bidId: bid.id, stage });
      continue;
    }
    if (views.formal.state !== 'passed') {
      unchecked.push(bid.id);
      continue;
    }
    const checksOf = (stage: 'formal' | 'suitability') => {
      const row = decisions.get(bid.id)?.get(stage);
      return row === undefined
        ? undefined
        : (JSON.parse(row.checks) as AdmittedBid['formalChecks']);
    };
    admitted.push({
      id: bid.id,
      content: bid.content,
      formalChecks: checksOf('formal'),
      suitabilityChecks: checksOf('suitability'),
    });
  }
  if (unchecked.length > 0) {
    throw new ConflictError(
      `The formal check first (§ 57 VgV): no bid is evaluated before it is decided as passed. Not yet decided: ${listOf(unchecked, names)}.`,
    );
  }
  if (admitted.length === 0) {
    throw new ConflictError(`No bid of lot ${lotNumber} is left in the procedure to rank.`);
  }
  const [consensus, individual] = await Promise.all([
    consensusScores(db, tender.id, lotNumber),
    submittedScores(db, tender.id, lotNumber),
  ]);
  const admittedIds = new Set(admitted.map((bid) => bid.id));
  const built = engineBidsOf(
    scheme,
    admitted,
    consensus.filter((row) => admittedIds.has(row.bidId)),
    individual.filter((row) => admittedIds.has(row.bidId)),
  );
  if (built.missing.length > 0) {
    const titles = new Map(scheme.award.map((node) => [node.id, node.title.en]));
    const listed = built.missing.slice(0, 20).map((item) => {
      const what = item.what === 'consensus' ? 'no consensus score' : 'no offered value';
      return `“${names.get(item.bidId)}” (${item.bidId}): ${what} for “${titles.get(item.criterionId) ?? item.criterionId}” (${item.criterionId})`;
    });
    const more = built.missing.length > 20 ? `; and ${built.missing.length - 20} more` : '';
    throw new ConflictError(
      `The official result cannot be computed yet: every ordinal score needs the panel’s consensus with its justification (BGH, X ZB 3/17). Missing: ${listed.join('; ')}${more}.`,
    );
  }
  const estimate = lotEstimate(tender.estimated_value, lotNumber);
  excluded.sort((a, b) => (a.bidId < b.bidId ? -1 : a.bidId > b.bidId ? 1 : 0));
  return {
    input: {
      schemeVersion: version.number,
      schemeCommitment: version.commitment,
      scheme,
      bids: built.bids,
      options: {
        referenceDate: scheme.submissionDeadline,
        ...(estimate !== undefined && { estimate }),
      },
      excluded,
    },
    names,
  };
}

/** Bids named for a message: bidder and id, the first twenty. */
export function listOf(bidIds: readonly string[], names: ReadonlyMap<string, string>): string {
  const listed = bidIds.slice(0, 20).map((id) => `“${names.get(id) ?? id}” (${id})`);
  return listed.join(', ') + (bidIds.length > 20 ? ` and ${bidIds.length - 20} more` : '');
}

/**
 * The lot's estimated net value (§ 3 VgV), for the check of an unusually low price (§ 60 VgV);
 * none where the tender has no estimate.
 */
export function lotEstimate(stored: string | null, lotNumber: number): number | undefined {
  if (stored === null) return undefined;
  const parsed = JSON.parse(stored) as unknown;
  if (typeof parsed === 'object' && parsed !== null && 'net' in parsed) {
    const net = Number((parsed as { net: unknown }).net);
    return Number.isFinite(net) ? net : undefined;
  }
  const read = ContractValueInput.safeParse(parsed);
  if (!read.success) return undefined;
  try {
    const lot = estimateContractValue(read.data).lots.find(
      (item) => item.id === lotValueId(lotNumber),
    );
    return lot === undefined ? undefined : Number(lot.value);
  } catch {
    return undefined;
  }
}
