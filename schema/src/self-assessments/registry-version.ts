import { z } from 'zod';
import { ResourceId } from '../administration/common.ts';
import { evidenceMediaTypes } from './evidence.ts';
import { SelfAssessmentVersionResponse } from './versions.ts';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * An evidence document a published version cites, as the reading authority may see it (ADR 0033).
 * A confidential report the vendor has not granted the reader's authority (§ 41 (3) VgV) shows
 * only that it exists and its SHA-256, so a copy received from the vendor under a non-disclosure
 * agreement can be checked against the cited one; its title, type and size stay with the vendor
 * and the authorities it granted (null here).
 */
export const RegistryEvidenceDocument = z
  .strictObject({
    id: ResourceId,
    title: z.string().nullable(),
    mediaType: z.enum(evidenceMediaTypes).nullable(),
    byteSize: z.int().min(1).nullable(),
    sha256: Sha256,
    /** Readable only by the vendor and the authorities it granted access (§ 41 (3) VgV). */
    confidential: z.boolean(),
    /** Whether the reader's authority may download it now: public, or granted and not revoked. */
    readable: z.boolean(),
  })
  .meta({
    id: 'RegistryEvidenceDocument',
    description:
      'A cited evidence document. Of a confidential one the reader’s authority may not download ' +
      '(§ 41 (3) VgV) only its SHA-256 is shown; title, mediaType and byteSize are null.',
  });
export type RegistryEvidenceDocument = z.output<typeof RegistryEvidenceDocument>;

/** A published version as an authority reads it: with the evidence documents it cites. */
export const RegistryVersionResponse = SelfAssessmentVersionResponse.extend({
  /** One entry per evidence document the attestations cite, in the order first cited. */
  documents: z.array(RegistryEvidenceDocument).max(30),
}).meta({ id: 'RegistryVersionResponse' });
export type RegistryVersionResponse = z.output<typeof RegistryVersionResponse>;
