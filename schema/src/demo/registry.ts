import { z } from 'zod';
import { Attestation, SelfAssessmentContent } from '../self-assessments/content.ts';
import { VendorProfile } from '../self-assessments/profile.ts';
import { DemoKey, fictionalNameMark } from './accounts.ts';

/**
 * The demo's part of the vendor self-assessment registry (`seed/demo/registry.json`): profiles
 * of the fictional vendors of the accounts part, their services with published self-assessment
 * versions, small fictional evidence documents (PDFs made by the loader, marked "FIKTIV /
 * FICTIONAL") and grants of confidential evidence to the demo authority. Vendors, people and
 * authorities are named by their keys in `accounts.json`.
 */

const endsFictional = (text: string) => text.endsWith(` ${fictionalNameMark}`);
const fictionalMessage = { message: `must end with " ${fictionalNameMark}"` };

/** An evidence document; the loader prints `text` into a one-page PDF under the fictional mark. */
export const DemoEvidence = z.strictObject({
  key: DemoKey,
  title: z.string().trim().min(1).max(200).refine(endsFictional, fictionalMessage),
  confidential: z.boolean(),
  text: z.array(z.string().trim().min(1).max(200)).min(1).max(40),
});
export type DemoEvidence = z.output<typeof DemoEvidence>;

/** An attestation whose evidence is a document of the service, named by its demo key. */
export const DemoAttestation = Attestation.omit({ evidence: true }).extend({
  evidenceDocument: DemoKey.optional(),
});
export type DemoAttestation = z.output<typeof DemoAttestation>;

/** A published version's content, its attestations citing demo documents by key. */
export const DemoSelfAssessment = SelfAssessmentContent.omit({ attestations: true }).extend({
  attestations: z.array(DemoAttestation).max(30).default([]),
});
export type DemoSelfAssessment = z.output<typeof DemoSelfAssessment>;

export const DemoVendorService = z.strictObject({
  key: DemoKey,
  name: z.string().trim().min(1).max(200).refine(endsFictional, fictionalMessage),
  summary: z.string().trim().min(1).max(2_000).optional(),
  evidence: z.array(DemoEvidence).max(10),
  /** Authorities of the accounts part that may read the confidential evidence. */
  grants: z.array(DemoKey).max(10),
  /** The published versions, oldest first (numbered from 1). */
  published: z.array(DemoSelfAssessment).min(1).max(5),
});
export type DemoVendorService = z.output<typeof DemoVendorService>;

export const DemoRegistryVendor = z.strictObject({
  /** The vendor organisation of the accounts part. */
  vendor: DemoKey,
  /** Its user who uploads the evidence and grants access. */
  user: DemoKey,
  profile: VendorProfile,
  services: z.array(DemoVendorService).max(10),
});
export type DemoRegistryVendor = z.output<typeof DemoRegistryVendor>;

export const DemoRegistryFile = z.strictObject({
  vendors: z.array(DemoRegistryVendor).max(20),
});
export type DemoRegistryFile = z.output<typeof DemoRegistryFile>;
