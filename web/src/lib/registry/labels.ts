import type {
  exposureFindings,
  keyControls,
  validityStatusNames,
  verificationMethods,
  verificationResults,
} from '@tenderwise/schema';
import { m } from '#lib/paraglide/messages.js';

// The registry's enumerations in the page's language. Functions, so each is read in the
// language of the page being rendered.

export const keyControlLabels: Record<(typeof keyControls)[number], () => string> = {
  provider: m.key_control_provider,
  externalKeyManagement: m.key_control_external_key_management,
  clientSideEncryption: m.key_control_client_side_encryption,
};

export const validityLabels: Record<(typeof validityStatusNames)[number], () => string> = {
  valid: m.registry_validity_valid,
  expired: m.registry_validity_expired,
  notYetValid: m.registry_validity_not_yet_valid,
  undetermined: m.registry_validity_undetermined,
};

export const findingLabels: Record<(typeof exposureFindings)[number], () => string> = {
  exposed: m.registry_finding_exposed,
  mitigated: m.registry_finding_mitigated,
  excluded: m.registry_finding_excluded,
  undetermined: m.registry_finding_undetermined,
  notExposed: m.registry_finding_not_exposed,
};

export const methodLabels: Record<(typeof verificationMethods)[number], () => string> = {
  issuerRegister: m.registry_method_issuer_register,
  report: m.registry_method_report,
  bridgeLetter: m.registry_method_bridge_letter,
  other: m.registry_method_other,
};

export const resultLabels: Record<(typeof verificationResults)[number], () => string> = {
  confirmed: m.registry_result_confirmed,
  discrepancies: m.registry_result_discrepancies,
  notConfirmed: m.registry_result_not_confirmed,
};

export const changeLabels: Record<'added' | 'removed' | 'changed', () => string> = {
  added: m.registry_change_added,
  removed: m.registry_change_removed,
  changed: m.registry_change_changed,
};

/** `SOV-3 4`, … for the levels a service claims, in objective order. */
export function sealSummary(seal: Partial<Record<string, number>>): string {
  return Object.entries(seal)
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([objective, level]) => `${objective.toUpperCase()}: ${level}`)
    .join(', ');
}
