import type { components } from '@tenderwise/schema/openapi-types';
import type { BidContent } from './bids.ts';

// The bid editor's form: what the fields are called, and how the form's values become a bid's
// content. Pure, so the page and its action read the same names.

type Scheme = components['schemas']['EvaluationScheme'];

/** A criterion the bid answers, with the kind of answer it takes. */
export interface EditorCriterion {
  id: string;
  title: { de: string; en: string };
  kind: 'declaration' | 'offer' | 'metric';
  /** Minimum requirements (Mindestanforderungen): "not met" excludes the bid (§ 57 (1) VgV). */
  excluding: boolean;
}

type Titled = { id: string; title: { de: string; en: string } };

/** The criteria of a scheme version a bid answers, in the scheme's order. */
export function criteriaOf(scheme: Scheme): EditorCriterion[] {
  const declared = (list: Titled[] | undefined, excluding: boolean) =>
    (list ?? []).map((criterion) => ({
      id: criterion.id,
      title: criterion.title,
      kind: 'declaration' as const,
      excluding,
    }));
  const award: EditorCriterion[] = [];
  for (const node of scheme.award) {
    if (node.kind === 'ordinal') {
      award.push({ id: node.id, title: node.title, kind: 'offer', excluding: false });
    } else if (node.kind === 'metric') {
      award.push({ id: node.id, title: node.title, kind: 'metric', excluding: false });
    }
  }
  return [
    ...declared(scheme.exclusionGrounds, true),
    ...declared(scheme.restrictedRequirements, true),
    ...declared(scheme.suitability, true),
    ...declared(scheme.minimumRequirements, true),
    ...declared(scheme.conditions, true),
    ...award,
  ];
}

export const answerField = (id: string) => `answer-${id}`;

/** "Name; CC" per line: the companies of a list field. */
function companies(text: string): { name: string; country: string }[] {
  return text
    .split('\n')
    .map((line) => line.split(';').map((part) => part.trim()))
    .filter((parts) => parts[0])
    .map(([name = '', country = 'DE']) => ({ name, country: country.toUpperCase() }));
}

const number = (text: string | undefined) => {
  const value = Number((text ?? '').replace(',', '.'));
  return Number.isFinite(value) ? value : 0;
};

/** The values of the editor form as a bid's content; the API checks it. */
export function contentOf(values: Record<string, string>, criteria: EditorCriterion[]): BidContent {
  const group = values.bidderKind === 'group';
  const members = companies(values.members ?? '');
  const answers: BidContent['answers'] = {};
  for (const criterion of criteria) {
    const value = (values[answerField(criterion.id)] ?? '').trim();
    if (value === '') continue;
    if (criterion.kind === 'declaration')
      answers[criterion.id] = { kind: 'declaration', met: value === 'met' };
    else if (criterion.kind === 'metric')
      answers[criterion.id] = { kind: 'metric', value: number(value) };
    else answers[criterion.id] = { kind: 'offer', text: value };
  }
  const lifeCycle = values.priceKind === 'lifeCycleCost';
  return {
    bidder: group
      ? {
          kind: 'group',
          members,
          representative: Math.max(0, Math.trunc(number(values.representative)) - 1),
        }
      : {
          kind: 'single',
          company: {
            name: values.companyName ?? '',
            country: (values.country ?? '').toUpperCase(),
          },
        },
    subcontractors: (values.subcontractors ?? '')
      .split('\n')
      .map((line) => line.split(';').map((part) => part.trim()))
      .filter((parts) => parts[0])
      .map(([name = '', country = 'DE', share = '0', scope = '']) => ({
        company: { name, country: country.toUpperCase() },
        sharePercent: number(share),
        reliedOnForSuitability: false,
        scope: scope || name,
      })),
    answers,
    price: lifeCycle
      ? {
          kind: 'lifeCycleCost',
          costs: {
            oneOff: number(values.oneOff),
            migrationIn: number(values.migrationIn),
            recurringPerYear: number(values.recurringPerYear),
            egressPerYear: number(values.egressPerYear),
            exit: number(values.exit),
          },
        }
      : { kind: 'totalPrice', amount: number(values.amount) },
    declarations: {
      art5k: values.art5k === 'yes',
      exclusionGrounds: values.exclusionGrounds === 'yes',
    },
    documents: [],
    declarant: { name: values.declarantName ?? '', function: values.declarantFunction ?? '' },
  };
}

/** The minimum requirements answered "not met": the bid would be excluded. */
export function excludingAnswers(
  values: Record<string, string>,
  criteria: EditorCriterion[],
): EditorCriterion[] {
  return criteria.filter(
    (criterion) => criterion.excluding && values[answerField(criterion.id)] === 'notMet',
  );
}
