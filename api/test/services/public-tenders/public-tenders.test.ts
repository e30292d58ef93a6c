import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../src/domain/errors.ts';
import { schemeCommitment } from '../../../src/engine/canonical/commitment.ts';
import type { Principal } from '../../../src/security/access/principal.ts';
import { askTenderQuestion } from '../../../src/services/public-tenders/ask-tender-question.ts';
import { getPublishedTenderSchemeVersion } from '../../../src/services/public-tenders/get-published-tender-scheme-version.ts';
import { getPublishedTender } from '../../../src/services/public-tenders/get-published-tender.ts';
import { listOwnTenderQuestions } from '../../../src/services/public-tenders/list-own-tender-questions.ts';
import { listPublishedTenderAnswers } from '../../../src/services/public-tenders/list-published-tender-answers.ts';
import { listPublishedTenders } from '../../../src/services/public-tenders/list-published-tenders.ts';
import { registerTenderInterest } from '../../../src/services/public-tenders/register-tender-interest.ts';
import { withdrawTenderInterest } from '../../../src/services/public-tenders/withdraw-tender-interest.ts';
import { answerTenderQuestion } from '../../../src/services/tender-questions/answer-tender-question.ts';
import { listTenderInterests } from '../../../src/services/tender-questions/list-tender-interests.ts';
import { listTenderQuestions } from '../../../src/services/tender-questions/list-tender-questions.ts';
import { ConflictError } from '../../../src/domain/errors.ts';
import type { TenderState } from '../../../src/domain/tenders/tender-lifecycle.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { createApiKeyAs, serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { createTenderIn } from '../../security/access/fixtures/tenders.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';

// The fixture's tender: questions until 2027-02-22T22:59:59Z, submission 2027-03-01T11:00Z.
const beforeQuestionsDeadline = '2027-02-10T09:00:00.000Z';
const afterQuestionsDeadline = '2027-02-25T09:00:00.000Z';

describeDatabase('published tenders, bidders’ questions and interest', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  /** An authority with its lead officer and a tender in the state asked for; vendors A and B. */
  async function world(state: TenderState = 'published') {
    const { db } = database;
    const authority = await seedOrganisation(db, 'authority');
    const lead = await seedUser(db, 'officer', authority.id);
    const approver = await seedUser(db, 'officer', authority.id);
    const vendorA = await seedUser(db, 'vendor');
    const vendorB = await seedUser(db, 'vendor');
    const tender = await createTenderIn(db, {
      organisationId: authority.id,
      leadUserId: lead.id,
      approver: approver.id,
      team: [{ userId: lead.id, capacity: 'officer' }],
      state,
      questionBy: { organisationId: vendorB.organisation_id, userId: vendorB.id },
    });
    return { authority, lead, vendorA, vendorB, tender };
  }

  const ctx = (principal?: Principal, clock: FixedClock = fixedClock(beforeQuestionsDeadline)) =>
    serviceContextFor(database.db, clock, principal);
  const as = (user: User, clock?: FixedClock) => ctx(userPrincipal(user), clock);

  it('lets anybody read a published tender, its scheme version and answers; a draft is not found', async () => {
    const { tender } = await world();
    const anonymous = ctx();
    const read = await getPublishedTender({ ctx: anonymous, input: { tenderId: tender.id } });
    expect(read).toMatchObject({
      id: tender.id,
      title: 'Matrix tender',
      regime: 'VgV',
      procedureType: { id: 'vgv.open', label: { de: 'Offenes Verfahren', en: 'Open procedure' } },
      state: 'published',
      deadlines: {
        submission: {
          at: '2027-03-01T11:00:00.000Z',
          local: '2027-03-01T12:00:00+01:00[Europe/Berlin]',
        },
        bidValidityUntil: '2027-05-31',
      },
      cancellation: null,
      corrections: [],
    });
    expect(read).not.toHaveProperty('interestRegistered');
    expect(read).not.toHaveProperty('estimatedValue');
    expect(read.lots).toHaveLength(1);
    const version = read.lots[0]!.schemeVersions[0]!;
    const full = await getPublishedTenderSchemeVersion({
      ctx: anonymous,
      input: { tenderId: tender.id, lotNumber: 1, number: 1 },
    });
    // The published commitment is the one anybody recomputes from the scheme shown.
    expect(full.commitment).toBe(version.commitment);
    expect(schemeCommitment(full.scheme)).toBe(full.commitment);
    await expect(
      getPublishedTenderSchemeVersion({
        ctx: anonymous,
        input: { tenderId: tender.id, lotNumber: 1, number: 2 },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const listed = await listPublishedTenders({ ctx: anonymous, input: { limit: 100 } });
    expect(listed.tenders.map((item) => item.id)).toContain(tender.id);

    const draft = await world('draft');
    // Its own authority's users are told 403 by the policy table: they know it exists.
    for (const principal of [undefined, userPrincipal(draft.vendorA)]) {
      await expect(
        getPublishedTender({ ctx: ctx(principal), input: { tenderId: draft.tender.id } }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        listPublishedTenderAnswers({ ctx: ctx(principal), input: { tenderId: draft.tender.id } }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    const all = await listPublishedTenders({ ctx: anonymous, input: { limit: 100 } });
    expect(all.tenders.map((item) => item.id)).not.toContain(draft.tender.id);
  });

  it('never shows who asked in any public response', async () => {
    const { tender, lead, vendorA, vendorB } = await world();
    const key = await createApiKeyAs(database.db, fixedClock(beforeQuestionsDeadline), vendorA, {
      name: 'questions',
      scopes: ['tenders:read'],
      expiresAt: new Date('2027-12-31T00:00:00Z'),
    });
    const keyPrincipal: Principal = {
      kind: 'apiKey',
      keyId: key.key.id,
      organisationId: vendorA.organisation_id,
      scopes: ['tenders:read'],
    };
    const asked = await askTenderQuestion({
      ctx: ctx(keyPrincipal),
      input: { tenderId: tender.id, text: 'Gilt die Frist auch für Los 1?', lotNumber: 1 },
    });
    const questions = await listTenderQuestions({
      ctx: as(lead),
      input: { tenderId: tender.id },
    });
    for (const question of questions.questions) {
      await answerTenderQuestion({
        ctx: as(lead),
        input: {
          tenderId: tender.id,
          questionId: question.id,
          answer: `Antwort ${question.number}`,
        },
      });
    }
    const organisations = await database.db
      .selectFrom('organisation')
      .select(['id', 'name'])
      .where('id', 'in', [vendorA.organisation_id, vendorB.organisation_id])
      .execute();
    const secrets = [
      ...organisations.flatMap((row) => [row.id, row.name]),
      vendorA.id,
      vendorB.id,
      vendorA.display_name,
      vendorA.email,
      vendorB.email,
      key.key.id,
      asked.id,
    ];
    const anonymous = ctx();
    const answers = await listPublishedTenderAnswers({
      ctx: anonymous,
      input: { tenderId: tender.id },
    });
    expect(answers.answers).toEqual([
      expect.objectContaining({ number: 1, lotNumber: null, answer: 'Antwort 1' }),
      {
        number: 2,
        lotNumber: 1,
        question: 'Gilt die Frist auch für Los 1?',
        answer: 'Antwort 2',
        answeredAt: expect.any(String),
      },
    ]);
    const responses = [
      answers,
      await getPublishedTender({ ctx: anonymous, input: { tenderId: tender.id } }),
      await getPublishedTender({ ctx: as(vendorA), input: { tenderId: tender.id } }),
      await listPublishedTenders({ ctx: anonymous, input: { limit: 100 } }),
    ];
    const notices = await database.db
      .selectFrom('notice')
      .select(['subject_de', 'subject_en', 'body_de', 'body_en'])
      .where('object_id', '=', tender.id)
      .execute();
    for (const text of [...responses, ...notices].map((item) => JSON.stringify(item))) {
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });

  it('stores a late question, flags it and says the authority need not answer it', async () => {
    const { tender, lead, vendorA } = await world();
    const late = fixedClock(afterQuestionsDeadline);
    const asked = await askTenderQuestion({
      ctx: as(vendorA, late),
      input: { tenderId: tender.id, text: 'Noch eine Frage nach Fristablauf?' },
    });
    expect(asked).toMatchObject({ number: 2, late: true, askedAt: afterQuestionsDeadline });
    expect(asked.message?.de).toContain('§ 20 Abs. 3 Satz 1 Nr. 1 und Satz 3 VgV');
    expect(asked.message?.en).toContain('not obliged to answer');
    const own = await listOwnTenderQuestions({
      ctx: as(vendorA, late),
      input: { tenderId: tender.id },
    });
    expect(own.questions).toEqual([
      expect.objectContaining({ id: asked.id, late: true, answered: false, answer: null }),
    ]);
    const team = await listTenderQuestions({
      ctx: as(lead),
      input: { tenderId: tender.id, unanswered: true },
    });
    expect(team.questions.map((question) => [question.number, question.late])).toEqual([
      [1, false],
      [2, true],
    ]);
    const onTime = await askTenderQuestion({
      ctx: as(vendorA),
      input: { tenderId: tender.id, text: 'Rechtzeitig?' },
    });
    expect(onTime).toMatchObject({ number: 3, late: false, message: null });
    await expect(
      askTenderQuestion({
        ctx: as(vendorA),
        input: { tenderId: tender.id, text: 'Los 7?', lotNumber: 7 },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const audit = await database.db
      .selectFrom('audit_entry')
      .select(['action', 'actor_type', 'actor_id'])
      .where('object_id', '=', tender.id)
      .where('action', '=', 'tender.question.asked')
      .where('outcome', '=', 'succeeded')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit.every((entry) => entry.actor_id === vendorA.id)).toBe(true);
  });

  it('sends the answer to every interested vendor and the asker, once each; an answer is kept', async () => {
    const { tender, lead, vendorA, vendorB } = await world();
    const vendorC = await seedUser(database.db, 'vendor');
    const bystander = await seedUser(database.db, 'vendor');
    for (const vendor of [vendorA, vendorC, vendorB]) {
      await registerTenderInterest({ ctx: as(vendor), input: { tenderId: tender.id } });
    }
    // Idempotent: a second registration keeps the first.
    const again = await registerTenderInterest({
      ctx: as(vendorA),
      input: { tenderId: tender.id },
    });
    expect(again.interestRegistered).toBe(true);
    await withdrawTenderInterest({ ctx: as(vendorC), input: { tenderId: tender.id } });
    await registerTenderInterest({ ctx: as(vendorC), input: { tenderId: tender.id } });
    const interests = await listTenderInterests({ ctx: as(lead), input: { tenderId: tender.id } });
    expect(interests.interests.map((row) => row.organisationId).sort()).toEqual(
      [vendorA, vendorB, vendorC].map((vendor) => vendor.organisation_id).sort(),
    );
    expect(
      (await getPublishedTender({ ctx: as(vendorA), input: { tenderId: tender.id } }))
        .interestRegistered,
    ).toBe(true);
    expect(
      (await getPublishedTender({ ctx: as(bystander), input: { tenderId: tender.id } }))
        .interestRegistered,
    ).toBe(false);

    const [question] = (
      await listTenderQuestions({ ctx: as(lead), input: { tenderId: tender.id } })
    ).questions;
    const answered = await answerTenderQuestion({
      ctx: as(lead),
      input: { tenderId: tender.id, questionId: question!.id, answer: 'Nein.' },
    });
    expect(answered).toMatchObject({ answer: 'Nein.', answeredBy: lead.id });
    const notices = await database.db
      .selectFrom('notice')
      .select(['organisation_id', 'kind', 'body_de', 'body_en'])
      .where('object_type', '=', 'tender')
      .where('object_id', '=', tender.id)
      .execute();
    // The asker (vendor B) registered interest too: it still gets one notice.
    expect(notices.map((notice) => notice.organisation_id).sort()).toEqual(
      [vendorA, vendorB, vendorC].map((vendor) => vendor.organisation_id).sort(),
    );
    expect(notices.every((notice) => notice.kind === 'clarification_answer')).toBe(true);
    expect(notices[0]!.body_de).toContain('Nein.');
    expect(notices[0]!.body_en).toContain('Nein.');

    await expect(
      answerTenderQuestion({
        ctx: as(lead),
        input: { tenderId: tender.id, questionId: question!.id, answer: 'Doch.' },
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const audit = await database.db
      .selectFrom('audit_entry')
      .select(['action', 'outcome'])
      .where('object_id', '=', tender.id)
      .where('action', 'in', [
        'tender.question.answered',
        'tender.interest.registered',
        'tender.interest.withdrawn',
      ])
      .execute();
    const count = (action: string, outcome: string) =>
      audit.filter((entry) => entry.action === action && entry.outcome === outcome).length;
    expect(count('tender.interest.registered', 'succeeded')).toBe(4);
    expect(count('tender.interest.withdrawn', 'succeeded')).toBe(1);
    expect(count('tender.question.answered', 'succeeded')).toBe(1);
    expect(count('tender.question.answered', 'refused')).toBe(1);
  });

  it('notifies the asker alone when nobody registered interest', async () => {
    const { tender, lead, vendorB } = await world();
    const [question] = (
      await listTenderQuestions({ ctx: as(lead), input: { tenderId: tender.id } })
    ).questions;
    await answerTenderQuestion({
      ctx: as(lead),
      input: { tenderId: tender.id, questionId: question!.id, answer: 'Ja.' },
    });
    const notices = await database.db
      .selectFrom('notice')
      .select('organisation_id')
      .where('object_id', '=', tender.id)
      .execute();
    expect(notices).toEqual([{ organisation_id: vendorB.organisation_id }]);
  });

  describe('API keys and other vendors', () => {
    it('lets a key with tenders:read register and ask, and refuses a key without it', async () => {
      const { tender, vendorA } = await world();
      const clock = fixedClock(beforeQuestionsDeadline);
      const keyWith = async (scopes: ('tenders:read' | 'bids:submit')[]): Promise<Principal> => {
        const key = await createApiKeyAs(database.db, clock, vendorA, {
          name: `key ${scopes.join(' ')}`,
          scopes,
          expiresAt: new Date('2027-12-31T00:00:00Z'),
        });
        return {
          kind: 'apiKey',
          keyId: key.key.id,
          organisationId: vendorA.organisation_id,
          scopes,
        };
      };
      const reader = await keyWith(['tenders:read']);
      const registered = await registerTenderInterest({
        ctx: ctx(reader),
        input: { tenderId: tender.id },
      });
      expect(registered.interestRegistered).toBe(true);
      const row = await database.db
        .selectFrom('tender_interest')
        .selectAll()
        .where('tender_id', '=', tender.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        organisation_id: vendorA.organisation_id,
        registered_by_user_id: null,
        registered_by_api_key_id: reader.kind === 'apiKey' ? reader.keyId : '',
      });
      const asked = await askTenderQuestion({
        ctx: ctx(reader),
        input: { tenderId: tender.id, text: 'Per Schnittstelle gefragt.' },
      });
      expect(asked.number).toBe(2);

      const other = await keyWith(['bids:submit']);
      await expect(
        registerTenderInterest({ ctx: ctx(other), input: { tenderId: tender.id } }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        askTenderQuestion({ ctx: ctx(other), input: { tenderId: tender.id, text: 'Darf ich?' } }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    });

    it('shows each vendor its own questions only', async () => {
      const { tender, vendorA, vendorB } = await world();
      await askTenderQuestion({
        ctx: as(vendorA),
        input: { tenderId: tender.id, text: 'Frage von A' },
      });
      const ofA = await listOwnTenderQuestions({
        ctx: as(vendorA),
        input: { tenderId: tender.id },
      });
      const ofB = await listOwnTenderQuestions({
        ctx: as(vendorB),
        input: { tenderId: tender.id },
      });
      expect(ofA.questions.map((question) => question.text)).toEqual(['Frage von A']);
      expect(ofB.questions.map((question) => question.text)).toEqual([
        'Ist eine Teilleistung zulässig?',
      ]);
    });
  });

  it('shows a tender cancelled after publication with its ground, and hides one cancelled as a draft', async () => {
    const { tender, lead } = await world();
    await database.db
      .updateTable('tender')
      .set({
        state: 'cancelled',
        cancelled_by: lead.id,
        cancelled_at: new Date('2027-02-01T10:00:00Z'),
        cancellation_ground: 'noEconomicResult',
        cancellation_reasons: 'Alle Angebote überschreiten das Budget deutlich.',
      })
      .where('id', '=', tender.id)
      .execute();
    const read = await getPublishedTender({ ctx: ctx(), input: { tenderId: tender.id } });
    expect(read.state).toBe('cancelled');
    expect(read.cancellation).toEqual({
      ground: 'noEconomicResult',
      label: {
        de: 'Kein wirtschaftliches Ergebnis erzielt',
        en: 'No economic result was obtained',
      },
      source: '§ 63 Abs. 1 Satz 1 Nr. 3 VgV',
      reasons: 'Alle Angebote überschreiten das Budget deutlich.',
      cancelledAt: '2027-02-01T10:00:00.000Z',
    });
    const closed = await listPublishedTenders({
      ctx: ctx(),
      input: { state: 'closed', limit: 100 },
    });
    expect(closed.tenders.map((item) => item.id)).toContain(tender.id);
    const open = await listPublishedTenders({ ctx: ctx(), input: { state: 'open', limit: 100 } });
    expect(open.tenders.map((item) => item.id)).not.toContain(tender.id);

    const never = await world('cancelled');
    await expect(
      getPublishedTender({ ctx: ctx(), input: { tenderId: never.tender.id } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
