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

  it('weigh the KRITIS sovereignty objectives with the framework’s default weights from the catalogue', () => {
    const csf = bundle.catalogues.find((file) => file.id === 'cloud-sovereignty-framework')!;
    const weights = defaultWeights(csf.entries);
    const { scheme } = bundle.templates.find(
      (template) => template.id === 'kritis-sovereign-cloud',
    )!;
    const seals = scheme.award.filter((node) => node.parentId === 'sovereignty');
    expect(
      Object.fromEntries(seals.map((node) => [node.id.toUpperCase(), node.weightBp / 100])),
    ).toEqual(weights);
  });
});
