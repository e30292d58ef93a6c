import { readSeed } from '@tenderwise/seed';
import type { SeedBundle } from '@tenderwise/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluation/evaluate.ts';
import { validateScheme } from '../../../src/engine/scheme/validate-scheme.ts';
import { defaultWeights } from '../../../src/domain/catalogue/sovereignty-proxy.ts';
import { madeUpBid } from './made-up-bids.ts';

let bundle: SeedBundle;
beforeAll(async () => {
  bundle = await readSeed();
});

describe('the evaluation templates', () => {
  it('are three: KRITIS cloud infrastructure, a collaboration suite and GPU compute', () => {
    expect(bundle.templates.map((template) => template.id).sort()).toEqual([
      'gpu-compute-ai-research',
      'kritis-sovereign-cloud',
      'state-collaboration-suite',
    ]);
  });

  it('each pass the engine’s scheme validation without a single issue', () => {
    for (const template of bundle.templates) {
      expect(validateScheme(template.scheme), template.id).toEqual([]);
    }
  });

  it('each have suitability criteria, minimum requirements, conditions and anchored award criteria', () => {
    for (const { id, scheme } of bundle.templates) {
      expect(scheme.suitability.length, id).toBeGreaterThan(0);
      expect(scheme.minimumRequirements.length, id).toBeGreaterThan(0);
      expect(scheme.conditions.length, id).toBeGreaterThan(0);
      const ordinals = scheme.award.filter((node) => node.kind === 'ordinal');
      expect(ordinals.length, id).toBeGreaterThan(0);
      for (const node of ordinals) {
        for (const anchor of node.anchors) expect(anchor.de).not.toBe(anchor.en);
      }
    }
  });

  it('each rank made-up bids and exclude the one failing a minimum requirement', () => {
    for (const { id, scheme } of bundle.templates) {
      const failing = scheme.minimumRequirements[0]!.id;
      const bids = [
        madeUpBid(scheme, 'strong', 'strong', 1_300_000),
        madeUpBid(scheme, 'middling', 'middling', 1_000_000),
        madeUpBid(scheme, 'failing', 'strong', 900_000, failing),
      ];
      const result = evaluate(scheme, bids);
      const byId = new Map(result.ranking.map((bid) => [bid.id, bid]));
      expect(byId.get('failing'), id).toMatchObject({
        excluded: true,
        rank: null,
        reasons: [expect.objectContaining({ criterionId: failing })],
      });
      for (const bidId of ['strong', 'middling']) {
        const bid = byId.get(bidId)!;
        expect(bid.excluded, `${id} ${bidId}`).toBe(false);
        expect(bid.score, `${id} ${bidId}`).not.toBeNull();
      }
      expect(new Set([byId.get('strong')!.rank, byId.get('middling')!.rank]), id).toEqual(
        new Set([1, 2]),
      );
      // Same bids in another order, same bytes: the evaluation is deterministic.
      expect(evaluate(scheme, [...bids].reverse())).toEqual(result);
    }
  });

  it('ranks the stronger bid first in the KRITIS template, where quality outweighs a 30 % dearer price', () => {
    const { scheme } = bundle.templates.find(
      (template) => template.id === 'kritis-sovereign-cloud',
    )!;
    const result = evaluate(scheme, [
      madeUpBid(scheme, 'strong', 'strong', 1_300_000),
      madeUpBid(scheme, 'middling', 'middling', 1_000_000),
    ]);
    expect(result.ranking.map((bid) => bid.id)).toEqual(['strong', 'middling']);
  });

  it('name their regime and exclude, in the formal stage, a bid for which an exclusion ground applies', () => {
    const regimes = {
      'gpu-compute-ai-research': 'VgV',
      'kritis-sovereign-cloud': 'SektVO',
      'state-collaboration-suite': 'VgV',
    };
    for (const { id, scheme } of bundle.templates) {
      expect(scheme.regime, id).toBe(regimes[id as keyof typeof regimes]);
      const bids = [
        madeUpBid(scheme, 'strong', 'strong', 1_300_000),
        madeUpBid(scheme, 'sanctioned', 'strong', 800_000, 'sanctions-5k'),
      ];
      const result = evaluate(scheme, bids);
      const sanctioned = result.ranking.find((bid) => bid.id === 'sanctioned')!;
      expect(sanctioned, id).toMatchObject({
        excluded: true,
        rank: null,
        score: null,
        reasons: [{ code: 'exclusionGroundApplies', criterionId: 'sanctions-5k' }],
      });
      // Exclusion grounds come first among the checks: the formal stage precedes suitability.
      expect(sanctioned.checks.slice(0, 2), id).toEqual([
        expect.objectContaining({
          criterionId: 'exclusion-grounds',
          legalType: 'exclusion',
          met: true,
        }),
        expect.objectContaining({
          criterionId: 'sanctions-5k',
          legalType: 'exclusion',
          met: false,
        }),
      ]);
      expect(result.ranking.find((bid) => bid.id === 'strong')!.rank, id).toBe(1);
    }
  });

  it('score nothing in the KRITIS template that rests on the provider’s seat, control or origin', () => {
    const entries = new Map(
      bundle.catalogues.flatMap((file) => file.entries).map((entry) => [entry.id, entry]),
    );
    for (const template of bundle.templates) {
      for (const item of template.basedOn) {
        const node = template.scheme.award.find((award) => award.id === item.criterionId);
        if (!node) continue;
        for (const entryId of item.entryIds) {
          expect(entries.get(entryId)!.subject, `${template.id} ${node.id} ${entryId}`).not.toBe(
            'company',
          );
        }
      }
    }
    // The framework's objectives remain in the catalogue with their default weights.
    const csf = bundle.catalogues.find((file) => file.id === 'cloud-sovereignty-framework')!;
    expect(
      Object.values(defaultWeights(csf.entries)).reduce((sum, weight) => sum + weight, 0),
    ).toBe(100);
  });
});
