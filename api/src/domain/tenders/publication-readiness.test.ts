import { describe, expect, it } from 'vitest';
import { publicationReadiness, type ReadinessInput } from './publication-readiness.ts';

const member = (
  userId: string,
  capacity: ReadinessInput['team'][number]['capacity'],
  deputyForUserId: string | null = null,
) => ({ userId, capacity, deputyForUserId, declared: true });

const ready: ReadinessInput = {
  regime: 'VgV',
  noLotsReasons: 'Eine einheitliche Leistung.',
  estimatedValueSet: true,
  submissionDeadlineSet: true,
  questionsDeadlineSet: true,
  bidValidityUntilSet: true,
  submissionDeadlineErrors: [],
  procedureGroundSet: false,
  procedureGroundSources: null,
  lots: [{ number: 1, schemeIssues: [] }],
  leadUserId: 'lead',
  team: [
    member('lead', 'officer'),
    member('o1', 'openingOfficer'),
    member('d1', 'openingDeputy', 'o1'),
    member('o2', 'openingOfficer'),
    member('d2', 'openingDeputy', 'o2'),
    member('o3', 'openingOfficer'),
    member('d3', 'openingDeputy', 'o3'),
  ],
  bidIntake: 'platform',
  openingKeyUserIds: [],
};

const ids = (input: ReadinessInput) => publicationReadiness(input).map((item) => item.id);

describe('publication readiness', () => {
  it('asks every opening officer and deputy for an opening passphrase when bids come to the vault', () => {
    const vault = { ...ready, bidIntake: 'vault' as const };
    expect(ids({ ...vault, openingKeyUserIds: ['o1', 'd1', 'o2', 'd2', 'o3', 'd3'] })).toEqual([]);
    const items = publicationReadiness({ ...vault, openingKeyUserIds: ['o1', 'd1', 'o2', 'd2'] });
    expect(items.map((i) => i.id)).toEqual(['openingKeyMissing', 'openingKeyMissing']);
    expect(items.map((i) => i.message.en).join(' ')).toMatch(/o3.*d3/);
  });

  it('finds nothing missing in a complete tender', () => {
    expect(publicationReadiness(ready)).toEqual([]);
  });

  it('asks for lots, each with a scheme that passes validation', () => {
    expect(ids({ ...ready, lots: [] })).toEqual(['lotsMissing']);
    const items = publicationReadiness({
      ...ready,
      lots: [
        { number: 1, schemeIssues: null },
        { number: 2, schemeIssues: [{ message: 'The weights sum to 9,000.' }] },
      ],
    });
    expect(items.map(({ id, pointer }) => ({ id, pointer }))).toEqual([
      { id: 'lotSchemeMissing', pointer: '/lots/0/scheme' },
      { id: 'lotSchemeInvalid', pointer: '/lots/1/scheme' },
    ]);
    expect(items[1]!.message.en).toContain('The weights sum to 9,000.');
    expect(items[0]!.sources).toContain('§ 127 Abs. 5 GWB');
  });

  it('asks for the reasons not to divide into lots only for a single lot (§ 97 (4) GWB)', () => {
    expect(ids({ ...ready, noLotsReasons: null })).toEqual(['noLotsReasonsMissing']);
    expect(
      ids({
        ...ready,
        noLotsReasons: null,
        lots: [
          { number: 1, schemeIssues: [] },
          { number: 2, schemeIssues: [] },
        ],
      }),
    ).toEqual([]);
  });

  it('asks for the value, the deadlines without errors, and a ground where the type needs one', () => {
    expect(
      ids({
        ...ready,
        estimatedValueSet: false,
        submissionDeadlineSet: false,
        questionsDeadlineSet: false,
        bidValidityUntilSet: false,
        procedureGroundSources: ['§ 14 Abs. 3 VgV'],
      }),
    ).toEqual([
      'estimatedValueMissing',
      'submissionDeadlineMissing',
      'questionsDeadlineMissing',
      'bidValidityMissing',
      'procedureGroundMissing',
    ]);
    const tooShort = publicationReadiness({
      ...ready,
      submissionDeadlineErrors: [
        {
          code: 'belowMinimumPeriod',
          text: { de: 'Zu kurz.', en: 'Too short.' },
          sources: ['§ 15 Abs. 2 VgV'],
        },
      ],
    });
    expect(tooShort).toEqual([
      {
        id: 'submissionDeadline.belowMinimumPeriod',
        pointer: '/submissionDeadline',
        message: { de: 'Zu kurz.', en: 'Too short.' },
        sources: ['§ 15 Abs. 2 VgV'],
      },
    ]);
  });

  it('asks for the team: the lead an officer, three opening officers with deputies, every declaration', () => {
    expect(
      ids({
        ...ready,
        team: [
          member('lead', 'evaluator'),
          member('o1', 'openingOfficer'),
          member('d1', 'openingDeputy', 'o1'),
          member('o2', 'openingOfficer'),
          { ...member('r', 'reviewer'), declared: false },
        ],
      }),
    ).toEqual([
      'leadNotOfficer',
      'openingOfficersTooFew',
      'openingDeputyMissing',
      'declarationMissing',
    ]);
  });
});
