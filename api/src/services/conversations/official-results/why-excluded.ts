import type { AssistantMessage, ConversationFigure } from '@tenderwise/schema';
import { stageBases, type EvaluationStage } from '../../../domain/evaluation-stages/stages.ts';
import { excludedIn } from '../../tender-evaluation/stage-statuses.ts';
import { cannotAnswer, figure, listed, type Both } from '../results/texts.ts';
import { comparisonLink, type OfficialResult } from './read-official-result.ts';

const stageNames: Record<EvaluationStage, Both> = {
  formal: { de: 'formale Prüfung', en: 'formal check' },
  suitability: { de: 'Eignungsprüfung', en: 'suitability check' },
  priceCheck: { de: 'Preisprüfung', en: 'price check' },
  award: { de: 'Wertung', en: 'award stage' },
};

/**
 * Why a bid was excluded, or which bids were: the stage, the legal basis and the reasons as the
 * officer recorded them (or, for a gate the official result found unmet, the engine's). A bid
 * still in the procedure is said to be so.
 */
export function officialWhyExcluded(result: OfficialResult, bidId?: string): AssistantMessage {
  const { names, stages, tenderId, lotNumber } = result;
  const link = comparisonLink(tenderId, lotNumber, 'result-bids', {
    de: 'Zu den Wertungsstufen',
    en: 'To the stages',
  });
  const excluded = [...stages]
    .map(([id, views]) => ({ id, stage: excludedIn(views), views }))
    .filter((item): item is typeof item & { stage: EvaluationStage } => item.stage !== null);
  if (bidId !== undefined) {
    const name = names.get(bidId) ?? bidId;
    const item = excluded.find((entry) => entry.id === bidId);
    if (item === undefined) {
      return cannotAnswer(
        {
          de: `${name} wurde nicht ausgeschlossen; das Angebot ist noch im Verfahren.`,
          en: `${name} was not excluded; the bid is still in the procedure.`,
        },
        link,
      );
    }
    const view = item.views[item.stage];
    const basis = view.state === 'excluded' ? view.basis : stageBases[item.stage].join(', ');
    const reasons = view.state === 'excluded' ? view.reasons : '';
    const figures: ConversationFigure[] = [
      figure({ de: 'Stufe', en: 'Stage' }, item.stage),
      figure({ de: 'Rechtsgrundlage', en: 'Legal basis' }, basis),
    ];
    if (view.state === 'excluded') figures.push(figure({ de: 'Am', en: 'On' }, view.decidedAt));
    return {
      kind: 'answer',
      text: {
        de: `${name} wurde in der ${stageNames[item.stage].de} ausgeschlossen (${basis}). Begründung: ${reasons}`,
        en: `${name} was excluded in the ${stageNames[item.stage].en} (${basis}). Reasons: ${reasons}`,
      },
      figures,
      link,
    };
  }
  if (excluded.length === 0) {
    return cannotAnswer(
      {
        de: 'Kein Angebot dieses Loses wurde ausgeschlossen.',
        en: 'No bid of this lot was excluded.',
      },
      link,
    );
  }
  const lines = (language: 'de' | 'en') =>
    listed(
      excluded.map((item) => {
        const view = item.views[item.stage];
        const basis = view.state === 'excluded' ? view.basis : '';
        return `${names.get(item.id) ?? item.id} (${stageNames[item.stage][language]}, ${basis})`;
      }),
    )[language];
  return {
    kind: 'answer',
    text: {
      de: `Ausgeschlossen: ${lines('de')}. Fragen Sie nach einem Angebot, um die Begründung zu lesen.`,
      en: `Excluded: ${lines('en')}. Ask about one bid to read the reasons.`,
    },
    figures: [],
    link,
  };
}
