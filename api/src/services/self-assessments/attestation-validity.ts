import type { Attestation, AttestationValidity, CatalogueEntry } from '@tenderwise/schema';
import { listCatalogueEntries } from '../../db/repositories/catalogue.ts';
import {
  judgeAttestationValidity,
  validityRuleFor,
  type RecordedAttestation,
  type ValidityJudgement,
} from '../../domain/attestations/validity.ts';
import type { DB } from '../../db/types.ts';
import type { ServiceContext } from '../context.ts';
import { entryOf } from '../catalogue/stored-documents.ts';

/** The catalogue's attestation entries, which carry each scheme's validity rule. */
export async function attestationEntries(db: ServiceContext['db']): Promise<CatalogueEntry[]> {
  const rows = await listCatalogueEntries(db, { kind: 'attestation' });
  return rows.map((row) => entryOf(row).entry);
}

export function recorded(attestation: Attestation): RecordedAttestation {
  return {
    scheme: attestation.scheme,
    ...(attestation.type !== undefined && { type: attestation.type }),
    ...(attestation.reportDate !== undefined && { reportDate: attestation.reportDate }),
    ...(attestation.auditPeriod !== undefined && { auditPeriod: attestation.auditPeriod }),
    ...(attestation.validFrom !== undefined && { validFrom: attestation.validFrom }),
    ...(attestation.validUntil !== undefined && { validUntil: attestation.validUntil }),
  };
}

/** Each attestation judged on `on` by its scheme's rule from the catalogue. */
export function judgeAttestations(
  attestations: readonly Attestation[],
  entries: readonly CatalogueEntry[],
  on: string,
): AttestationValidity[] {
  return attestations.map((attestation) => {
    const source = validityRuleFor(entries, attestation.scheme, attestation.type);
    const judgement = judgeSafely(recorded(attestation), source?.rule ?? null, on);
    return {
      attestationId: attestation.id,
      on,
      status: judgement.status,
      validFrom: judgement.validFrom,
      validUntil: judgement.validUntil,
      rule: source === null ? null : source.rule.kind,
      reason: judgement.reason,
    };
  });
}

/**
 * The judgement, or `undetermined` where a recorded date lies so far ahead that the scheme's
 * window would end after the year 9999: a vendor's typing error must not fail the whole answer.
 */
export function judgeSafely(
  attestation: RecordedAttestation,
  rule: Parameters<typeof judgeAttestationValidity>[1],
  on: string,
): ValidityJudgement {
  try {
    return judgeAttestationValidity(attestation, rule, on);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      status: 'undetermined',
      validFrom: null,
      validUntil: null,
      rule: rule?.kind ?? 'undefined',
      reason: {
        de: 'Ein erfasstes Datum liegt außerhalb des Kalenders, der sich beurteilen lässt.',
        en: 'A recorded date lies outside the calendar that can be judged.',
      },
    };
  }
}

const berlinDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Germany (YYYY-MM-DD), from the injected clock. */
export async function todayOf(ctx: ServiceContext): Promise<string> {
  return berlinDate.format(await ctx.clock.now<DB>(ctx.db));
}
