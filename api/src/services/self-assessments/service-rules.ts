import type { VendorServiceRow } from '../../db/repositories/vendor-services.ts';
import { ConflictError } from '../../domain/errors.ts';

/** A vendor's services are told apart by name (case-insensitively). */
export function serviceNameTaken(name: string): ConflictError {
  return new ConflictError(`You already have a service named "${name}": choose another name.`);
}

/** What before/after hashes of a service cover. */
export function serviceState(service: VendorServiceRow) {
  return {
    id: service.id,
    organisationId: service.organisation_id,
    name: service.name,
    summary: service.summary,
    version: service.version,
  };
}

/**
 * Whether the database refused a second service of the name (a concurrent request took it after
 * the check): PostgreSQL's unique_violation on the name index, on both backends.
 */
export function isServiceNameViolation(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && (constraint === undefined || constraint === 'vendor_service_name_key');
}
