import { readSeed } from '@tenderwise/seed';
import {
  CatalogueEntryListResponse,
  CatalogueIndexResponse,
  EvaluateResponse,
  EvaluationTemplate,
  LegalExposureResponse,
  legalExposureRequestExample,
  Problem,
  RecommendationResponse,
  recommendationRequestExample,
  RuleListResponse,
  StoredCatalogueEntry,
  TemplateListResponse,
  type SeedBundle,
} from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../../src/app.ts';
import { loadCatalogue } from '../../../src/services/catalogue/load-catalogue.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedOperator, testServiceContext } from '../../harness/service-context.ts';
import { jsonRequest } from '../../http/test-app.ts';
import { madeUpBid } from './made-up-bids.ts';

describeDatabase('the catalogue API', (backend) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let bundle: SeedBundle;
  const get = (path: string) => app.request(path);
  const post = (path: string, body: unknown) =>
    app.request(path, jsonRequest(JSON.stringify(body)));

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    const clock = fixedClock();
    app = createApp({
      db: database.db,
      clock,
      config: loadConfig({}),
      logger: createLogger('silent'),
      backend,
    });
    bundle = await readSeed();
  });
  afterAll(() => database.close());

  it('answers with empty lists before the catalogue is loaded', async () => {
    const index = CatalogueIndexResponse.parse(await (await get('/api/v1/catalogue')).json());
    expect(index).toEqual({ catalogues: [], entryCount: 0, verifiedCount: 0, verifiedShare: 0 });
    const templates = TemplateListResponse.parse(await (await get('/api/v1/templates')).json());
    expect(templates.templates).toEqual([]);
    await loadCatalogue({
      ctx: testServiceContext(database.db, { principal: seedOperator }),
      input: bundle,
    });
  });

  it('lists the catalogues with versions, changelogs and the share of verified entries', async () => {
    const response = await get('/api/v1/catalogue');
    expect(response.status).toBe(200);
    const index = CatalogueIndexResponse.parse(await response.json());
    const entries = bundle.catalogues.flatMap((file) => file.entries);
    const verified = entries.filter((entry) => entry.verified).length;
    expect(index.catalogues.map((item) => [item.id, item.version, item.entryCount])).toEqual(
      [...bundle.catalogues]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((file) => [file.id, file.version, file.entries.length]),
    );
    expect(index).toMatchObject({ entryCount: entries.length, verifiedCount: verified });
    expect(index.verifiedShare).toBeCloseTo(verified / entries.length, 4);
  });

  it('filters entries by catalogue, legal type and verification, in catalogue order', async () => {
    const c3a = CatalogueEntryListResponse.parse(
      await (await get('/api/v1/catalogue/entries?catalogue=c3a&legalType=restricted')).json(),
    );
    expect(c3a.entries.map(({ entry }) => entry.id)).toEqual([
      'c3a.sov-1-02-c1',
      'c3a.sov-1-02-c2',
      'c3a.sov-1-03-c1',
      'c3a.sov-1-03-c2',
      'c3a.sov-4-01-c3',
    ]);
    expect(c3a.entries[0]!.catalogue).toEqual({
      id: 'c3a',
      version: bundle.catalogues.find((file) => file.id === 'c3a')!.version,
    });
    const unverified = CatalogueEntryListResponse.parse(
      await (await get('/api/v1/catalogue/entries?verified=false')).json(),
    );
    expect(unverified.entries.length).toBeGreaterThan(0);
    expect(unverified.entries.every(({ entry }) => !entry.verified)).toBe(true);
    const rulings = CatalogueEntryListResponse.parse(
      await (await get('/api/v1/catalogue/entries?kind=ruling')).json(),
    );
    expect(rulings.entries.map(({ entry }) => entry.id)).toContain('law.cjeu-c-652-22-kolin');

    const unknown = await get('/api/v1/catalogue/entries?color=blue');
    expect(unknown.status).toBe(422);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
  });

  it('fetches one entry by id, and answers 404 problem+json for an unknown one', async () => {
    const response = await get('/api/v1/catalogue/entries/csf.sov-5');
    expect(response.status).toBe(200);
    const stored = StoredCatalogueEntry.parse(await response.json());
    expect(stored.entry).toMatchObject({
      kind: 'sovereigntyObjective',
      objective: { code: 'SOV-5', defaultWeightPercent: 20 },
      verified: true,
    });
    expect(stored.entry.sources[0]!.url).toMatch(/^https:\/\/commission\.europa\.eu\//);

    const missing = await get('/api/v1/catalogue/entries/csf.sov-9');
    expect(missing.status).toBe(404);
    expect(Problem.parse(await missing.json()).detail).toBe(
      'There is no catalogue entry "csf.sov-9".',
    );
  });

  it('lists and fetches templates whose schemes the evaluate endpoint accepts as they are', async () => {
    const list = TemplateListResponse.parse(await (await get('/api/v1/templates')).json());
    expect(list.templates.map((item) => [item.id, item.method])).toEqual([
      ['gpu-compute-ai-research', 'weightedSum'],
      ['kritis-sovereign-cloud', 'weightedSum'],
      ['state-collaboration-suite', 'ufabExtended'],
    ]);
    for (const { id } of list.templates) {
      const template = EvaluationTemplate.parse(
        await (await get(`/api/v1/templates/${id}`)).json(),
      );
      const bids = [
        madeUpBid(template.scheme, 'a', 'strong', 2_000_000),
        madeUpBid(template.scheme, 'b', 'middling', 1_500_000),
      ];
      const evaluated = await post('/api/v1/analysis/evaluate', { scheme: template.scheme, bids });
      expect(evaluated.status, id).toBe(200);
      const result = EvaluateResponse.parse(await evaluated.json());
      expect(
        result.ranking.filter((bid) => bid.rank !== null),
        id,
      ).toHaveLength(2);
    }
    expect((await get('/api/v1/templates/no-such-template')).status).toBe(404);
  });

  it('lists the rule files with their rules', async () => {
    const rules = RuleListResponse.parse(await (await get('/api/v1/catalogue/rules')).json());
    expect(rules.recommendation.map((file) => file.id)).toEqual(['recommendations']);
    expect(rules.legalExposure.map((file) => file.id)).toEqual(['legal-exposure-rules']);
    expect(rules.recommendation[0]!.rules.length).toBe(
      bundle.rules.find((file) => file.id === 'recommendations')!.rules.length,
    );
  });

  it('recommends criteria for the documented health-insurer example, C5 type 2 as a duty', async () => {
    const response = await post('/api/v1/recommendations', recommendationRequestExample);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const answer = RecommendationResponse.parse(await response.json());
    expect(answer.applied.map((rule) => rule.ruleId)).toEqual([
      'recommend.health-c5-type-2',
      'recommend.nis2-supply-chain',
      'recommend.nis2-supply-chain-evidence',
      'recommend.personal-data',
      'recommend.sanctions-declaration',
      'recommend.life-cycle-cost',
      'recommend.sovereignty-baseline',
    ]);
    expect(answer.criteria.find((item) => item.entryId === 'assurance.c5-type-2')?.obligation).toBe(
      'duty',
    );
  });

  it('refuses a context with an unknown sector or a missing field with 422', async () => {
    const wrong = await post('/api/v1/recommendations', {
      context: { ...recommendationRequestExample.context, sector: 'space' },
    });
    expect(wrong.status).toBe(422);
    const { aboveEuThreshold: _, ...incomplete } = recommendationRequestExample.context;
    expect((await post('/api/v1/recommendations', { context: incomplete })).status).toBe(422);
  });

  it('assesses the documented offer of a US group’s German subsidiary', async () => {
    const response = await post('/api/v1/legal-exposure-assessments', legalExposureRequestExample);
    expect(response.status).toBe(200);
    const answer = LegalExposureResponse.parse(await response.json());
    const findings = Object.fromEntries(answer.answers.map((item) => [item.ruleId, item.finding]));
    expect(findings).toMatchObject({
      'exposure.us-cloud-act': 'exposed',
      'exposure.fisa-702': 'exposed',
      'exposure.third-country-processing': 'notExposed',
      'exposure.non-eea-control': 'exposed',
      'exposure.sanctions-art-5k': 'notExposed',
      'exposure.disconnect-readiness': 'exposed',
    });
    expect(answer.ruleFiles).toEqual([{ id: 'legal-exposure-rules', version: '1.0.0' }]);
  });

  it('refuses an offer with a malformed country code', async () => {
    const response = await post('/api/v1/legal-exposure-assessments', {
      offer: { ...legalExposureRequestExample.offer, dataLocations: ['Germany'] },
    });
    expect(response.status).toBe(422);
    expect(Problem.parse(await response.json()).errors?.[0]?.pointer).toBe(
      '/offer/dataLocations/0',
    );
  });
});
