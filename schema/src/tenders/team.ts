import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { UserRole } from '../administration/users.ts';
import { LocalizedText } from '../evaluation/common.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';

/** A tender version number as sent back with a change (see `RecordVersion`). */
const TenderVersion = z
  .int()
  .min(1)
  .meta({
    description:
      'The tender’s version you read; the change is refused with 409 if the tender changed since',
    examples: [4],
  });

export const tenderTeamCapacityNames = [
  'officer',
  'openingOfficer',
  'openingDeputy',
  'evaluator',
  'reviewer',
] as const;

export const TenderTeamCapacity = z.enum(tenderTeamCapacityNames).meta({
  id: 'TenderTeamCapacity',
  description:
    '`officer`: prepares and runs the procedure (the lead is one); `openingOfficer`: opens the ' +
    'bids (§ 55 (2) VgV); `openingDeputy`: stands in for one opening officer; `evaluator`: scores ' +
    'the bids; `reviewer`: reads and checks',
});
export type TenderTeamCapacity = z.output<typeof TenderTeamCapacity>;

export const TenderTeamParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
});
export type TenderTeamParams = z.output<typeof TenderTeamParams>;

export const TenderTeamMemberParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
  userId: ResourceId.meta({ param: { name: 'userId', in: 'path' } }),
  capacity: TenderTeamCapacity.meta({ param: { name: 'capacity', in: 'path' } }),
});
export type TenderTeamMemberParams = z.output<typeof TenderTeamMemberParams>;

export const RemoveTenderTeamMemberQuery = z.strictObject({
  version: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'a version number')
    .transform(Number)
    .meta({
      description:
        'The tender’s version you read; the removal is refused with 409 if the tender changed since',
      examples: ['4'],
    }),
});
export type RemoveTenderTeamMemberQuery = z.output<typeof RemoveTenderTeamMemberQuery>;

export const AddTenderTeamMemberInput = z
  .strictObject({
    userId: ResourceId.meta({
      description: 'An enabled officer or reviewer of the tender’s authority',
    }),
    capacity: TenderTeamCapacity,
    deputyFor: ResourceId.optional().meta({
      description:
        'Only with `openingDeputy`, and required there: the opening officer of the team this ' +
        'member stands in for',
    }),
    version: TenderVersion,
  })
  .meta({
    id: 'AddTenderTeamMemberInput',
    examples: [
      {
        userId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
        capacity: 'openingDeputy',
        deputyFor: '3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f',
        version: 4,
      },
    ],
  });
export type AddTenderTeamMemberInput = z.output<typeof AddTenderTeamMemberInput>;

export const DeclareNoConflictOfInterestInput = z
  .strictObject({
    textVersion: z
      .string()
      .min(1)
      .max(40)
      .meta({
        description:
          'The version of the declaration text you read and declare (`declarationText.version` ' +
          'of the team); a text changed since is refused with 409',
        examples: ['2026-12-vgv6-1'],
      }),
  })
  .meta({ id: 'DeclareNoConflictOfInterestInput', examples: [{ textVersion: '2026-12-vgv6-1' }] });
export type DeclareNoConflictOfInterestInput = z.output<typeof DeclareNoConflictOfInterestInput>;

/** A user as the team shows them. */
export const TenderTeamPerson = z
  .strictObject({ userId: ResourceId, displayName: z.string() })
  .meta({ id: 'TenderTeamPerson' });
export type TenderTeamPerson = z.output<typeof TenderTeamPerson>;

/** One capacity a member holds, who added it and when, and its declaration (§ 6 VgV). */
export const TenderTeamMembership = z
  .strictObject({
    capacity: TenderTeamCapacity,
    deputyFor: TenderTeamPerson.nullable().meta({
      description: 'For `openingDeputy`: the opening officer stood in for; else null',
    }),
    addedBy: TenderTeamPerson,
    addedAt: Timestamp,
    declaredAt: Timestamp.nullable().meta({
      description:
        'When the member declared no conflict of interest for this capacity (§ 6 VgV); null ' +
        'until then. A capacity added after a declaration needs a declaration of its own.',
    }),
    declarationVersion: z.string().nullable().meta({
      description: 'The version of the declaration text declared; null until declared',
    }),
  })
  .meta({ id: 'TenderTeamMembership' });
export type TenderTeamMembership = z.output<typeof TenderTeamMembership>;

export const TenderTeamMember = z
  .strictObject({
    userId: ResourceId,
    displayName: z.string(),
    role: UserRole,
    enabled: z.boolean().meta({ description: 'False for a user disabled since being added' }),
    lead: z.boolean().meta({ description: 'Whether the member leads the tender' }),
    capacities: z.array(TenderTeamMembership).min(1),
    declared: z.boolean().meta({
      description: 'Whether the member has declared for every capacity held (§ 6 VgV)',
    }),
  })
  .meta({ id: 'TenderTeamMember' });
export type TenderTeamMember = z.output<typeof TenderTeamMember>;

/** Something the team lacks for the publication, with the rule it rests on. */
export const TenderTeamFinding = z
  .strictObject({
    id: z.string().min(1).max(80),
    message: LocalizedText,
    source: z.string().min(1).max(300),
    userId: ResourceId.nullable().meta({ description: 'The member concerned, if one is' }),
  })
  .meta({ id: 'TenderTeamFinding' });
export type TenderTeamFinding = z.output<typeof TenderTeamFinding>;

/** The text every member declares, in both languages, with its version and legal basis. */
export const ConflictDeclarationText = z
  .strictObject({
    version: z.string(),
    text: z.strictObject({ de: z.string(), en: z.string() }),
    source: z.string(),
  })
  .meta({ id: 'ConflictDeclarationText' });
export type ConflictDeclarationText = z.output<typeof ConflictDeclarationText>;

export const TenderTeamResponse = z
  .strictObject({
    tenderId: ResourceId,
    version: z.int().min(1).meta({ description: 'The tender’s version; send it with a change' }),
    leadUserId: ResourceId,
    members: z.array(TenderTeamMember),
    findings: z.array(TenderTeamFinding).meta({
      description:
        'What the team lacks for the publication (empty when nothing): the lead is an officer, ' +
        'three opening officers each with a deputy, every member declared',
    }),
    declarationText: ConflictDeclarationText,
  })
  .meta({
    id: 'TenderTeamResponse',
    description: 'The tender’s team in the order added, one entry per user with its capacities',
  });
export type TenderTeamResponse = z.output<typeof TenderTeamResponse>;

export const TenderTeamCandidate = z
  .strictObject({
    userId: ResourceId,
    displayName: z.string(),
    role: UserRole,
    held: z.array(TenderTeamCapacity).meta({ description: 'Capacities held on the team already' }),
    available: z.array(TenderTeamCapacity).meta({
      description: 'Capacities the user may be added in: allowed by the role, not yet held',
    }),
  })
  .meta({ id: 'TenderTeamCandidate' });
export type TenderTeamCandidate = z.output<typeof TenderTeamCandidate>;

export const TenderTeamCandidateListQuery = z.strictObject(pageQueryFields);
export type TenderTeamCandidateListQuery = z.output<typeof TenderTeamCandidateListQuery>;

export const TenderTeamCandidateListResponse = z
  .strictObject({ candidates: z.array(TenderTeamCandidate), nextCursor: NextCursor })
  .meta({
    id: 'TenderTeamCandidateListResponse',
    description:
      'The enabled officers and reviewers of the tender’s authority, in the order their ' +
      'accounts were created, with the capacities each may still take',
  });
export type TenderTeamCandidateListResponse = z.output<typeof TenderTeamCandidateListResponse>;
