import type { SaveTenderLotSchemeInput, TenderLotSchemeResponse } from '@tenderwise/schema';
import { touchTender } from '../../db/repositories/tenders.ts';
import { canonicalHash } from '../../engine/canonical/canonical-json.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../options-reviews/stale-version.ts';
import { assertValidScheme, schemeFromSource } from '../scheme-sources.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { lotSchemeView } from './lot-scheme-view.ts';
import { findLot, onTender, tenderSchemeDay } from './scheme-rows.ts';

/**
 * Saves a lot's draft scheme while the tender is a draft (the policy admits the team's officers
 * in `draft` alone, so after publication this is refused with 409, and the database refuses the
 * lot's change as well): from a catalogue template, catalogue entries, blank, or as edited. The
 * scheme takes the tender's submission day and regime; the engine's validation decides what may
 * be saved (422 naming each issue). The caller names the lot's version it read (409 when stale);
 * the lot's and the tender's versions move on, which voids a request for publication.
 */
export async function saveTenderLotScheme({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SaveTenderLotSchemeInput & { tenderId: string; lotNumber: number };
}): Promise<TenderLotSchemeResponse> {
  return changeTender(
    ctx,
    { operationId: 'saveTenderLotScheme', tenderId: input.tenderId, action: 'tender.scheme.saved' },
    async ({ trx, current, now }) => {
      const { tender } = current;
      const lot = await findLot(trx, tender.id, input.lotNumber);
      if (lot.version !== input.version) throw staleVersion('lot', input.version, lot.version);
      const built = await schemeFromSource(
        trx,
        { title: tender.title, referenceDate: tenderSchemeDay(tender, now) },
        input.source,
      );
      const scheme = onTender(built.scheme, tender, now);
      assertValidScheme(scheme, input.source);
      const { origin } = built;
      const saved = await trx
        .updateTable('tender_lot')
        .set({
          scheme_draft: canonicalJson(scheme),
          scheme_origin_kind: origin.kind,
          scheme_origin_template_id: origin.kind === 'template' ? origin.templateId : null,
          scheme_origin_template_version:
            origin.kind === 'template' ? origin.templateVersion : null,
          version: lot.version + 1,
          updated_at: now,
        })
        .where('tender_id', '=', tender.id)
        .where('number', '=', lot.number)
        .returningAll()
        .executeTakeFirstOrThrow();
      const touched = await touchTender(trx, tender, now);
      await auditTenderChange(trx, ctx, {
        action: 'tender.scheme.saved',
        object: tenderRef(tender.id),
        before: {
          lotNumber: lot.number,
          lotVersion: lot.version,
          scheme: lot.scheme_draft === null ? null : canonicalHash(JSON.parse(lot.scheme_draft)),
        },
        after: {
          lotNumber: saved.number,
          lotVersion: saved.version,
          origin,
          scheme: canonicalHash(scheme),
        },
      });
      return lotSchemeView(touched, saved, undefined);
    },
  );
}
