import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { CalendarDate } from '../evaluation/common.ts';
import { RecordVersion } from '../options-reviews/review.ts';
import { SelfAssessmentContent } from './content.ts';
import { VendorProfile } from './profile.ts';
import { VersionRef } from './services.ts';

export const selfAssessmentStatusNames = ['draft', 'published'] as const;
export const SelfAssessmentStatus = z.enum(selfAssessmentStatusNames).meta({
  id: 'SelfAssessmentStatus',
  description: '`draft`: the vendor edits it; `published`: immutable, citable by number and date',
});

export const validityStatusNames = ['valid', 'expired', 'notYetValid', 'undetermined'] as const;

/** An attestation's validity judged on a named date by its scheme's rule. */
export const AttestationValidity = z
  .strictObject({
    attestationId: z.string(),
    on: CalendarDate,
    status: z.enum(validityStatusNames),
    validFrom: CalendarDate.nullable(),
    validUntil: CalendarDate.nullable(),
    /** Which kind of rule applied (the catalogue entry's `validityRule.kind`), or null if none. */
    rule: z.string().nullable(),
    reason: z.strictObject({ de: z.string(), en: z.string() }),
  })
  .meta({ id: 'AttestationValidity' });
export type AttestationValidity = z.output<typeof AttestationValidity>;

/** Create the service's draft: empty, or a copy of a published version's content. */
export const CreateSelfAssessmentDraftInput = z
  .strictObject({ copyOf: z.int().min(1).max(999_999_999).optional() })
  .meta({ id: 'CreateSelfAssessmentDraftInput' });
export type CreateSelfAssessmentDraftInput = z.output<typeof CreateSelfAssessmentDraftInput>;

export const SaveSelfAssessmentDraftInput = z
  .strictObject({ content: SelfAssessmentContent, version: RecordVersion })
  .meta({ id: 'SaveSelfAssessmentDraftInput' });
export type SaveSelfAssessmentDraftInput = z.output<typeof SaveSelfAssessmentDraftInput>;

export const PublishSelfAssessmentInput = z
  .strictObject({ version: RecordVersion })
  .meta({ id: 'PublishSelfAssessmentInput' });
export type PublishSelfAssessmentInput = z.output<typeof PublishSelfAssessmentInput>;

export const SelfAssessmentVersionResponse = z
  .strictObject({
    id: ResourceId,
    serviceId: ResourceId,
    number: z.int().min(1),
    status: SelfAssessmentStatus,
    content: SelfAssessmentContent,
    /** The vendor's profile as published with this version; null for a draft. */
    vendor: VendorProfile.nullable(),
    /** SHA-256 of the canonical JSON of `{ content, vendor }`; null for a draft. */
    contentSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    publishedAt: Timestamp.nullable(),
    /** The attestations judged on `validOn` (the request's date, else today). */
    validity: z.array(AttestationValidity),
    version: RecordVersion,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'SelfAssessmentVersionResponse' });
export type SelfAssessmentVersionResponse = z.output<typeof SelfAssessmentVersionResponse>;

export const SelfAssessmentVersionListResponse = z
  .strictObject({ items: z.array(VersionRef.extend({ status: SelfAssessmentStatus })) })
  .meta({ id: 'SelfAssessmentVersionListResponse' });
export type SelfAssessmentVersionListResponse = z.output<typeof SelfAssessmentVersionListResponse>;

/** `?validOn=YYYY-MM-DD`: the date attestations are judged on; today when absent. */
export const ValidOnQuery = z.strictObject({ validOn: CalendarDate.optional() });
