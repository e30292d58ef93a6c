import type { APIRequest } from '@playwright/test';
import {
  createUserIn,
  sameOriginOptions,
  signIn,
  uniqueSuffix,
  type Organisation,
  type SignedInUser,
} from './accounts.ts';
import { Api } from './api.ts';

// Tenders (Vergabeverfahren) set up through the API as the authority's own people would: the
// lead officer creates the tender, estimates its value, starts the lot's scheme from a catalogue
// template, sets the submission deadline and puts colleagues on the team; every member declares
// for themselves (§ 6 VgV); a second officer approves the publication (four eyes). Browser tests
// take over at the step they are about. Needs the catalogue loaded (`loadCatalogue`).

/** The catalogue template the tenders' lot schemes start from. */
export const tenderTemplate = {
  id: 'state-collaboration-suite',
  title: {
    de: 'Kollaborations- und Office-Suite für eine Landesverwaltung (4.000 Arbeitsplätze)',
    en: 'Collaboration and office suite for a state administration (4,000 workplaces)',
  },
} as const;

/** What a set-up step needs to reach the server under test. */
export interface SetUp {
  request: APIRequest;
  baseURL: string;
}

/** Runs `act` with the API signed in as the user; the request context is closed afterwards. */
export async function asUser<T>(
  setUp: SetUp,
  user: Pick<SignedInUser, 'storageState'>,
  act: (api: Api) => Promise<T>,
): Promise<T> {
  const context = await setUp.request.newContext({
    ...sameOriginOptions(setUp.baseURL),
    storageState: user.storageState,
  });
  try {
    return await act(new Api(context));
  } finally {
    await context.dispose();
  }
}

/** A colleague of the lead, signed in through the API, with the id the team knows them by. */
export type Colleague = SignedInUser & { id: string };

/** No session at all: for what anybody may read (published tenders, § 41 (1) VgV). */
export const noSession: Pick<SignedInUser, 'storageState'> = {
  storageState: { cookies: [], origins: [] },
};

/** The colleagues a tender's team needs beside its lead: a second officer and the opening. */
export interface TenderColleagues {
  /** An officer of the team who approves the publication the lead asks for. */
  second: Colleague;
  /** Three opening officers (§ 55 (2) VgV), each with a deputy. */
  opening: { officer: Colleague; deputy: Colleague }[];
}

/**
 * Officers of the lead's authority, invited and signed in through the API (with TOTP, as
 * officers must): side by side, since each is a few requests of its own.
 */
export async function tenderColleagues(
  setUp: SetUp & { setupApi: Api; organisation: Organisation },
): Promise<TenderColleagues> {
  const names = [
    'Sabine Zweitprüferin',
    'Otto Öffner',
    'Olga Öffnerin',
    'Oskar Öffner',
    'Vera Vertretung',
    'Viktor Vertreter',
    'Valentina Vertreterin',
  ];
  const [second, o1, o2, o3, d1, d2, d3] = await Promise.all(
    names.map(async (name): Promise<Colleague> => {
      const user = await createUserIn(setUp.setupApi, setUp.organisation, 'officer', name);
      const signedIn = await signIn(
        (options) => setUp.request.newContext(options),
        setUp.baseURL,
        user,
      );
      return { ...signedIn, id: user.id };
    }),
  );
  return {
    second: second!,
    opening: [
      { officer: o1!, deputy: d1! },
      { officer: o2!, deputy: d2! },
      { officer: o3!, deputy: d3! },
    ],
  };
}

/** Everybody on the team but the lead, in the order they are added. */
export function colleaguesOf(colleagues: TenderColleagues): Colleague[] {
  return [colleagues.second, ...colleagues.opening.flatMap((pair) => [pair.officer, pair.deputy])];
}

/** A tender as `getTender` answers, as far as these tests read it. */
export interface TenderRead {
  id: string;
  reference: string;
  title: string;
  version: number;
  state: string;
  deadlines: {
    submissionDeadline: string | null;
    questionsDeadline: string | null;
    bidValidityUntil: string | null;
    checks: { errors: unknown[]; warnings: unknown[] } | null;
  };
  readiness: { id: string; pointer: string }[] | null;
}

export function readTender(api: Api, tenderId: string): Promise<TenderRead> {
  return api.get<TenderRead>(`/api/v1/tenders/${tenderId}`);
}

/** A new draft tender: an open procedure under the VgV in Berlin; the caller leads it. */
export async function createTender(
  api: Api,
  fields: { reference?: string; title?: string } = {},
): Promise<TenderRead> {
  const suffix = uniqueSuffix();
  return api.post<TenderRead>('/api/v1/tenders', {
    reference: fields.reference ?? `VG-E2E-${suffix}`,
    title: fields.title ?? `Kollaborationsplattform ${suffix}`,
    description: 'Betrieb und Pflege einer souveränen Kollaborationsplattform.',
    cpvCodes: ['72000000-5'],
    regime: 'VgV',
    procedureType: 'vgv.open',
    land: 'DE-BE',
    authorityKind: 'otherPublicAuthority',
    contractKind: 'suppliesServices',
  });
}

/** The estimated value of the one lot (§ 3 VgV) and why the contract is not divided (§ 97 (4) GWB). */
export async function estimateValue(api: Api, tenderId: string): Promise<void> {
  const { version } = await readTender(api, tenderId);
  await api.patch(`/api/v1/tenders/${tenderId}`, {
    estimatedValue: {
      contractKind: 'suppliesServices',
      lots: [{ id: 'lot-1', basis: { kind: 'totalPrice', amount: '900000' } }],
    },
    noLotsReasons: 'Betrieb und Pflege der Plattform sind technisch nicht trennbar.',
    version,
  });
}

/** Lot 1's draft scheme from the catalogue template. */
export async function schemeFromTemplate(api: Api, tenderId: string): Promise<void> {
  const { lotVersion } = await api.get<{ lotVersion: number }>(
    `/api/v1/tenders/${tenderId}/lots/1/scheme`,
  );
  await api.put(`/api/v1/tenders/${tenderId}/lots/1/scheme`, {
    version: lotVersion,
    source: { kind: 'template', templateId: tenderTemplate.id },
  });
}

/**
 * A submission deadline that meets the open procedure's minimum period (35 days from the
 * dispatch, § 15 (2) VgV) with room to spare: 12:00 Berlin time on the first weekday at least
 * `days` days ahead, as the deadline form takes it (`YYYY-MM-DDTHH:mm`).
 */
export function submissionDeadlineAhead(days = 50): string {
  const day = new Date(Date.now() + days * 86_400_000);
  for (;;) {
    const weekday = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      weekday: 'short',
    }).format(day);
    if (weekday !== 'Sat' && weekday !== 'Sun') break;
    day.setTime(day.getTime() + 86_400_000);
  }
  // en-CA writes dates as YYYY-MM-DD.
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(day);
  return `${date}T12:00`;
}

/**
 * The submission deadline; the last day for questions and the bid validity (60 days) are left to
 * the rules, which compute them. Refuses (throws) when the check finds an error.
 */
export async function setDeadlines(api: Api, tenderId: string): Promise<void> {
  const { version } = await readTender(api, tenderId);
  await api.put(`/api/v1/tenders/${tenderId}/deadlines`, {
    submissionDeadline: submissionDeadlineAhead(),
    version,
  });
  const { deadlines } = await readTender(api, tenderId);
  if (deadlines.checks === null || deadlines.checks.errors.length > 0) {
    throw new Error(`The deadlines check found errors: ${JSON.stringify(deadlines.checks)}`);
  }
}

/** The second officer, three opening officers and their deputies on the team. */
export async function addTeam(
  api: Api,
  tenderId: string,
  colleagues: TenderColleagues,
): Promise<void> {
  const member = async (userId: string, capacity: string, deputyFor?: string) => {
    const { version } = await readTender(api, tenderId);
    await api.post(`/api/v1/tenders/${tenderId}/team`, {
      userId,
      capacity,
      ...(deputyFor === undefined ? {} : { deputyFor }),
      version,
    });
  };
  await member(colleagues.second.id, 'officer');
  for (const { officer, deputy } of colleagues.opening) {
    await member(officer.id, 'openingOfficer');
    await member(deputy.id, 'openingDeputy', officer.id);
  }
}

/** Each member declares for themselves that they have no conflict of interest (§ 6 VgV). */
export async function declareAll(
  setUp: SetUp,
  tenderId: string,
  members: readonly SignedInUser[],
): Promise<void> {
  await Promise.all(
    members.map((member) =>
      asUser(setUp, member, async (api) => {
        const team = await api.get<{ declarationText: { version: string } }>(
          `/api/v1/tenders/${tenderId}/team`,
        );
        await api.post(`/api/v1/tenders/${tenderId}/declaration`, {
          textVersion: team.declarationText.version,
        });
      }),
    ),
  );
}

/** The lead asks for the publication; the second officer approves it (four eyes). */
export async function publish(
  setUp: SetUp,
  tenderId: string,
  people: { lead: SignedInUser; second: SignedInUser },
): Promise<void> {
  await asUser(setUp, people.lead, async (api) => {
    const { version } = await readTender(api, tenderId);
    await api.post(`/api/v1/tenders/${tenderId}/publication-request`, { version });
  });
  await asUser(setUp, people.second, async (api) => {
    const { version } = await readTender(api, tenderId);
    await api.post(`/api/v1/tenders/${tenderId}/publication`, { version });
  });
}

/** The commitment (SHA-256) of a published scheme version of a lot, as the officers' API has it. */
export async function commitmentOf(
  api: Api,
  tenderId: string,
  lotNumber = 1,
  number = 1,
): Promise<string> {
  const { versions } = await api.get<{
    versions: { lotNumber: number; number: number; commitment: string }[];
  }>(`/api/v1/tenders/${tenderId}/scheme-versions?lot=${lotNumber}`);
  const version = versions.find((known) => known.number === number);
  if (!version) throw new Error(`Lot ${lotNumber} has no published version ${number}`);
  return version.commitment;
}

/**
 * A published tender led by `lead`, complete as the law asks (value, reasons, scheme from the
 * template, deadlines, team of opening officers with deputies, every declaration), approved by a
 * second officer of the authority. Answers the tender as read after the publication.
 */
export async function publishedTender(
  setUp: SetUp & { setupApi: Api; lead: SignedInUser },
): Promise<TenderRead> {
  const colleagues = await tenderColleagues({
    ...setUp,
    organisation: setUp.lead.organisation,
  });
  const tender = await asUser(setUp, setUp.lead, async (api) => {
    const created = await createTender(api);
    await estimateValue(api, created.id);
    await schemeFromTemplate(api, created.id);
    await setDeadlines(api, created.id);
    await addTeam(api, created.id, colleagues);
    return created;
  });
  await declareAll(setUp, tender.id, [setUp.lead, ...colleaguesOf(colleagues)]);
  await publish(setUp, tender.id, { lead: setUp.lead, second: colleagues.second });
  return asUser(setUp, setUp.lead, (api) => readTender(api, tender.id));
}
