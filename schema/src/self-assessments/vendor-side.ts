import { z } from 'zod';
import { ResourceId } from '../administration/common.ts';
import { CalendarDate } from '../evaluation/common.ts';

/** `/vendor-services/{serviceId}`. */
export const VendorServiceParams = z.strictObject({
  serviceId: ResourceId.meta({
    param: { name: 'serviceId', in: 'path' },
    examples: ['3c4d5e6f-7081-4a92-8b3c-4d5e6f708192'],
  }),
});

/** `/vendor-services/{serviceId}/versions/{number}`. */
export const SelfAssessmentVersionParams = VendorServiceParams.extend({
  number: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'a version number: a whole number from 1')
    .transform(Number)
    .meta({ param: { name: 'number', in: 'path' }, examples: ['1'] }),
});

export const attestationWarningDefaultDays = 90;
export const attestationWarningMaxDays = 730;

/** `?withinDays=90`: how far ahead expiring attestations are listed. */
export const AttestationWarningsQuery = z.strictObject({
  withinDays: z
    .string()
    .regex(/^\d{1,3}$/, `a whole number of days from 0 to ${attestationWarningMaxDays}`)
    .transform(Number)
    .pipe(z.int().min(0).max(attestationWarningMaxDays))
    .optional()
    .meta({
      description: `Days ahead, 0 to ${attestationWarningMaxDays}; ${attestationWarningDefaultDays} when omitted`,
      examples: ['90'],
    }),
});

/** An attestation of a service's latest published version that expires soon or has expired. */
export const AttestationWarning = z.strictObject({
  serviceId: ResourceId,
  serviceName: z.string(),
  versionNumber: z.int().min(1),
  attestationId: z.string(),
  scheme: z.string(),
  type: z.string().nullable(),
  /** The last day it is valid, by the scheme's rule. */
  validUntil: CalendarDate,
  status: z.enum(['expiring', 'expired']),
  /** Days from today to `validUntil`: negative once expired, 0 on the last valid day. */
  daysLeft: z.int(),
});
export type AttestationWarning = z.output<typeof AttestationWarning>;

export const AttestationWarningListResponse = z
  .strictObject({
    /** Today, as the warnings were judged (Europe/Berlin). */
    today: CalendarDate,
    withinDays: z.int().min(0).max(attestationWarningMaxDays),
    items: z.array(AttestationWarning),
  })
  .meta({ id: 'AttestationWarningListResponse' });
export type AttestationWarningListResponse = z.output<typeof AttestationWarningListResponse>;
