import { z } from 'zod';
import { Identifier, LocalizedText } from '../evaluation/common.ts';
import { legalIssueText, schemeLegalIssues } from '../evaluation/legal-checks.ts';
import { EvaluationScheme } from '../evaluation/scheme.ts';
import { CatalogueId, changelogMatchesVersion, dataFileHeader } from './common.ts';

/** A question the buyer answers before tendering with a template, and what follows from it. */
export const PreliminaryCheck = z.strictObject({
  id: Identifier,
  question: LocalizedText,
  /** What follows from the answers, with the paragraphs it rests on. */
  guidance: LocalizedText,
  entryIds: z.array(CatalogueId).max(10).default([]),
});

/**
 * How the contract is divided into lots (Lose, § 97 (4) GWB): the lots, or why it is awarded as
 * one. Not the drawing of lots that breaks a tie.
 */
export const LotDivision = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('single'),
    /** The economic or technical reasons for not dividing (§ 97 (4) S. 3 GWB). */
    reason: LocalizedText,
  }),
  z.strictObject({
    kind: z.literal('divided'),
    lots: z
      .array(z.strictObject({ id: Identifier, title: LocalizedText, description: LocalizedText }))
      .min(2)
      .max(20),
    /** Which lot this template's scheme evaluates, and how the others are evaluated. */
    note: LocalizedText,
  }),
]);

/**
 * An evaluation template (`seed/templates/<id>.json`): a complete evaluation scheme a buyer starts
 * from, with the reasons for its weights and its method, and the catalogue entries each criterion
 * is taken from. The scheme is the engine's own shape, so what passes here is what gets published.
 */
export const EvaluationTemplate = z
  .strictObject({
    ...dataFileHeader,
    /** Who the template is for, in one paragraph. */
    useCase: LocalizedText,
    /** Checks before tendering: in-house award, existing frameworks, the regime, data classes. */
    preliminaryChecks: z.array(PreliminaryCheck).max(20).default([]),
    lots: LotDivision,
    scheme: EvaluationScheme,
    /** Why each top-level award criterion (and each group's children) weighs what it weighs. */
    weightRationale: z
      .array(z.strictObject({ nodeId: Identifier, why: LocalizedText }))
      .min(1)
      .max(300),
    /** The evaluation method and price formula, explained for the procurement file. */
    methodRationale: LocalizedText,
    /**
     * Which catalogue entries a criterion of the scheme is taken from. A criterion takes its
     * subject and legal type from them: an entry about the company cannot be scored.
     */
    basedOn: z
      .array(
        z.strictObject({
          criterionId: Identifier,
          entryIds: z.array(CatalogueId).min(1).max(20),
        }),
      )
      .max(300)
      .default([]),
    /**
     * Award criteria of this need alone, drawn from no catalogue entry (a functional trial, a
     * benchmark), with what they measure of the offered service. Every other scored criterion
     * names the entries its subject comes from.
     */
    needSpecific: z
      .array(z.strictObject({ criterionId: Identifier, measures: LocalizedText }))
      .max(100)
      .default([]),
  })
  .superRefine((template, ctx) => {
    if (!changelogMatchesVersion(template)) {
      ctx.addIssue({
        code: 'custom',
        path: ['changelog', 0, 'version'],
        message: `The newest changelog entry must be the template's version ${template.version}`,
      });
    }
    const scheme = template.scheme;
    if (scheme.regime === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['scheme', 'regime'],
        message:
          'A template names its procurement regime (VgV, SektVO, VSVgV or UVgO), since the paragraphs it cites depend on it — Eine Vorlage nennt ihr Vergaberegime (VgV, SektVO, VSVgV oder UVgO), weil die zitierten Paragrafen davon abhängen',
      });
    }
    for (const issue of schemeLegalIssues(scheme)) {
      ctx.addIssue({
        code: 'custom',
        path: ['scheme', ...issue.path],
        message: legalIssueText(issue.message),
      });
    }
    const awardIds = new Set(scheme.award.map((node) => node.id));
    const criterionIds = new Set([
      ...(scheme.exclusionGrounds ?? []).map((item) => item.id),
      ...(scheme.restrictedRequirements ?? []).map((item) => item.id),
      ...awardIds,
      ...scheme.suitability.map((item) => item.id),
      ...scheme.minimumRequirements.map((item) => item.id),
      ...scheme.conditions.map((item) => item.id),
    ]);
    template.weightRationale.forEach((item, index) => {
      if (!awardIds.has(item.nodeId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['weightRationale', index, 'nodeId'],
          message: `"${item.nodeId}" is not an award criterion of the scheme`,
        });
      }
    });
    const explained = new Set(template.weightRationale.map((item) => item.nodeId));
    scheme.award.forEach((node, index) => {
      if (node.parentId === null && !explained.has(node.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['scheme', 'award', index],
          message: `The top-level criterion "${node.id}" has no weight rationale`,
        });
      }
    });
    template.basedOn.forEach((item, index) => {
      if (!criterionIds.has(item.criterionId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['basedOn', index, 'criterionId'],
          message: `"${item.criterionId}" is not a criterion of the scheme`,
        });
      }
    });
    const scoredIds = new Set(
      scheme.award
        .filter((node) => node.kind !== 'group' && node.kind !== 'price')
        .map((node) => node.id),
    );
    template.needSpecific.forEach((item, index) => {
      if (!scoredIds.has(item.criterionId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['needSpecific', index, 'criterionId'],
          message: `"${item.criterionId}" is not a scored award criterion of the scheme`,
        });
      }
    });
  });
export type EvaluationTemplate = z.output<typeof EvaluationTemplate>;
