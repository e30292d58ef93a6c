import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { RecordVersion } from '../options-reviews/review.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';

const ServiceFields = {
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .meta({ description: 'Unique per vendor', examples: ['Sovereign Cloud IaaS, Region DE'] }),
  summary: z.string().trim().min(1).max(2_000).optional(),
};

export const CreateVendorServiceInput = z
  .strictObject(ServiceFields)
  .meta({ id: 'CreateVendorServiceInput' });
export type CreateVendorServiceInput = z.output<typeof CreateVendorServiceInput>;

export const UpdateVendorServiceInput = z
  .strictObject({ ...ServiceFields, version: RecordVersion })
  .meta({ id: 'UpdateVendorServiceInput' });
export type UpdateVendorServiceInput = z.output<typeof UpdateVendorServiceInput>;

/** A version as a list names it. */
export const VersionRef = z.strictObject({
  id: ResourceId,
  number: z.int().min(1),
  /** Published versions only. */
  publishedAt: Timestamp.nullable(),
});

export const VendorServiceResponse = z
  .strictObject({
    id: ResourceId,
    organisationId: ResourceId,
    /** The vendor's legal name from its profile, else its organisation's name. */
    vendorName: z.string(),
    name: z.string(),
    summary: z.string().nullable(),
    latestPublished: VersionRef.nullable(),
    /** The draft in progress; shown to the vendor only (null for buyers). */
    draft: VersionRef.nullable(),
    version: RecordVersion,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'VendorServiceResponse' });
export type VendorServiceResponse = z.output<typeof VendorServiceResponse>;

export const VendorServiceListQuery = z.strictObject(pageQueryFields);
export const VendorServiceListResponse = z
  .strictObject({ items: z.array(VendorServiceResponse), nextCursor: NextCursor })
  .meta({ id: 'VendorServiceListResponse' });
export type VendorServiceListResponse = z.output<typeof VendorServiceListResponse>;
