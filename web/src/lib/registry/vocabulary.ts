import type {
  keyControls,
  sovereigntyObjectives,
  verificationMethods,
  verificationResults,
} from '@tenderwise/schema';

// The registry's enumerations for the browser. Copies, checked against the shared contract at
// compile time (`satisfies`): importing the values from @tenderwise/schema would put zod and the
// whole contract into every page's script.

export const keyControlNames = [
  'provider',
  'externalKeyManagement',
  'clientSideEncryption',
] as const satisfies typeof keyControls;

export const objectiveCodes = [
  'sov-1',
  'sov-2',
  'sov-3',
  'sov-4',
  'sov-5',
  'sov-6',
  'sov-7',
  'sov-8',
] as const satisfies typeof sovereigntyObjectives;

export const verificationMethodNames = [
  'issuerRegister',
  'report',
  'bridgeLetter',
  'other',
] as const satisfies typeof verificationMethods;

export const verificationResultNames = [
  'confirmed',
  'discrepancies',
  'notConfirmed',
] as const satisfies typeof verificationResults;
