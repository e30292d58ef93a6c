import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { CountryCode } from '../catalogue/offer-self-assessment.ts';
import { RecordVersion } from '../options-reviews/review.ts';

const Name = z.string().trim().min(1).max(200);

/** A company in the vendor's group, from the vendor upwards. */
export const OwnerLink = z.strictObject({
  name: Name,
  country: CountryCode.meta({ description: 'Where the company is incorporated' }),
  /** Share of capital and votes it holds in the company below it, if known. */
  sharePercent: z.number().min(0).max(100).optional(),
  /** Whether it controls (directly or indirectly) the vendor. */
  controls: z.boolean(),
});
export type OwnerLink = z.output<typeof OwnerLink>;

export const VendorContact = z.strictObject({
  name: Name,
  role: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(254),
  phone: z.string().trim().min(3).max(40).optional(),
});

/**
 * Who the vendor is, as facts: its legal name, registered office and group structure. The owner
 * chain feeds the legal-exposure assessment (which laws can reach the service); it is never a
 * score (DESIGN.md: seat, owner and origin are no award criteria).
 */
export const VendorProfile = z
  .strictObject({
    legalName: Name,
    registeredOffice: z.strictObject({
      street: z.string().trim().min(1).max(200).optional(),
      postalCode: z.string().trim().min(1).max(20).optional(),
      city: z.string().trim().min(1).max(100),
      country: CountryCode,
    }),
    ownerChain: z.array(OwnerLink).max(20).default([]),
    contacts: z.array(VendorContact).max(10).default([]),
    website: z
      .url({ protocol: /^https$/ })
      .max(500)
      .optional(),
  })
  .meta({
    id: 'VendorProfile',
    examples: [
      {
        legalName: 'Nordwolke GmbH (fiktiv)',
        registeredOffice: {
          street: 'Hafenstraße 1',
          postalCode: '20457',
          city: 'Hamburg',
          country: 'DE',
        },
        ownerChain: [
          {
            name: 'Nordwolke Holding SE (fiktiv)',
            country: 'DE',
            sharePercent: 100,
            controls: true,
          },
        ],
        contacts: [
          { name: 'Jana Beispiel', role: 'Public Sector', email: 'vergabe@nordwolke.example' },
        ],
      },
    ],
  });
export type VendorProfile = z.output<typeof VendorProfile>;

export const SaveVendorProfileInput = z
  .strictObject({
    profile: VendorProfile,
    /** The version read; absent when the profile is created. */
    version: RecordVersion.optional(),
  })
  .meta({ id: 'SaveVendorProfileInput' });
export type SaveVendorProfileInput = z.output<typeof SaveVendorProfileInput>;

export const VendorProfileResponse = z
  .strictObject({
    organisationId: ResourceId,
    profile: VendorProfile,
    version: RecordVersion,
    updatedAt: Timestamp,
  })
  .meta({ id: 'VendorProfileResponse' });
export type VendorProfileResponse = z.output<typeof VendorProfileResponse>;
