import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { LocalizedText } from '../evaluation/common.ts';
import { TenderRecordVersion, TenderSchemeVersionSummary } from './schemes.ts';

/**
 * Something a tender still lacks before it may be published: its id, where it is (a JSON
 * pointer into the tender as `getTender` shows it), what is missing in German and English, and
 * the paragraphs that ask for it.
 */
export const TenderReadinessItem = z
  .strictObject({
    id: z.string().min(1).max(80),
    pointer: z.string().max(300),
    message: LocalizedText,
    sources: z.array(z.string().min(1).max(200)).max(10),
  })
  .meta({
    id: 'TenderReadinessItem',
    examples: [
      {
        id: 'openingOfficersTooFew',
        pointer: '/team',
        message: {
          de: 'Es sind mindestens drei Mitglieder für die Öffnung der Angebote zu benennen.',
          en: 'At least three opening officers are to be named.',
        },
        sources: ['§ 55 Abs. 2 VgV'],
      },
    ],
  });
export type TenderReadinessItem = z.output<typeof TenderReadinessItem>;

/** Everything a tender lacks before publication; empty when it is ready. */
export const TenderReadiness = z.array(TenderReadinessItem).meta({
  id: 'TenderReadiness',
  description:
    'What the tender still lacks before its publication may be asked for; empty when ready',
});
export type TenderReadiness = z.output<typeof TenderReadiness>;

export const TenderVersionInput = z
  .strictObject({ version: TenderRecordVersion })
  .meta({ id: 'TenderVersionInput', examples: [{ version: 7 }] });
export type TenderVersionInput = z.output<typeof TenderVersionInput>;

export const TenderVersionQuery = z.strictObject({
  version: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'a version number from 1')
    .transform(Number)
    .meta({
      description: 'The tender’s version you read; 409 when it changed since',
      examples: ['7'],
    }),
});
export type TenderVersionQuery = z.output<typeof TenderVersionQuery>;

/** A tender's request for publication, or none. */
export const TenderPublicationRequestResponse = z
  .strictObject({
    tenderId: ResourceId,
    version: z.int().min(1),
    /** Null once withdrawn (or when none was made). */
    request: z
      .strictObject({
        requestedBy: ResourceId,
        requestedAt: Timestamp,
        /** The tender's version the request was made on; any later change voids it. */
        requestedVersion: z.int().min(1),
      })
      .nullable(),
  })
  .meta({
    id: 'TenderPublicationRequestResponse',
    examples: [
      {
        tenderId: '3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21',
        version: 8,
        request: {
          requestedBy: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
          requestedAt: '2027-01-17T15:20:00.000Z',
          requestedVersion: 8,
        },
      },
    ],
  });
export type TenderPublicationRequestResponse = z.output<typeof TenderPublicationRequestResponse>;

/** The published tender's frozen scheme versions, one per lot, with their commitments. */
export const TenderPublicationResponse = z
  .strictObject({
    tenderId: ResourceId,
    version: z.int().min(1),
    state: z.literal('published'),
    requestedBy: ResourceId,
    approvedBy: ResourceId,
    publishedAt: Timestamp,
    schemeVersions: z.array(TenderSchemeVersionSummary),
  })
  .meta({
    id: 'TenderPublicationResponse',
    examples: [
      {
        tenderId: '3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21',
        version: 9,
        state: 'published',
        requestedBy: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
        approvedBy: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        publishedAt: '2027-01-18T09:00:00.000Z',
        schemeVersions: [
          {
            tenderId: '3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21',
            lotNumber: 1,
            number: 1,
            commitment: '3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b',
            correctionNumber: null,
            createdBy: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
            createdAt: '2027-01-18T09:00:00.000Z',
          },
        ],
      },
    ],
  });
export type TenderPublicationResponse = z.output<typeof TenderPublicationResponse>;
