/**
 * What a sealed bid is bound to: it opens only for the tender, lot and bid it was sealed for, so a
 * sealed bid copied into another tender, lot or bid row fails to open instead of being read as
 * that one. Passed to HPKE as the AEAD's associated data (RFC 9180 §5.2, `aad`).
 */
export interface BidBinding {
  tenderId: string;
  lotId: string;
  bidId: string;
}

// A version label first, so that a later format of the binding can never equal this one.
const BINDING_LABEL = 'tenderwise/sealed-bid/v1';

/**
 * The associated data for a binding. A JSON array keeps the fields apart without ambiguity (no
 * separator a value could contain), and ids are compared as given, so callers pass canonical ids.
 */
export function bidAssociatedData(binding: BidBinding): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    JSON.stringify([BINDING_LABEL, binding.tenderId, binding.lotId, binding.bidId]),
  );
}
