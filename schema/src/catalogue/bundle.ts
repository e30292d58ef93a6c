import { z } from 'zod';
import { legalIssueText } from '../evaluation/legal-checks.ts';
import { unknownCitations } from '../evaluation/regime.ts';
import { CatalogueFile } from './catalogue-file.ts';
import type { CatalogueEntry } from './entry.ts';
import { RuleFile } from './rules.ts';
import { EvaluationTemplate } from './template.ts';
import { entryUseIssue, templateEntryIssues } from './template-legal.ts';

type Path = (string | number)[];

/**
 * Everything `seed/` holds: catalogue files, evaluation templates and rule files. Beyond each
 * file's own schema, ids are unique across files and every reference from a template or rule to
 * a catalogue entry names one that exists.
 */
export const SeedBundle = z
  .strictObject({
    catalogues: z.array(CatalogueFile).max(50),
    templates: z.array(EvaluationTemplate).max(50),
    rules: z.array(RuleFile).max(50),
  })
  .superRefine((bundle, ctx) => {
    const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
    unique(bundle.catalogues, ['catalogues'], issue);
    unique(bundle.templates, ['templates'], issue);
    unique(bundle.rules, ['rules'], issue);

    const entries = new Map<string, CatalogueEntry>();
    bundle.catalogues.forEach((catalogue, index) =>
      catalogue.entries.forEach((entry, at) => {
        if (entries.has(entry.id)) {
          issue(
            ['catalogues', index, 'entries', at, 'id'],
            `"${entry.id}" is already in another catalogue`,
          );
        }
        entries.set(entry.id, entry);
      }),
    );
    const known = (path: Path, id: string) => {
      if (!entries.has(id)) issue(path, `No catalogue entry "${id}"`);
    };

    bundle.templates.forEach((template, index) => {
      template.basedOn.forEach((item, at) =>
        item.entryIds.forEach((id, position) =>
          known(['templates', index, 'basedOn', at, 'entryIds', position], id),
        ),
      );
      template.preliminaryChecks.forEach((check, at) =>
        check.entryIds.forEach((id, position) =>
          known(['templates', index, 'preliminaryChecks', at, 'entryIds', position], id),
        ),
      );
      for (const found of templateEntryIssues(template, entries)) {
        issue(['templates', index, ...found.path], legalIssueText(found.message));
      }
    });
    const rules = new Set<string>();
    bundle.rules.forEach((file, index) =>
      file.rules.forEach((rule, at) => {
        const path: Path = ['rules', index, 'rules', at];
        if (rules.has(rule.id))
          issue([...path, 'id'], `"${rule.id}" is already in another rule file`);
        rules.add(rule.id);
        if ('criteria' in rule) {
          rule.criteria.forEach((criterion, position) => {
            const at = [...path, 'criteria', position];
            known([...at, 'entryId'], criterion.entryId);
            const entry = entries.get(criterion.entryId);
            const found = entry && entryUseIssue(criterion.entryId, criterion.legalType, entry);
            if (found) issue([...at, 'legalType'], legalIssueText(found));
          });
          rule.minimumLevels.forEach((level, position) => {
            const objective = [...entries.values()].find(
              (entry) =>
                entry.kind === 'sovereigntyObjective' && entry.objective.code === level.objective,
            );
            if (objective?.subject === 'company') {
              issue(
                [...path, 'minimumLevels', position],
                `A minimum SEAL for ${level.objective} would rest on the company's seat, control or origin ("${objective.id}"), not on the offered service (§ 127 (3) GWB, Art. 25 Directive 2014/24/EU); require its service properties directly — Eine Mindest-SEAL für ${level.objective} hinge an Sitz, Kontrolle oder Herkunft des Unternehmens („${objective.id}“), nicht an der angebotenen Leistung; die Leistungsmerkmale unmittelbar verlangen`,
              );
            }
          });
          const texts = [rule.reason, ...rule.criteria.flatMap((item) => item.note ?? [])];
          for (const topic of texts
            .flatMap((text) => [text.de, text.en])
            .flatMap(unknownCitations)) {
            issue([...path, 'reason'], `Unknown citation topic [[${topic}]]`);
          }
        }
        if ('relatedEntryIds' in rule) {
          rule.relatedEntryIds.forEach((id, position) =>
            known([...path, 'relatedEntryIds', position], id),
          );
        }
      }),
    );
  });
export type SeedBundle = z.output<typeof SeedBundle>;

function unique(
  files: readonly { id: string }[],
  path: Path,
  issue: (path: Path, message: string) => void,
): void {
  const seen = new Set<string>();
  files.forEach((file, index) => {
    if (seen.has(file.id)) issue([...path, index, 'id'], `Another file has the id "${file.id}"`);
    seen.add(file.id);
  });
}
