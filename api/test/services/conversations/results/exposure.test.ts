import { AssistantMessage } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerResultQuestion } from '../../../../src/services/conversations/results/answer-result-question.ts';
import { seedPublishedService } from '../../../fixtures/registry-data.ts';
import { completeContent, germanVendor } from '../../../fixtures/self-assessments.ts';
import {
  describeDatabase,
  openTestDatabase,
  type TestDatabase,
} from '../../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../../harness/service-context.ts';
import { reviewOnTemplate } from '../../../routes/registry/review-on-template.ts';
import { reviewsApp, type Caller } from '../../../routes/options-reviews/app.ts';
import { catalogueLoaded } from '../../../security/access/fixtures/catalogue.ts';
import { seedOrganisation } from '../../accounts/fixtures.ts';

describeDatabase('which options a foreign law reaches', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let lead: Caller;
  let reviewId: string;

  const ask = async (law?: 'cloudAct' | 'sanctions') =>
    AssistantMessage.parse(
      await answerResultQuestion(
        serviceContextFor(
          database.db,
          api.clock,
          userPrincipal({ id: lead.id, organisation_id: lead.organisationId, role: 'officer' }),
        ),
        { reviewId, question: { kind: 'exposure', ...(law && { law }) } },
      ),
    );

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    await catalogueLoaded(database.db, api.clock);
    let officer: Caller;
    ({ lead, officer } = await api.authority());
    const vendorId = (await seedOrganisation(database.db, 'vendor')).id;
    const services = [
      // German provider, German owners, nothing left open: not exposed.
      { name: 'Nordwolke', vendor: germanVendor(), content: completeContent() },
      // A provider seated in the US is under US jurisdiction whatever it declares.
      {
        name: 'Fernwolke',
        vendor: germanVendor({
          legalName: 'Fernwolke Inc. (fiktiv)',
          registeredOffice: { city: 'Seattle', country: 'US' },
          ownerChain: [],
        }),
        content: completeContent(),
      },
      // US jurisdiction left open in the self-assessment: undetermined.
      {
        name: 'Nebelwolke',
        vendor: germanVendor(),
        content: completeContent({
          legalExposure: {
            usJurisdiction: 'unknown',
            disconnectTested: true,
            russiaLinks: {
              establishedInRussia: false,
              russianOwnershipOver50Percent: false,
              actingForRussianEntity: false,
              russianSubcontractorsOver10Percent: false,
            },
          },
        }),
      },
    ];
    reviewId = await reviewOnTemplate(api, lead, [officer]);
    for (const service of services) {
      const seeded = await seedPublishedService(database.db, {
        organisationId: vendorId,
        name: `${service.name} ${backend}`,
        vendor: service.vendor,
        content: service.content,
      });
      const created = await api.call(lead, 'POST', `/${reviewId}/options/from-registry`, {
        serviceId: seeded.serviceId,
        versionNumber: 1,
        name: service.name,
      });
      if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    }
    // Entered by hand: no self-assessment to assess.
    const own = await api.call(lead, 'POST', `/${reviewId}/options`, { name: 'Eigenbetrieb' });
    if (own.status !== 201) throw new Error(JSON.stringify(own.body));
  });
  afterAll(() => database.close());

  it('lists exactly the exposed options and leaves the undetermined undetermined', async () => {
    const answer = await ask('cloudAct');
    expect(answer.kind).toBe('answer');
    expect(
      Object.fromEntries((answer.figures ?? []).map((item) => [item.label.en, item.value])),
    ).toEqual({
      Nordwolke: 'notExposed',
      Fernwolke: 'exposed',
      Nebelwolke: 'undetermined',
      Eigenbetrieb: 'undetermined',
    });
    expect(answer.text.en).toContain(' Exposed: Fernwolke.');
    expect(answer.text.de).toContain(' Betroffen: Fernwolke.');
    expect(answer.rules?.[0]?.source).toMatch(/CLOUD Act|2713/);
    // Nobody is reached by the sanctions rule on these declarations.
    const sanctions = await ask('sanctions');
    expect(sanctions.figures?.filter((item) => item.value === 'excluded')).toEqual([]);
    expect((await ask()).kind).toBe('info');
  });
});
