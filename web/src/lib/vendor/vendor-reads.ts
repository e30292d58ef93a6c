import { error, type RequestEvent } from '@sveltejs/kit';
import type {
  AttestationWarning,
  AttestationWarningListResponse,
  VendorProfileResponse,
  VendorServiceListResponse,
  VendorServiceResponse,
} from '@tenderwise/schema';
import { vendorCall } from '#lib/server/vendor-api.ts';
import { sessionEnded } from '#lib/server/require-user.ts';
import type { ServiceResult } from '#lib/services/result.ts';

type Event = Pick<RequestEvent, 'fetch' | 'url'>;

/** The data of a load, or the end of it: 401 to the login, anything else as an error page. */
export function required<T>(event: Event, result: ServiceResult<{ data: T }>, what: string): T {
  if (result.ok) return result.data;
  if (result.problem.status === 401) sessionEnded(event.url);
  const status = result.problem.status;
  error(status === 403 || status === 404 ? status : 503, `${what} unavailable`);
}

/** The vendor's own profile, or null before it is first saved. */
export async function readProfile(event: Event): Promise<VendorProfileResponse | null> {
  const result = await vendorCall<VendorProfileResponse>(event, 'GET', '/vendor-profile');
  if (!result.ok && result.problem.status === 404) return null;
  return required(event, result, 'Vendor profile');
}

export async function readServices(event: Event): Promise<VendorServiceResponse[]> {
  const result = await vendorCall<VendorServiceListResponse>(event, 'GET', '/vendor-services');
  return required(event, result, 'Vendor services').items;
}

/** The warnings, or null when they cannot be read (the overview still shows the rest). */
export async function readWarnings(event: Event): Promise<AttestationWarning[] | null> {
  const result = await vendorCall<AttestationWarningListResponse>(
    event,
    'GET',
    '/vendor-services/attestation-warnings?withinDays=90',
  );
  if (!result.ok && result.problem.status === 401) sessionEnded(event.url);
  return result.ok ? result.data.items : null;
}
