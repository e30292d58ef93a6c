import { CatalogueEntry, type EvaluationScheme, type SchemeSource } from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import { findEvaluationTemplate, listCatalogueEntries } from '../db/repositories/catalogue.ts';
import type { DB } from '../db/types.ts';
import { ValidationError, type FieldIssue } from '../domain/errors.ts';
import {
  blankScheme,
  onReferenceDate,
  schemeFromEntries,
  type ReviewBasics,
} from '../domain/options-reviews/scheme-start.ts';
import { validateScheme } from '../engine/scheme/validate-scheme.ts';
import { templateOf } from './catalogue/stored-documents.ts';

/** Where a scheme came from: a catalogue template, catalogue entries, blank, or as edited. */
export type SchemeSourceOrigin =
  | { kind: 'template'; templateId: string; templateVersion: string }
  | { kind: 'entries'; entryIds: string[] }
  | { kind: 'blank' }
  | { kind: 'edited' };

/**
 * The scheme a source stands for and where it came from, shared by every place a scheme is
 * saved (an options review's versions, a tender lot's draft): a catalogue template on the given
 * date, a first scheme from catalogue entries, the blank scheme (price alone), or the scheme as
 * edited, taken as sent (the caller decides what an edited scheme must agree with). Unknown
 * templates and entries are refused with pointers under `/source`.
 */
export async function schemeFromSource(
  trx: Transaction<DB>,
  basics: ReviewBasics,
  source: SchemeSource,
): Promise<{ scheme: EvaluationScheme; origin: SchemeSourceOrigin }> {
  switch (source.kind) {
    case 'blank':
      return { scheme: blankScheme(basics), origin: { kind: 'blank' } };
    case 'edited':
      return { scheme: source.scheme, origin: { kind: 'edited' } };
    case 'template': {
      const row = await findEvaluationTemplate(trx, source.templateId);
      if (row === undefined) {
        throw new ValidationError('The template does not exist.', [
          {
            in: 'body',
            pointer: '/source/templateId',
            detail: `There is no evaluation template "${source.templateId}".`,
          },
        ]);
      }
      const template = templateOf(row);
      return {
        scheme: onReferenceDate(template.scheme, basics.referenceDate),
        origin: { kind: 'template', templateId: template.id, templateVersion: template.version },
      };
    }
    case 'entries': {
      const wanted = new Set(source.criteria.map((item) => item.entryId));
      const rows = (await listCatalogueEntries(trx)).filter((row) => wanted.has(row.id));
      const entries = new Map(
        rows.map((row) => [row.id, CatalogueEntry.parse(JSON.parse(row.document))]),
      );
      const built = schemeFromEntries(
        basics,
        source.criteria.map(({ entryId, legalType }) => ({
          entry: entries.get(entryId),
          entryId,
          legalType,
        })),
      );
      if ('issues' in built) {
        throw new ValidationError('The entries do not make a scheme.', built.issues);
      }
      return {
        scheme: built.scheme,
        origin: { kind: 'entries', entryIds: source.criteria.map((item) => item.entryId) },
      };
    }
  }
}

/**
 * Refuses a scheme that breaks a rule of evaluation (the engine's validation), each issue a field
 * of the 422: for an edited scheme by its pointer under `schemePointer`, for a built one at
 * `/source` with the pointer into the scheme in the detail.
 */
export function assertValidScheme(
  scheme: EvaluationScheme,
  source: Pick<SchemeSource, 'kind'>,
  schemePointer = '/source/scheme',
): void {
  const issues = validateScheme(scheme).map((issue): FieldIssue =>
    source.kind === 'edited'
      ? { in: 'body', pointer: `${schemePointer}${issue.pointer}`, detail: issue.message }
      : { in: 'body', pointer: '/source', detail: `${issue.pointer}: ${issue.message}` },
  );
  if (issues.length > 0) {
    throw new ValidationError('The scheme breaks a rule of evaluation.', issues);
  }
}
