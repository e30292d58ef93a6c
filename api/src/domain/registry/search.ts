import type { Attestation, SelfAssessmentContent } from '@tenderwise/schema';
import { eeaCountries } from '../catalogue/legal-exposure.ts';
import type { ValidityStatus } from '../attestations/validity.ts';

/** A service as the registry search sees it: the content of its latest published version. */
export interface PublishedService {
  serviceId: string;
  vendorOrganisationId: string;
  /** The legal name in the version's vendor snapshot. */
  vendorName: string;
  serviceName: string;
  summary: string | null;
  versionId: string;
  versionNumber: number;
  publishedAt: Date;
  content: SelfAssessmentContent;
}

/** What an authority searches by; every given criterion must hold (AND). */
export interface RegistryCriteria {
  q?: string;
  /** `scheme` or `scheme:type`: held, covering the service, and valid on `validOn`. */
  attestation?: readonly string[];
  /** Any of these key controls. */
  keyControl?: readonly string[];
  /** Data, processing, support and administration all in the EEA, or all in Germany. */
  dataIn?: 'eea' | 'de';
  /** `sov-N:level`: at least this SEAL level for the objective. */
  sealAtLeast?: readonly string[];
  /** C3A criteria the vendor declares met. */
  c3a?: readonly string[];
  validOn: string;
}

/** The status of an attestation judged on a date by its scheme's validity rule. */
export type JudgeAttestation = (attestation: Attestation, on: string) => ValidityStatus;

export interface RegistryMatch {
  service: PublishedService;
  /** The attestations covering the service and valid on the search's date, as `scheme:type`. */
  validAttestations: string[];
}

/** Where a page starts: after the service with this name (lower case) and id. */
export interface RegistryPosition {
  name: string;
  id: string;
}

export function attestationLabel(attestation: Pick<Attestation, 'scheme' | 'type'>): string {
  return attestation.type === undefined
    ? attestation.scheme
    : `${attestation.scheme}:${attestation.type}`;
}

/** The services whose latest published version meets every criterion, with what was judged. */
export function matchService(
  service: PublishedService,
  criteria: RegistryCriteria,
  judge: JudgeAttestation,
): RegistryMatch | null {
  const { content } = service;
  const validHeld = content.attestations.filter(
    (attestation) => attestation.coversService && judge(attestation, criteria.validOn) === 'valid',
  );
  const checks = [
    textMatches(service, criteria.q),
    (criteria.attestation ?? []).every((wanted) => holdsAttestation(validHeld, wanted)),
    keyControlMatches(content, criteria.keyControl),
    locationsMatch(content, criteria.dataIn),
    (criteria.sealAtLeast ?? []).every((wanted) => sealReaches(content, wanted)),
    (criteria.c3a ?? []).every((id) => content.c3a[id]?.met === true),
  ];
  if (!checks.every(Boolean)) return null;
  return { service, validAttestations: [...new Set(validHeld.map(attestationLabel))] };
}

/**
 * One page of the registry search, ordered by service name (case-insensitive) and id. The whole
 * registry is filtered in memory on every request: fine for the hundreds of services an
 * installation holds (each version's content is a few kilobytes; 500 services of about 10 kB
 * take about 130 ms, `api/bench/registry-search.ts`, most of it reading and parsing the
 * contents); thousands would need the criteria as indexed columns.
 */
export function searchRegistry(
  services: readonly PublishedService[],
  criteria: RegistryCriteria,
  judge: JudgeAttestation,
  page: { limit: number; after?: RegistryPosition },
): { matches: RegistryMatch[]; next: RegistryPosition | null } {
  const ordered = services
    .map((service) => matchService(service, criteria, judge))
    .filter((match): match is RegistryMatch => match !== null)
    .sort((a, b) => compareKeys(positionOf(a), positionOf(b)));
  const after = page.after;
  const remaining =
    after === undefined
      ? ordered
      : ordered.filter((match) => compareKeys(positionOf(match), after) > 0);
  const matches = remaining.slice(0, page.limit);
  const last = matches.at(-1);
  return {
    matches,
    next: remaining.length > page.limit && last !== undefined ? positionOf(last) : null,
  };
}

function positionOf(match: RegistryMatch): RegistryPosition {
  return { name: match.service.serviceName.toLowerCase(), id: match.service.serviceId };
}

function compareKeys(a: RegistryPosition, b: RegistryPosition): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

function textMatches(service: PublishedService, q: string | undefined): boolean {
  if (q === undefined) return true;
  const needle = q.toLowerCase();
  return [service.vendorName, service.serviceName].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

/** `scheme` matches any type of the scheme; `scheme:type` only that type. */
function holdsAttestation(valid: readonly Attestation[], wanted: string): boolean {
  const [scheme, type] = wanted.split(':');
  return valid.some(
    (attestation) =>
      attestation.scheme === scheme && (type === undefined || attestation.type === type),
  );
}

function keyControlMatches(
  content: SelfAssessmentContent,
  wanted: readonly string[] | undefined,
): boolean {
  if (wanted === undefined || wanted.length === 0) return true;
  const control = content.keyManagement?.control;
  return control !== undefined && wanted.includes(control);
}

function locationsMatch(content: SelfAssessmentContent, dataIn: 'eea' | 'de' | undefined): boolean {
  if (dataIn === undefined) return true;
  const locations = content.locations;
  if (locations === undefined) return false;
  const allowed = (country: string) =>
    dataIn === 'de' ? country === 'DE' : eeaCountries.has(country);
  return [locations.data, locations.processing, locations.support, locations.administration].every(
    (countries) => countries.every(allowed),
  );
}

function sealReaches(content: SelfAssessmentContent, wanted: string): boolean {
  const [objective, level] = wanted.split(':') as [keyof SelfAssessmentContent['seal'], string];
  const answer = content.seal[objective];
  return answer !== undefined && answer.level >= Number(level);
}
