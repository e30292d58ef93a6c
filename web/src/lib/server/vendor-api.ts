import { contractCall } from './contract-call.ts';

/**
 * One call to the vendor side of the API (`/api/v1/vendor-…`, `/api/v1/authorities`), typed by
 * the shared contract in `@tenderwise/schema`; see {@link contractCall}.
 */
export const vendorCall = contractCall;
