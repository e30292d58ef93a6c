import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from '../helpers/account-steps.ts';
import {
  createOrganisation,
  createUserIn,
  signIn,
  type SignedInUser,
} from '../helpers/accounts.ts';
import type { Api } from '../helpers/api.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { expect, test } from '../helpers/test.ts';
import {
  asUser,
  colleaguesOf,
  readTender,
  tenderColleagues,
  type Colleague,
  type SetUp,
} from '../helpers/tenders.ts';

// A new officer prepares a tender from the need to the hand-over entirely in the assistant's
// chat: what they type is read by the assistant, everything else is a suggested reply they click
// or a proposal they confirm. Once in German with the weights from pairwise judgements, once in
// English with the weights typed. The assistant cannot declare for anybody: every member of the
// team it put together declares for themselves (§ 6 VgV), the officer too, and the second officer
// it named approves the publication (four eyes); all through the API, as those people, since the
// team and publication pages are other journeys. The engine's checks pass (nothing missing) and
// the tender is published.

type Language = 'de' | 'en';

/** What the chat page says in each language, as far as these tests read it. */
const pageTexts = {
  de: {
    start: 'Neue Ausschreibung vorbereiten',
    suggested: 'Antwortvorschläge',
    message: 'Nachricht an den Assistenten',
    send: 'Senden',
    you: 'Sie',
    yes: 'Ja, übernehmen',
    progress: 'Fortschritt',
    schemeDraft: 'Wertungsschema (Entwurf)',
    ofThisLevel: 'dieser Ebene',
    handedOver: 'Dieses Gespräch ist abgeschlossen: Sein Ergebnis wurde übergeben.',
    state: 'Stand: Veröffentlicht',
    region: 'de-DE',
  },
  en: {
    start: 'Prepare a new tender',
    suggested: 'Suggested replies',
    message: 'Message to the assistant',
    send: 'Send',
    you: 'You',
    yes: 'Yes, apply',
    progress: 'Progress',
    schemeDraft: 'Evaluation scheme (draft)',
    ofThisLevel: 'of this level',
    handedOver: 'This conversation is complete: its result has been handed over.',
    state: 'State: Published',
    region: 'en-GB',
  },
} as const;

/**
 * The chat as a person uses it: each reply (typed or clicked) is one turn, and the test goes on
 * once the page shows it with the assistant's answer below, never after a fixed wait.
 */
class Chat {
  readonly page: Page;
  readonly language: Language;
  readonly texts: (typeof pageTexts)[Language];

  constructor(page: Page, language: Language) {
    this.page = page;
    this.language = language;
    this.texts = pageTexts[language];
  }

  get transcript(): Locator {
    return this.page.getByRole('log');
  }

  /** The newest entry of the transcript: the assistant's latest message. */
  get latest(): Locator {
    return this.transcript.locator(':scope > ol > li').last();
  }

  /** The step the progress panel marks as the current one. */
  get currentStep(): Locator {
    return this.progress.locator('[aria-current="step"]');
  }

  get progress(): Locator {
    return this.page.getByRole('complementary').filter({
      has: this.page.getByRole('heading', { name: this.texts.progress }),
    });
  }

  get suggested(): Locator {
    return this.page.getByRole('list', { name: this.texts.suggested });
  }

  /** Types a message and sends it. */
  say(text: string): Promise<void> {
    return this.turn(async () => {
      await this.page.getByLabel(this.texts.message).fill(text);
      await this.page.getByRole('button', { name: this.texts.send, exact: true }).click();
    });
  }

  /** Clicks the suggested reply of this label (a pattern: the one it matches). */
  choose(label: string | RegExp): Promise<void> {
    return this.turn(() =>
      this.suggested.getByRole('button', { name: label, exact: typeof label === 'string' }).click(),
    );
  }

  /** Clicks the first suggested reply, whoever or whatever it names. */
  chooseFirst(): Promise<void> {
    return this.turn(() => this.suggested.getByRole('button').first().click());
  }

  /** Confirms the proposal the assistant made. */
  accept(): Promise<void> {
    return this.choose(this.texts.yes);
  }

  private async turn(act: () => Promise<void>): Promise<void> {
    const mine = this.transcript.getByText(this.texts.you, { exact: true });
    const before = await mine.count();
    await act();
    // A turn is a form post, the assistant's reading and answer and the page loaded again; on a
    // busy machine a single one has taken longer than the usual limit for an assertion.
    await expect(mine).toHaveCount(before + 1, { timeout: 45_000 });
  }
}

/** The lead officer of a new authority and seven officers of it the assistant can put on the team. */
async function authority(setUp: SetUp & { setupApi: Api }) {
  const organisation = await createOrganisation(setUp.setupApi, 'authority');
  const [lead, colleagues] = await Promise.all([
    createUserIn(setUp.setupApi, organisation, 'officer', 'Lena Leitend').then(
      async (user): Promise<Colleague> => ({
        ...(await signIn((options) => setUp.request.newContext(options), setUp.baseURL, user)),
        id: user.id,
      }),
    ),
    tenderColleagues({ ...setUp, organisation }),
  ]);
  return { lead, colleagues: colleaguesOf(colleagues) };
}

/** Starts a tender conversation from the assistant's list page; answers its id. */
async function startTender(chat: Chat): Promise<string> {
  await chat.page.goto(chat.language === 'de' ? '/assistant' : '/en/assistant');
  await chat.page.getByRole('button', { name: chat.texts.start }).click();
  await expect(chat.page.getByLabel(chat.texts.message)).toBeVisible();
  return new URL(chat.page.url()).pathname.split('/').at(-1)!;
}

/** A conversation as the API answers it, as far as these tests read it. */
interface ConversationRead {
  tenderId: string | null;
  draft: { scheme: { award: { id: string; parentId: string | null; weightBp: number }[] } | null };
}

/** The scheme's top-level award criteria and their weights in basis points. */
async function topLevelWeights(
  setUp: SetUp,
  lead: SignedInUser,
  conversationId: string,
): Promise<{ tenderId: string; weights: Record<string, number> }> {
  const conversation = await asUser(setUp, lead, (api) =>
    api.get<ConversationRead>(`/api/v1/conversations/${conversationId}`),
  );
  const award = conversation.draft.scheme!.award.filter((node) => node.parentId === null);
  return {
    tenderId: conversation.tenderId!,
    weights: Object.fromEntries(award.map((node) => [node.id, node.weightBp])),
  };
}

/** The side panel's draft scheme shows each top-level criterion with its weight. */
async function expectWeightsInPanel(
  chat: Chat,
  titles: Record<string, string>,
  weights: Record<string, number>,
) {
  const panel = chat.progress;
  await panel.getByText(chat.texts.schemeDraft).click();
  const percent = new Intl.NumberFormat(chat.texts.region, {
    style: 'percent',
    maximumFractionDigits: 2,
  });
  for (const [id, title] of Object.entries(titles)) {
    const criterion = panel
      .getByRole('listitem')
      .filter({ has: chat.page.getByText(title, { exact: true }) });
    // The criterion's own line comes before those of its sub-criteria.
    await expect(criterion.getByText(chat.texts.ofThisLevel).first()).toContainText(
      `${percent.format(weights[id]! / 10_000)} ${chat.texts.ofThisLevel}`,
    );
  }
}

/**
 * From the review step to a published tender: the members declare for themselves, the officer
 * has the assistant check again and hands over, the engine finds nothing missing, and the
 * second officer on the team approves.
 */
async function handOverAndPublish(
  chat: Chat,
  setUp: SetUp,
  people: { lead: Colleague; colleagues: Colleague[] },
  tenderId: string,
  words: { checkAgain: string; complete: string; yes: string; handOver: string },
): Promise<void> {
  // Every member declares for themselves, the lead too: the assistant names who has not.
  const team = await asUser(setUp, people.lead, (api) =>
    api.get<{
      declarationText: { version: string };
      members: { userId: string; declared: boolean; capacities: { capacity: string }[] }[];
    }>(`/api/v1/tenders/${tenderId}/team`),
  );
  const byId = new Map([people.lead, ...people.colleagues].map((c) => [c.id, c]));
  await Promise.all(
    team.members
      .filter((member) => !member.declared)
      .map((member) => {
        const person = byId.get(member.userId);
        if (!person) throw new Error(`${member.userId} is not one of the colleagues`);
        return asUser(setUp, person, (api) =>
          api.post(`/api/v1/tenders/${tenderId}/declaration`, {
            textVersion: team.declarationText.version,
          }),
        );
      }),
  );

  await chat.say(words.checkAgain);
  await expect(chat.transcript).toContainText(words.complete);
  await chat.say(words.yes);
  await expect(chat.latest).toContainText(words.handOver);
  await chat.accept();
  await expect(chat.page.getByText(chat.texts.handedOver)).toBeVisible();

  const requested = await asUser(setUp, people.lead, (api) => readTender(api, tenderId));
  expect(requested.readiness).toEqual([]);
  // The second officer the assistant put on the team approves (four eyes).
  const approverId = team.members.find(
    (member) =>
      member.userId !== people.lead.id && member.capacities.some((c) => c.capacity === 'officer'),
  )?.userId;
  const approver = people.colleagues.find((c) => c.id === approverId)!;
  await asUser(setUp, approver, (api) =>
    api.post(`/api/v1/tenders/${tenderId}/publication`, { version: requested.version }),
  );
  await chat.page.goto(`${chat.language === 'de' ? '' : '/en'}/tenders/${tenderId}`);
  await expect(chat.page.getByText(chat.texts.state)).toBeVisible();
}

test('a new officer prepares a tender in German through the assistant, from the need to the publication', async ({
  page,
  playwright,
  baseURL,
  setupApi,
}) => {
  test.setTimeout(180_000);
  const setUp = { request: playwright.request, baseURL: baseURL!, setupApi };
  const [people] = await Promise.all([authority(setUp), loadCatalogue()]);
  await page.context().addCookies(people.lead.storageState.cookies);
  const chat = new Chat(page, 'de');
  const conversationId = await startTender(chat);

  await test.step('the need, the value and the procedure', async () => {
    await chat.say('Kollaborationsplattform für 4.000 Arbeitsplätze einer Landesverwaltung');
    await chat.choose(/^Kollaborations- und Office-Suite .* \(Vorschlag\)$/);
    await chat.choose(/^72000000-5 /);
    await chat.say('Berlin');
    await chat.choose('Anderer öffentlicher Auftraggeber (Vorschlag)');
    await chat.accept();
    await expect(chat.currentStep).toContainText('Auftragswert und Regime');
    // Something the assistant cannot read: it says so and asks again, at the same step.
    await chat.say('Blaukraut bleibt Blaukraut');
    await expect(chat.latest).toContainText('nicht verstanden');
    await expect(chat.currentStep).toContainText('Auftragswert und Regime');
    await chat.say('1,2 Mio. € netto über 4 Jahre');
    await expect(chat.latest).toContainText('1.200.000,00 €');
    await chat.accept();
    // Back to the value and forward again.
    await expect(chat.currentStep).toContainText('Rahmenverträge');
    await chat.say('zurück');
    await expect(chat.currentStep).toContainText('Auftragswert und Regime');
    await chat.say('1,2 Mio. € netto über 4 Jahre');
    await chat.accept();
    await expect(chat.currentStep).toContainText('Rahmenverträge');
    await chat.choose('Nein, nichts davon');
    await chat.choose('Ja, Markterkundung gemacht');
    await chat.accept();
    await chat.choose('Begründung der Vorlage übernehmen');
    await chat.accept();
    await chat.choose('Offenes Verfahren (Vorschlag)');
    await chat.accept();
    await chat.say('personenbezogene Daten');
    await chat.choose('Software als Dienst (SaaS)');
    await chat.accept();
  });

  await test.step('the scheme, the weights from three pairwise judgements', async () => {
    await chat.choose('Alle behalten');
    await chat.accept();
    await chat.choose('Alle behalten');
    await chat.choose('Unteraufträge und Eignungsleihe erlaubt');
    await chat.accept();
    await expect(chat.currentStep).toContainText('Zuschlagskriterien und Gewichte');
    await chat.say('Funktion ist etwas wichtiger als Souveränität');
    await expectAccessible(page);
    await chat.say('Funktion ist deutlich wichtiger als Einführung');
    await chat.say('Souveränität ist etwas wichtiger als Einführung');
    await expect(chat.latest).toContainText('Gewichte der obersten Ebene');
    await chat.accept();
    await chat.choose('Fertig – Änderungen vorschlagen');
    await chat.accept();
    // The price step shows its chart beside the reply and the draft scheme in the side panel.
    const { weights } = await topLevelWeights(setUp, people.lead, conversationId);
    expect(Object.values(weights).reduce((a, b) => a + b)).toBe(10_000);
    expect(weights.functionality).toBeGreaterThan(5_000);
    await expectWeightsInPanel(
      chat,
      { functionality: 'Funktion', sovereignty: 'Souveränität', implementation: 'Einführung' },
      weights,
    );
    await chat.choose('Fertig – Änderungen vorschlagen');
    await chat.accept();
    await chat.choose('Nebenangebote zulassen');
    await chat.choose('Nachfordern erlaubt');
    await chat.choose('20 % übernehmen');
    await chat.accept();
  });

  await test.step('deadlines, opening team and panel, as suggested', async () => {
    await chat.choose(/^Frühestens: /);
    await chat.choose('30 Tage');
    await chat.choose(/^Vorschlag: /);
    for (let deputy = 0; deputy < 3; deputy += 1) await chat.chooseFirst();
    await chat.accept();
    await chat.chooseFirst();
    await chat.choose(/^Vorschlag: /);
    await chat.choose('Niemand');
    await chat.choose('Beibehalten (2)');
    await chat.accept();
    await expect(chat.currentStep).toContainText('Prüfung und Freigabe');
    await expect(chat.latest).toContainText('Noch nicht erklärt');
  });

  const { tenderId } = await topLevelWeights(setUp, people.lead, conversationId);
  await test.step('the team declares, the officer hands over, the second officer approves', () =>
    handOverAndPublish(chat, setUp, people, tenderId, {
      checkAgain: 'erneut prüfen',
      complete: 'Geprüft: Es fehlt nichts mehr.',
      yes: 'ja',
      handOver: 'zur Freigabe vor',
    }));
});

test('a new officer prepares a GPU compute tender in English through the assistant, weights typed', async ({
  page,
  playwright,
  baseURL,
  setupApi,
}) => {
  test.setTimeout(180_000);
  const setUp = { request: playwright.request, baseURL: baseURL!, setupApi };
  const [people] = await Promise.all([authority(setUp), loadCatalogue()]);
  await page.context().addCookies(people.lead.storageState.cookies);
  const chat = new Chat(page, 'en');
  const conversationId = await startTender(chat);

  await test.step('the need, the value and the procedure', async () => {
    await chat.say('GPU compute for AI research, 64 GPUs');
    await chat.choose('GPU compute for AI research (suggested)');
    await chat.choose(/^72000000-5 /);
    await chat.say('Bavaria');
    await chat.choose('Other public contracting authority (suggested)');
    await chat.accept();
    await chat.say('EUR 3.5 million over 3 years');
    await expect(chat.latest).toContainText('3,500,000.00');
    await chat.accept();
    await chat.choose('No, none of these');
    await chat.choose('Yes, market sounding done');
    await chat.accept();
    await chat.choose('Take the template’s reasons');
    await chat.accept();
    await chat.choose('Open procedure (suggested)');
    await chat.accept();
    await chat.say('AI workloads');
    await chat.choose('Software as a service (SaaS)');
    await chat.accept();
  });

  await test.step('the scheme, the weights typed', async () => {
    await chat.choose('Keep all');
    await chat.accept();
    await chat.choose('Keep all');
    await chat.choose('Subcontracting and reliance on others’ capacities allowed');
    await chat.accept();
    await expect(chat.currentStep).toContainText('Award criteria and weights');
    await chat.say('performance 40, price 30, sovereignty 20, sustainability 10');
    await chat.accept();
    await chat.choose('Done – propose the changes');
    await chat.accept();
    const { weights } = await topLevelWeights(setUp, people.lead, conversationId);
    expect(weights).toEqual({
      performance: 4_000,
      price: 3_000,
      sovereignty: 2_000,
      sustainability: 1_000,
    });
    await expectWeightsInPanel(
      chat,
      {
        performance: 'Performance',
        price: 'Total price for 500,000 GPU hours',
        sovereignty: 'Sovereignty',
        sustainability: 'Sustainability',
      },
      weights,
    );
    await chat.choose('Done – propose the changes');
    await chat.accept();
    await chat.choose('Allow variants');
    await chat.choose('Requests allowed');
    await chat.choose('Take 20 %');
    await chat.accept();
  });

  await test.step('deadlines, opening team and panel, as suggested', async () => {
    await chat.choose(/^Earliest: /);
    await chat.choose('30 days');
    await chat.choose(/^Suggestion: /);
    for (let deputy = 0; deputy < 3; deputy += 1) await chat.chooseFirst();
    await chat.accept();
    await chat.chooseFirst();
    await chat.choose(/^Suggestion: /);
    await chat.choose('Nobody');
    await chat.choose('Keep (2)');
    await chat.accept();
    await expect(chat.currentStep).toContainText('Review and approval');
  });

  const { tenderId } = await topLevelWeights(setUp, people.lead, conversationId);
  await test.step('the team declares, the officer hands over, the second officer approves', () =>
    handOverAndPublish(chat, setUp, people, tenderId, {
      checkAgain: 'check again',
      complete: 'Checked: nothing is missing.',
      yes: 'yes',
      handOver: 'for approval',
    }));
});
