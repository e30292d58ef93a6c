import type {
  AssistantMessage,
  ConversationFigure,
  ExposureFinding,
  exposureLaws,
  LegalExposureRule,
} from '@tenderwise/schema';
import { listAllOptions, type OptionRow } from '../../../db/repositories/options-review-options.ts';
import { findVersionById } from '../../../db/repositories/self-assessment-versions.ts';
import { assessLegalExposure } from '../../../domain/catalogue/legal-exposure.ts';
import { legalExposureInputOf } from '../../../domain/registry/legal-exposure-input.ts';
import type { LoadedRule } from '../../../domain/catalogue/recommend.ts';
import { legalExposureRules } from '../../catalogue/stored-documents.ts';
import type { ServiceContext } from '../../context.ts';
import { publishedContent } from '../../registry/registry-reads.ts';
import { cannotAnswer, figure, listed, type Both } from './texts.ts';

export type ExposureLaw = (typeof exposureLaws)[number];

/** The catalogue's legal-exposure rule that answers each law (seed/rules/legal-exposure-rules.json). */
export const exposureRuleOf: Record<ExposureLaw, string> = {
  cloudAct: 'exposure.us-cloud-act',
  fisa702: 'exposure.fisa-702',
  sanctions: 'exposure.sanctions-art-5k',
  disconnection: 'exposure.disconnect-readiness',
};

/** An option's finding, or why there is none: no registry source, or answers that lack it. */
export type OptionExposure =
  | { optionId: string; finding: ExposureFinding | 'notApplicable' }
  | { optionId: string; finding: 'undetermined'; because: 'noSelfAssessment' | 'openAnswer' };

/**
 * Each option's finding under one law's rule, by the catalogue's legal-exposure assessment of
 * the registry version the option was taken from (`assessLegalExposure`, as
 * `GET /registry/services/{id}/versions/{n}/legal-exposure` answers it). An option entered by
 * hand has no self-assessment, so its exposure is undetermined: it is never guessed.
 */
export async function exposuresOf(
  ctx: ServiceContext,
  options: readonly OptionRow[],
  rule: LoadedRule<LegalExposureRule>,
): Promise<OptionExposure[]> {
  const exposures: OptionExposure[] = [];
  for (const option of options) {
    const version =
      option.registry_version_id === null
        ? undefined
        : await findVersionById(ctx.db, option.registry_version_id);
    if (version === undefined || version.status !== 'published') {
      exposures.push({ optionId: option.id, finding: 'undetermined', because: 'noSelfAssessment' });
      continue;
    }
    const { content, vendor } = publishedContent(version);
    const input = legalExposureInputOf(content, vendor);
    if (input === null) {
      exposures.push({ optionId: option.id, finding: 'undetermined', because: 'noSelfAssessment' });
      continue;
    }
    const answer = assessLegalExposure(input, [rule]).answers[0];
    if (answer === undefined) exposures.push({ optionId: option.id, finding: 'notApplicable' });
    else if (answer.finding === 'undetermined')
      exposures.push({ optionId: option.id, finding: 'undetermined', because: 'openAnswer' });
    else exposures.push({ optionId: option.id, finding: answer.finding });
  }
  return exposures;
}

/** Which of the review's options the named foreign law reaches, per the catalogue's rules. */
export async function answerExposure(
  ctx: ServiceContext,
  reviewId: string,
  law: ExposureLaw | undefined,
): Promise<AssistantMessage> {
  if (law === undefined) {
    return cannotAnswer({
      de: 'Nennen Sie das Recht: CLOUD Act, FISA 702, Sanktionen (Art. 5k) oder Abschaltung.',
      en: 'Name the law: CLOUD Act, FISA 702, sanctions (Art. 5k) or disconnection.',
    });
  }
  const rule = (await legalExposureRules(ctx.db)).find(
    (loaded) => loaded.rule.id === exposureRuleOf[law],
  );
  if (rule === undefined) {
    return cannotAnswer({
      de: 'Der Katalog enthält keine Regel zu diesem Recht; eine Einschätzung gibt es daher nicht.',
      en: 'The catalogue holds no rule on this law, so there is no assessment.',
    });
  }
  const options = await listAllOptions(ctx.db, reviewId);
  if (options.length === 0) {
    return cannotAnswer({
      de: 'Der Vergleich hat noch keine Optionen.',
      en: 'The review has no options yet.',
    });
  }
  const exposures = await exposuresOf(ctx, options, rule);
  const names = new Map(options.map((option) => [option.id, option.name]));
  const named = (findings: OptionExposure['finding'][]) =>
    exposures
      .filter((item) => findings.includes(item.finding))
      .map((item) => names.get(item.optionId)!);
  const exposed = named(['exposed', 'excluded']);
  const mitigated = named(['mitigated']);
  const undetermined = named(['undetermined']);
  const clear = named(['notExposed', 'notApplicable']);
  const question = rule.rule.question;
  const part = (items: string[], de: string, en: string): Both =>
    items.length === 0
      ? { de: '', en: '' }
      : { de: ` ${de}: ${listed(items).de}.`, en: ` ${en}: ${listed(items).en}.` };
  const parts = [
    part(exposed, 'Betroffen', 'Exposed'),
    part(
      mitigated,
      'Betroffen, aber durch erklärte Maßnahmen begrenzt',
      'Exposed, but limited by declared measures',
    ),
    part(clear, 'Nach den Selbstauskünften nicht betroffen', 'Not exposed on the self-assessments'),
    part(
      undetermined,
      'Nicht feststellbar (keine Selbstauskunft aus dem Register, oder sie lässt es offen)',
      'Undetermined (no self-assessment from the registry, or it leaves this open)',
    ),
  ];
  const figures: ConversationFigure[] = exposures
    .slice(0, 50)
    .map((item) =>
      figure({ de: names.get(item.optionId)!, en: names.get(item.optionId)! }, item.finding),
    );

  return {
    kind: 'answer',
    text: {
      de: `${question.de}${parts.map((item) => item.de).join('')} Das ist die Einschätzung der Katalogregel aus den Selbstauskünften, keine Rechtsberatung; „nicht feststellbar“ heißt: nicht geraten.`,
      en: `${question.en}${parts.map((item) => item.en).join('')} This is the catalogue rule’s assessment of the self-assessments, not legal advice; “undetermined” means: not guessed.`,
    },
    figures,
    rules: [
      {
        text: rule.rule.title,
        source: rule.rule.sources
          .map((source) => [source.name, source.locator].filter(Boolean).join(', '))
          .join('; ')
          .slice(0, 300),
      },
    ],
    link: {
      href: `/reviews/${reviewId}/options`,
      label: { de: 'Zu den Optionen', en: 'To the options' },
    },
  };
}
