import type { CatalogueEntry, LegalType } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { schemeCommitment } from '../../engine/canonical/commitment.ts';
import { validateScheme } from '../../engine/scheme/validate-scheme.ts';
import {
  blankScheme,
  equalShares,
  onReferenceDate,
  schemeFromEntries,
  type ChosenEntry,
} from './scheme-start.ts';

const review = { title: 'Kollaborationsplattform', referenceDate: '2027-01-15' };

/** An entry with just what the scheme builder reads; the catalogue's own files have the rest. */
function entry(
  id: string,
  kind: CatalogueEntry['kind'],
  subject: CatalogueEntry['subject'],
  types: LegalType[],
  more: Record<string, unknown> = {},
): CatalogueEntry {
  return {
    id,
    kind,
    subject,
    title: { de: `${id} (de)`, en: id },
    description: { de: 'Beschreibung', en: 'Description' },
    legalTypes: types.map((type) => ({ type, why: { de: 'weil', en: 'because' } })),
    ...more,
  } as CatalogueEntry;
}

const choose = (chosen: CatalogueEntry, legalType: LegalType): ChosenEntry => ({
  entry: chosen,
  entryId: chosen.id,
  legalType,
});

const keys = entry('c3a.sov-3-01-c', 'c3aCriterion', 'service', ['award', 'minimum']);
const c5 = entry('assurance.c5-type-2', 'attestation', 'service', ['award', 'minimum'], {
  attestation: { scheme: 'bsi-c5', type: 'type2' },
});
const exit = entry('c3a.sov-6-02-c', 'c3aCriterion', 'contract', ['condition']);
const ownership = entry('csf.sov-1', 'sovereigntyObjective', 'company', [
  'condition',
  'restricted',
]);
const costs = entry('cost.lcc', 'costTemplate', 'price', ['award']);
const background = entry('law.gwb-127', 'law', 'background', []);

function built(chosen: ChosenEntry[]) {
  const result = schemeFromEntries(review, chosen);
  if (!('scheme' in result)) throw new Error(JSON.stringify(result.issues));
  return result.scheme;
}

describe('starting a review’s scheme', () => {
  it('starts blank with price alone, on the review’s reference date, valid for the engine', () => {
    const scheme = blankScheme(review);
    expect(scheme.award).toEqual([expect.objectContaining({ kind: 'price', weightBp: 10_000 })]);
    expect(scheme.submissionDeadline).toBe('2027-01-15');
    expect(scheme.title).toEqual({ de: review.title, en: review.title });
    expect(validateScheme(scheme)).toEqual([]);
  });

  it('builds a valid scheme from entries, each criterion of the legal type chosen', () => {
    const scheme = built([choose(keys, 'award'), choose(c5, 'award'), choose(exit, 'condition')]);
    expect(validateScheme(scheme)).toEqual([]);
    expect(scheme.conditions.map((item) => item.id)).toEqual(['c3a.sov-6-02-c']);
    expect(scheme.award.map((node) => [node.id, node.kind, node.weightBp])).toEqual([
      ['c3a.sov-3-01-c', 'ordinal', 3334],
      ['assurance.c5-type-2', 'attestation', 3333],
      ['price', 'price', 3333],
    ]);
    expect(scheme.award[1]).toMatchObject({
      rules: [{ scheme: 'bsi-c5', type: 'type2', points: 100 }],
    });
    expect(scheme.award[0]).toMatchObject({ scale: 5, subject: 'service' });
    expect((scheme.award[0] as { anchors: unknown[] }).anchors).toHaveLength(6);
  });

  it('names the price criterion after a chosen price entry', () => {
    const scheme = built([choose(costs, 'award'), choose(keys, 'minimum')]);
    expect(scheme.award).toEqual([
      expect.objectContaining({ kind: 'price', id: 'cost.lcc', weightBp: 10_000 }),
    ]);
    expect(scheme.minimumRequirements.map((item) => item.id)).toEqual(['c3a.sov-3-01-c']);
    expect(validateScheme(scheme)).toEqual([]);
  });

  it('refuses legal types an entry does not admit, restricted requirements, unknown and repeated entries', () => {
    const result = schemeFromEntries(review, [
      choose(ownership, 'award'),
      choose(ownership, 'restricted'),
      { entry: undefined, entryId: 'nope', legalType: 'award' },
      choose(background, 'minimum'),
      choose(exit, 'condition'),
      choose(exit, 'condition'),
    ]);
    expect('issues' in result && result.issues).toEqual([
      expect.objectContaining({
        pointer: '/source/criteria/0/legalType',
        detail: expect.stringMatching(/condition or restricted, not award/),
      }),
      expect.objectContaining({
        pointer: '/source/criteria/1/entryId',
        detail: expect.stringMatching(/twice/),
      }),
      expect.objectContaining({ pointer: '/source/criteria/2/entryId' }),
      expect.objectContaining({ pointer: '/source/criteria/3/legalType' }),
      expect.objectContaining({ pointer: '/source/criteria/5/entryId' }),
    ]);
    const restricted = schemeFromEntries(review, [
      choose(entry('x', 'requirement', 'company', ['restricted']), 'restricted'),
    ]);
    expect('issues' in restricted && restricted.issues[0]?.detail).toMatch(/scheme editor/);
  });

  it('shares 10,000 basis points as equally as whole points allow', () => {
    for (const count of [1, 2, 3, 7, 300]) {
      const shares = equalShares(count);
      expect(shares.reduce((sum, share) => sum + share, 0)).toBe(10_000);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
  });

  it('moves a scheme to another reference date, which changes its commitment', () => {
    const scheme = blankScheme(review);
    const moved = onReferenceDate(scheme, '2027-02-01');
    expect(moved.submissionDeadline).toBe('2027-02-01');
    expect(schemeCommitment(moved)).not.toBe(schemeCommitment(scheme));
  });
});
