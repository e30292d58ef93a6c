import type { ConversationText, QuickReply } from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import { requiredOpeningOfficers } from '../../../../tenders/team-rules.ts';
import { partsStep, type Collected, type StepPart } from '../../../dialogue/parts-step.ts';
import type { ConversationAction, StepContext, StepQuestion } from '../../../dialogue/types.ts';
import type { TenderWorld } from '../../world.ts';
import {
  dayText,
  deadlineModelOf,
  earliestOffer,
  localText,
  readDeadline,
  weeksAhead,
  type DeadlineModel,
} from './deadline-check.ts';
import {
  addMember,
  chosenIds,
  colleagueReplies,
  deputisedOpeners,
  eligible,
  holders,
  listText,
  nameOf,
  none,
  noneReply,
  unknownAmong,
  vocabularyOf,
} from './team.ts';
import { empty, join } from './texts.ts';

type Context = StepContext<TenderWorld>;

const defaultBidValidityDays = 60;
/** Deputy questions asked at most; more opening officers get their deputies on the Team tab. */
const maxDeputyQuestions = 6;

function modelOf(context: Context): DeadlineModel | null {
  const { tender } = context.world;
  return tender === null ? null : deadlineModelOf(tender);
}

const at = (date: string, time: string) => `${date}T${time}`;

const deadlineReply = (label: ConversationText, deadline: string): QuickReply => {
  const [date = '', time = '12:00'] = deadline.split('T');
  return { label, input: { intent: 'answer', date, time } };
};

/** What the minimum period is and where it comes from, for the question. */
function minimumPeriodText(model: DeadlineModel, today: string): ConversationText {
  if (!model.modelled) {
    return {
      de: 'Für diese Verfahrensart ist keine Mindestfrist hinterlegt: Die Frist muss angemessen sein und die Komplexität der Leistung sowie die Zeit für die Angebote berücksichtigen (§ 20 Abs. 1 VgV).',
      en: 'No minimum period is modelled for this procedure type: the deadline must be appropriate, allowing for the complexity of the contract and the time needed to prepare bids (§ 20 (1) VgV).',
    };
  }
  const probe = Temporal.PlainDate.from(today).add({ days: 60 }).toString();
  const reading = readDeadline(model, today, at(probe, '12:00'), defaultBidValidityDays);
  if ('invalid' in reading || reading.submission === null) return empty;
  const steps = reading.submission.explanation.filter((s) => s.code === 'minimumPeriod');
  const sources = [...new Set(steps.flatMap((s) => s.sources))].join('; ');
  // The period ends at the end of its last day, i.e. at midnight starting the next one.
  const lastDay = dayText(
    Temporal.ZonedDateTime.from(reading.submission.earliestDeadline)
      .toPlainDate()
      .subtract({ days: 1 })
      .toString(),
  );
  return join(
    {
      de: `${steps.map((s) => s.text.de.replace(/\.$/, '')).join(' ')} (${sources}).`,
      en: `${steps.map((s) => s.text.en.replace(/\.$/, '')).join(' ')} (${sources}).`,
    },
    {
      de: `Wird die Bekanntmachung heute abgesandt, endet diese Frist mit Ablauf des ${lastDay.de}; die Angebotsfrist darf nicht früher enden. Beim Antrag auf Veröffentlichung wird das erneut geprüft.`,
      en: `If the notice is dispatched today, this period ends at the end of ${lastDay.en}; the submission deadline may not end earlier. It is checked again when publication is asked for.`,
    },
  );
}

/**
 * Checks a full deadline; a breach of the minimum period is refused with the earliest
 * permissible deadline offered instead.
 */
function checkFull(context: Context, deadline: string) {
  const model = modelOf(context);
  if (model === null) return { reprompt: noTender };
  if (deadline.slice(0, 10) <= context.world.today) {
    return {
      reprompt: {
        de: 'Die Angebotsfrist muss nach dem heutigen Tag liegen.',
        en: 'The submission deadline must be after today.',
      },
    };
  }
  const reading = readDeadline(model, context.world.today, deadline, defaultBidValidityDays);
  if ('invalid' in reading) {
    return {
      reprompt: {
        de: `Diese Uhrzeit ist in Berlin nicht eindeutig (${reading.invalid}). Bitte eine andere Uhrzeit wählen.`,
        en: `This time is not unique in Berlin (${reading.invalid}). Please choose another time.`,
      },
    };
  }
  const errors = reading.submission?.errors ?? [];
  if (errors.length > 0) {
    const earliest = earliestOffer(model, context.world.today);
    return {
      reprompt: join(
        {
          de: `Diese Frist ist zu kurz: ${errors.map((e) => `${e.text.de} (${e.sources.join(', ')})`).join(' ')}`,
          en: `This deadline is too short: ${errors.map((e) => `${e.text.en} (${e.sources.join(', ')})`).join(' ')}`,
        },
        earliest === null
          ? empty
          : {
              de: `Frühestens möglich ist der ${localText(earliest).de} – wählen Sie das unten oder einen späteren Termin.`,
              en: `The earliest is ${localText(earliest).en} – choose it below or a later one.`,
            },
      ),
    };
  }
  return { value: deadline };
}

const noTender: ConversationText = {
  de: 'Die Ausschreibung ist noch nicht angelegt; Fristen gibt es erst danach.',
  en: 'The tender is not created yet; deadlines come after it.',
};

function deadlineReplies(context: Context): QuickReply[] {
  const model = modelOf(context);
  if (model === null) return [];
  const { today } = context.world;
  const earliest = earliestOffer(model, today);
  const replies: QuickReply[] = [];
  const stored = context.world.tender?.deadlines.checks?.submissionDeadlineLocal.slice(0, 16);
  if (stored !== undefined && stored.slice(0, 10) > today) {
    replies.push(
      deadlineReply(
        { de: `Beibehalten: ${localText(stored).de}`, en: `Keep: ${localText(stored).en}` },
        stored,
      ),
    );
  }
  if (earliest !== null) {
    replies.push(
      deadlineReply(
        { de: `Frühestens: ${localText(earliest).de}`, en: `Earliest: ${localText(earliest).en}` },
        earliest,
      ),
    );
  }
  for (const weeks of [6, 8]) {
    const day = weeksAhead(model, today, weeks);
    if (earliest !== null && day < earliest.slice(0, 10)) continue;
    replies.push(
      deadlineReply(
        {
          de: `In ${weeks} Wochen: ${localText(at(day, '12:00')).de}`,
          en: `In ${weeks} weeks: ${localText(at(day, '12:00')).en}`,
        },
        at(day, '12:00'),
      ),
    );
  }
  return replies;
}

const deadlinePart: StepPart<TenderWorld> = {
  key: 'deadline',
  ask(context) {
    const model = modelOf(context);
    const current = context.world.tender?.deadlines.checks?.submissionDeadlineLocal;
    return {
      text: join(
        {
          de: 'Wann endet die Angebotsfrist? Bitte Datum und Uhrzeit (Berliner Zeit).',
          en: 'When does the submission period end? Please give date and time (Berlin time).',
        },
        model === null ? noTender : minimumPeriodText(model, context.world.today),
        current === undefined
          ? empty
          : {
              de: `Bisher gespeichert: ${localText(current.slice(0, 16)).de}.`,
              en: `Stored so far: ${localText(current.slice(0, 16)).en}.`,
            },
      ),
      quickReplies: deadlineReplies(context),
      widget: null,
      examples: [
        { de: '31.03.2027 12 Uhr', en: '31 March 2027 12:00' },
        { de: 'in 6 Wochen, 10 Uhr', en: 'in 6 weeks at 10:00' },
      ],
      vocabulary: {},
      expects: ['date', 'time'],
    };
  },
  read(input, context) {
    if (input.intent !== 'answer' || input.date === undefined) return null;
    if (input.time !== undefined) return checkFull(context, at(input.date, input.time));
    // Without a time, a day before the earliest permissible one is refused at once.
    const model = modelOf(context);
    if (model === null) return { reprompt: noTender };
    const earliest = earliestOffer(model, context.world.today);
    if (
      input.date <= context.world.today ||
      (earliest !== null && input.date < earliest.slice(0, 10))
    ) {
      return checkFull(context, at(input.date, '12:00'));
    }
    return { value: input.date };
  },
};

/** Asked when the deadline came without a time of day. */
const timePart: StepPart<TenderWorld> = {
  key: 'time',
  needed: (_context, collected) =>
    typeof collected.deadline === 'string' && !collected.deadline.includes('T'),
  ask(_context, collected) {
    const day = dayText(String(collected.deadline));
    const reply = (time: string): QuickReply => ({
      label: { de: `${time} Uhr`, en: time },
      input: { intent: 'answer', time },
    });
    return {
      text: {
        de: `Um welche Uhrzeit endet die Frist am ${day.de}?`,
        en: `At what time does the period end on ${day.en}?`,
      },
      quickReplies: [reply('10:00'), reply('12:00')],
      widget: null,
      examples: [
        { de: '12 Uhr', en: '12:00' },
        { de: '10:30', en: '10:30' },
      ],
      vocabulary: {},
      expects: ['time'],
    };
  },
  read(input, context, collected) {
    if (input.intent !== 'answer' || input.time === undefined) return null;
    return checkFull(context, at(input.date ?? String(collected.deadline), input.time));
  },
};

/** A sentence with its sources before the full stop: "… 24.03.2027 (§ 20 Abs. 3 VgV)." */
const cited = (text: string, sources: readonly string[]) =>
  `${text.replace(/\.$/, '')} (${sources.join(', ')}).`;

function deadlineOf(collected: Collected): string {
  return String(collected.time ?? collected.deadline);
}

const validityPart: StepPart<TenderWorld> = {
  key: 'bidValidityDays',
  ask(context, collected) {
    const model = modelOf(context);
    const reading =
      model === null
        ? null
        : readDeadline(model, context.world.today, deadlineOf(collected), defaultBidValidityDays);
    const facts =
      reading === null || 'invalid' in reading
        ? empty
        : {
            de: `${reading.questions.explanation.map((s) => cited(s.text.de, s.sources)).join(' ')} Mit ${defaultBidValidityDays} Tagen Bindefrist endet sie am ${dayText(reading.binding.lastDay).de}; Zuschlag spätestens am ${dayText(reading.binding.lastWorkingDayForAward).de} (§ 148 BGB).`,
            en: `${reading.questions.explanation.map((s) => cited(s.text.en, s.sources)).join(' ')} With a ${defaultBidValidityDays}-day bid validity period it ends on ${dayText(reading.binding.lastDay).en}; award by ${dayText(reading.binding.lastWorkingDayForAward).en} (§ 148 BGB).`,
          };
    const reply = (days: number): QuickReply => ({
      label: { de: `${days} Tage`, en: `${days} days` },
      input: { intent: 'answer', number: String(days) },
    });
    return {
      text: join(
        {
          de: 'Wie lange sollen die Bieter an ihre Angebote gebunden sein (Bindefrist)? Üblich sind 30 bis 60 Tage nach der Angebotsfrist; ohne Angabe 60.',
          en: 'How long are bidders to be bound by their bids (bid validity period)? 30 to 60 days after the submission deadline is usual; 60 unless you say otherwise.',
        },
        facts,
      ),
      quickReplies: [reply(30), reply(60), reply(90)],
      widget: null,
      examples: [
        { de: '45 Tage', en: '45 days' },
        { de: 'ja, 60 Tage', en: 'yes, 60 days' },
      ],
      vocabulary: {},
      expects: ['number'],
    };
  },
  read(input) {
    if (input.intent === 'confirm') return { value: defaultBidValidityDays };
    const raw = input.number ?? (input.count === undefined ? undefined : String(input.count.value));
    if (input.intent !== 'answer' || raw === undefined) return null;
    const days = Number(raw);
    if (!Number.isInteger(days) || days < 1 || days > 365) {
      return {
        reprompt: {
          de: 'Die Bindefrist ist eine ganze Zahl von Tagen zwischen 1 und 365.',
          en: 'The bid validity period is a whole number of days from 1 to 365.',
        },
      };
    }
    return { value: days };
  },
};

/** The opening officers after this step: those on the team and those chosen now. */
function openersAfter(context: Context, collected: Collected): string[] {
  const chosen = Array.isArray(collected.openers) ? (collected.openers as string[]) : [];
  return [...new Set([...holders(context.world.team, 'openingOfficer'), ...chosen])];
}

function openersWithoutDeputy(context: Context, collected: Collected): string[] {
  const deputised = deputisedOpeners(context.world.team);
  return openersAfter(context, collected).filter((id) => !deputised.includes(id));
}

const openingRule: ConversationText = {
  de: `Die Angebote öffnen mindestens zwei Vertreter des Auftraggebers gemeinsam (§ 55 Abs. 2 VgV). Damit immer zwei öffnen können, benennt Tenderwise ${requiredOpeningOfficers} Personen für die Öffnung, jede mit einer Vertretung, die nicht selbst öffnet. Öffnen dürfen nur Beschaffungspersonen (officer) der Vergabestelle.`,
  en: `The bids are opened jointly by at least two representatives of the authority (§ 55 (2) VgV). So that two can always open, Tenderwise names ${requiredOpeningOfficers} opening officers, each with a deputy who does not open themselves. Only procurement officers of the authority may open.`,
};

const openersPart: StepPart<TenderWorld> = {
  key: 'openers',
  ask(context) {
    const held = holders(context.world.team, 'openingOfficer');
    const deputies = holders(context.world.team, 'openingDeputy');
    const officers = eligible(context.world, ['officer'], deputies);
    const suggestion = officers
      .map((c) => c.id)
      .filter((id) => !held.includes(id))
      .slice(0, Math.max(0, requiredOpeningOfficers - held.length));
    const replies: QuickReply[] = [];
    if (held.length < requiredOpeningOfficers && suggestion.length > 0) {
      const names = listText(suggestion.map((id) => nameOf(context.world, id)));
      replies.push({
        label: { de: `Vorschlag: ${names.de}`, en: `Suggestion: ${names.en}` },
        input: { intent: 'choose', choices: suggestion },
      });
    }
    if (held.length >= requiredOpeningOfficers) {
      replies.push(noneReply({ de: 'Keine weiteren', en: 'No more' }));
    }
    replies.push(...colleagueReplies(officers.filter((c) => !held.includes(c.id))));
    return {
      text: join(
        openingRule,
        held.length === 0
          ? {
              de: `Wer öffnet die Angebote? Bitte ${requiredOpeningOfficers} Personen wählen.`,
              en: `Who opens the bids? Please choose ${requiredOpeningOfficers} people.`,
            }
          : {
              de: `Benannt sind schon: ${listText(held.map((id) => nameOf(context.world, id))).de}. Wen noch?`,
              en: `Named already: ${listText(held.map((id) => nameOf(context.world, id))).en}. Who else?`,
            },
      ),
      quickReplies: replies.slice(0, 14),
      widget:
        officers.length === 0
          ? null
          : {
              kind: 'checklist',
              items: officers.map((c) => ({
                id: c.id,
                label: { de: c.name, en: c.name },
                checked: held.includes(c.id),
              })),
            },
      examples: [
        { de: 'Meier, Schulz und Yilmaz', en: 'Meier, Schulz and Yilmaz' },
        { de: 'niemand weiter', en: 'nobody else' },
      ],
      vocabulary: { choices: vocabularyOf(officers, [none]) },
      expects: ['choices'],
    };
  },
  read(input, context) {
    const held = holders(context.world.team, 'openingOfficer');
    const deputies = holders(context.world.team, 'openingDeputy');
    const officers = eligible(context.world, ['officer']);
    let ids = input.intent === 'confirm' ? ['none'] : chosenIds(input);
    if (ids === null) return null;
    if (ids.includes('none')) ids = [];
    ids = ids.filter((id) => !held.includes(id));
    const strangers = unknownAmong(ids, officers);
    if (strangers.length > 0) {
      return {
        reprompt: {
          de: 'Für die Öffnung kommen nur Beschaffungspersonen (officer) der Vergabestelle in Frage; bitte aus der Liste wählen.',
          en: 'Only procurement officers of the authority can open bids; please choose from the list.',
        },
      };
    }
    const asDeputy = ids.filter((id) => deputies.includes(id));
    if (asDeputy.length > 0) {
      return {
        reprompt: {
          de: `${listText(asDeputy.map((id) => nameOf(context.world, id))).de} vertritt schon jemanden bei der Öffnung; eine Person kann nicht zwei Plätze füllen (§ 55 Abs. 2 VgV). Bitte jemand anderen wählen.`,
          en: `${listText(asDeputy.map((id) => nameOf(context.world, id))).en} is a deputy at the opening already; one person cannot fill two places (§ 55 (2) VgV). Please choose somebody else.`,
        },
      };
    }
    const total = new Set([...held, ...ids]).size;
    const possible = officers.filter((c) => !deputies.includes(c.id)).length;
    if (total < Math.min(requiredOpeningOfficers, possible)) {
      return {
        reprompt: {
          de: `Das sind ${total} Person(en) für die Öffnung; es werden ${requiredOpeningOfficers} gebraucht (§ 55 Abs. 2 VgV, mit Vertretungsregel). Bitte alle auf einmal nennen.`,
          en: `That makes ${total} opening officer(s); ${requiredOpeningOfficers} are needed (§ 55 (2) VgV, with the rule on deputies). Please name them all at once.`,
        },
      };
    }
    return { value: ids };
  },
};

const complete = {
  text: {
    de: 'Frist und Öffnung sind vollständig angegeben.',
    en: 'The deadline and the opening are complete.',
  },
  quickReplies: [],
  widget: null,
  examples: [],
  vocabulary: {},
  expects: [],
} satisfies StepQuestion;

/** The deputy of the `index`-th opening officer who has none yet. */
function deputyPart(index: number): StepPart<TenderWorld> {
  const openerOf = (context: Context, collected: Collected) =>
    openersWithoutDeputy(context, collected)[index];
  const candidates = (context: Context, collected: Collected) => {
    const taken = [
      ...openersAfter(context, collected),
      ...holders(context.world.team, 'openingDeputy'),
      ...Array.from({ length: index }, (_, i) => collected[`deputy${i}`]).filter(
        (id): id is string => typeof id === 'string',
      ),
    ];
    return eligible(context.world, ['officer'], taken);
  };
  return {
    key: `deputy${index}`,
    needed: (context, collected) => openerOf(context, collected) !== undefined,
    ask(context, collected) {
      const openerId = openerOf(context, collected);
      // Only when every opening officer has an answer: say so rather than name nobody.
      if (openerId === undefined) return complete;
      const opener = nameOf(context.world, openerId);
      const options = candidates(context, collected);
      return {
        text:
          options.length === 0
            ? {
                de: `Für ${opener} ist keine Vertretung mehr frei (eine Vertretung öffnet nicht selbst und vertritt nur eine Person). Sie können sie später im Team-Reiter benennen.`,
                en: `Nobody is left to stand in for ${opener} (a deputy does not open and stands in for one person only). You can name one later on the Team tab.`,
              }
            : {
                de: `Wer vertritt ${opener} bei der Öffnung?`,
                en: `Who stands in for ${opener} at the opening?`,
              },
        quickReplies: [
          ...colleagueReplies(options),
          noneReply({ de: 'Später im Team-Reiter', en: 'Later on the Team tab' }),
        ],
        widget: null,
        examples: options.length === 0 ? [] : [{ de: options[0]!.name, en: options[0]!.name }],
        vocabulary: { choices: vocabularyOf(options, [none]) },
        expects: ['choice'],
      };
    },
    read(input, context, collected) {
      const ids = chosenIds(input);
      if (ids === null) return null;
      if (ids.length !== 1) {
        return {
          reprompt: {
            de: 'Bitte genau eine Person als Vertretung nennen.',
            en: 'Please name exactly one person as deputy.',
          },
        };
      }
      const [id] = ids as [string];
      if (id === 'none') return { value: null };
      if (unknownAmong([id], candidates(context, collected)).length > 0) {
        return {
          reprompt: {
            de: 'Diese Person kann hier nicht vertreten: Vertretungen sind Beschaffungspersonen, die nicht selbst öffnen und noch niemanden vertreten.',
            en: 'This person cannot stand in here: deputies are procurement officers who do not open and stand in for nobody else yet.',
          },
        };
      }
      return { value: id };
    },
  };
}

function propose(collected: Collected, context: Context) {
  const { tender } = context.world;
  const model = modelOf(context);
  if (tender === null || model === null) return { reprompt: noTender };
  const deadline = deadlineOf(collected);
  const days = Number(collected.bidValidityDays ?? defaultBidValidityDays);
  const reading = readDeadline(model, context.world.today, deadline, days);
  if ('invalid' in reading) return { reprompt: { de: reading.invalid, en: reading.invalid } };
  const openers = (collected.openers as string[] | undefined) ?? [];
  const deputies = openersWithoutDeputy(context, collected)
    .slice(0, maxDeputyQuestions)
    .map((opener, index) => ({ opener, deputy: collected[`deputy${index}`] }))
    .filter((pair): pair is { opener: string; deputy: string } => typeof pair.deputy === 'string');
  const actions: ConversationAction[] = [
    {
      kind: 'updateDeadlines',
      input: {
        submissionDeadline: deadline,
        bidValidityDays: days,
        periodReductions: model.reductions,
      },
    },
    ...openers.map((id) => addMember(id, 'openingOfficer')),
    ...deputies.map((pair) => addMember(pair.deputy, 'openingDeputy', pair.opener)),
  ];
  const warnings = reading.submission?.warnings ?? [];
  const without = openersWithoutDeputy(context, collected).filter(
    (id) => !deputies.some((pair) => pair.opener === id),
  );
  const name = (id: string) => nameOf(context.world, id);
  const changes: { label: ConversationText; value: ConversationText }[] = [
    { label: { de: 'Angebotsfrist', en: 'Submission deadline' }, value: localText(deadline) },
    {
      label: { de: 'Letzter Tag für Bieterfragen', en: "Last day for bidders' questions" },
      value: dayText(reading.questions.lastDayForQuestions),
    },
    {
      label: { de: 'Bindefrist', en: 'Bid validity period' },
      value: {
        de: `${days} Tage, bis ${dayText(reading.binding.lastDay).de}`,
        en: `${days} days, until ${dayText(reading.binding.lastDay).en}`,
      },
    },
  ];
  if (openers.length > 0) {
    changes.push({
      label: { de: 'Öffnung der Angebote', en: 'Bid opening' },
      value: listText(openers.map(name)),
    });
  }
  for (const pair of deputies) {
    changes.push({
      label: { de: `Vertretung für ${name(pair.opener)}`, en: `Deputy for ${name(pair.opener)}` },
      value: { de: name(pair.deputy), en: name(pair.deputy) },
    });
  }
  return {
    summary: join(
      {
        de: `Ich trage die Angebotsfrist ${localText(deadline).de} mit ${days} Tagen Bindefrist ein${actions.length > 1 ? ' und ergänze das Team für die Öffnung' : ''}.`,
        en: `I will set the submission deadline to ${localText(deadline).en} with a ${days}-day bid validity period${actions.length > 1 ? ' and add the opening team' : ''}.`,
      },
      warnings.length === 0
        ? empty
        : {
            de: `Hinweise: ${warnings.map((w) => w.text.de).join(' ')}`,
            en: `Notes: ${warnings.map((w) => w.text.en).join(' ')}`,
          },
      without.length === 0
        ? empty
        : {
            de: `Noch ohne Vertretung: ${listText(without.map(name)).de} – bitte im Team-Reiter ergänzen.`,
            en: `Still without a deputy: ${listText(without.map(name)).en} – please add on the Team tab.`,
          },
    ),
    changes,
    actions,
    answer: { ...collected, deadline },
  };
}

/** Step 13: the submission deadline with its minimum period, and the opening team (§ 55 VgV). */
export const deadlinesStep = partsStep<TenderWorld>({
  id: 'deadlines',
  title: { de: 'Fristen und Öffnung', en: 'Deadlines and opening' },
  why: {
    de: 'Die Angebotsfrist darf die Mindestfrist nicht unterschreiten und muss angemessen sein; aus ihr folgen der letzte Tag für Bieterfragen und die Bindefrist. Wer die Angebote öffnet, muss vor der Veröffentlichung feststehen.',
    en: 'The submission deadline must not fall below the minimum period and must be appropriate; the last day for questions and the bid validity period follow from it. Who opens the bids must be settled before publication.',
  },
  rules: [
    {
      text: {
        de: 'Mindestfrist im offenen Verfahren: 35 Tage ab Absendung der Bekanntmachung, 30 Tage bei elektronischer Angebotsabgabe.',
        en: 'Minimum period in the open procedure: 35 days from the dispatch of the notice, 30 days with electronic submission.',
      },
      source: '§ 15 Abs. 2 und 4 VgV',
    },
    {
      text: {
        de: 'Die Frist muss angemessen sein; Mindestfristen sind Untergrenzen.',
        en: 'The period must be appropriate; minimum periods are floors.',
      },
      source: '§ 20 Abs. 1 VgV',
    },
    {
      text: {
        de: 'Antworten auf rechtzeitige Bieterfragen müssen spätestens sechs Tage (bei Dringlichkeit vier) vor Fristablauf vorliegen.',
        en: 'Answers to questions asked in time must be available at least six days (four in urgency) before the deadline.',
      },
      source: '§ 20 Abs. 3 S. 1 Nr. 1 VgV',
    },
    {
      text: {
        de: 'Fristen werden nach der VO (EWG, Euratom) Nr. 1182/71 berechnet.',
        en: 'Periods are computed under Regulation (EEC, Euratom) No 1182/71.',
      },
      source: '§ 82 VgV',
    },
    {
      text: {
        de: 'Die Bindefrist ist eine Annahmefrist des Auftraggebers.',
        en: "The bid validity period is the authority's acceptance period.",
      },
      source: '§ 148 BGB',
    },
    { text: openingRule, source: '§ 55 Abs. 2 VgV' },
  ],
  applies: (context) => context.world.tender !== null,
  parts: [
    deadlinePart,
    timePart,
    validityPart,
    openersPart,
    ...Array.from({ length: maxDeputyQuestions }, (_, index) => deputyPart(index)),
  ],
  propose,
});
