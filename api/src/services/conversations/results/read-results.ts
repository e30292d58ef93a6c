import type {
  AssistantMessage,
  EvaluatedBid,
  LocalizedText,
  OptionsReviewResults,
} from '@tenderwise/schema';
import { optionBids } from '../../../domain/options-reviews/option-bids.ts';
import type { ServiceContext } from '../../context.ts';
import {
  computeResults,
  readResultsSource,
  resultsOf,
  type ResultsSource,
} from '../../options-reviews/get-results.ts';
import type { ReviewAccess } from '../../options-reviews/review-access.ts';
import { cannotAnswer, resultsLink } from './texts.ts';

/** The results of a review as its questions are answered from: the figures and their inputs. */
export interface ReadyResults {
  reviewId: string;
  source: ResultsSource;
  /** Exactly what `GET /options-reviews/{id}/results` returns to the caller. */
  results: OptionsReviewResults;
  /** The options as the engine's bids, as the results evaluate them. */
  bids: EvaluatedBid[];
  names: Map<string, string>;
  titles: Map<string, LocalizedText>;
}

export type ResultsRead =
  { status: 'ready'; ready: ReadyResults } | { status: 'unavailable'; message: AssistantMessage };

/**
 * The results as the caller may see them, computed as the results page computes them, or a
 * message saying why they cannot be shown yet: no scheme, blind until the caller submitted
 * their sheet, or scores, values or prices still missing. Access was decided by the caller.
 */
export async function readResults(
  ctx: ServiceContext,
  access: ReviewAccess,
  userId: string,
): Promise<ResultsRead> {
  const reviewId = access.review.id;
  const toScoring = {
    href: `/reviews/${reviewId}/scoring`,
    label: { de: 'Zur Bewertung', en: 'To the scoring' },
  };
  const read = await readResultsSource(ctx, access, userId, undefined);
  if (read.status === 'noScheme') {
    return unavailable({
      de: 'Der Vergleich hat noch kein Bewertungsschema; ohne Schema gibt es keine Ergebnisse.',
      en: 'The review has no evaluation scheme yet; without one there are no results.',
    });
  }
  if (read.status === 'hidden') {
    return unavailable(
      {
        de: `Die Ergebnisse zeigen die Konsensbewertungen und bleiben für Sie verborgen, bis Sie Ihren eigenen Bewertungsbogen für Schemaversion ${read.schemeVersion} abgegeben haben.`,
        en: `The results show the consensus scores and stay hidden from you until you have submitted your own score sheet for scheme version ${read.schemeVersion}.`,
      },
      toScoring,
    );
  }
  const { source } = read;
  const outcome = await computeResults(source);
  if (outcome.status === 'incomplete') {
    const count = outcome.missing.length;
    return unavailable(
      count === 0
        ? {
            de: 'Der Vergleich hat noch keine Optionen; es gibt nichts zu vergleichen.',
            en: 'The review has no options yet; there is nothing to compare.',
          }
        : {
            de: `Die Ergebnisse lassen sich noch nicht berechnen: ${count} Konsensbewertungen, Messwerte oder Preise fehlen noch.`,
            en: `The results cannot be computed yet: ${count} consensus scores, measured values or prices are still missing.`,
          },
      toScoring,
    );
  }
  if (outcome.status === 'invalid') {
    return unavailable({
      de: `Aus dem Erfassten lassen sich keine Ergebnisse berechnen: ${outcome.issues.slice(0, 3).join('; ')}.`,
      en: `The results cannot be computed from what is recorded: ${outcome.issues.slice(0, 3).join('; ')}.`,
    });
  }
  const results = resultsOf(source, outcome.figures);
  const { bids } = optionBids(source.task.scheme, source.task.options, source.task.consensus);
  return {
    status: 'ready',
    ready: {
      reviewId,
      source,
      results,
      bids,
      names: new Map(results.options.map((option) => [option.id, option.name])),
      titles: new Map(results.criteria.map((node) => [node.id, node.title])),
    },
  };

  function unavailable(
    text: { de: string; en: string },
    link: AssistantMessage['link'] = resultsLink(reviewId, 'results-heading', {
      de: 'Zu den Ergebnissen',
      en: 'To the results',
    }),
  ): ResultsRead {
    return { status: 'unavailable', message: cannotAnswer(text, link) };
  }
}
