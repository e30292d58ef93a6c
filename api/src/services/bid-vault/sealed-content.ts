import { BidContent } from '@tenderwise/schema';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { openBid, sealBid, type SealResult, type SealedBid } from '../../security/vault/seal.ts';

/**
 * A bid's content is padded to a multiple of this many bytes before sealing, so that the size of
 * the sealed bytes (which anybody with the database can see) tells little about the bid: not
 * which vendor wrote it, nor roughly how much it says.
 */
export const SEALED_CONTENT_BLOCK = 4096;

/** Where a sealed bid belongs; the lot's number as text, as the binding compares strings. */
export interface SealedBidPlace {
  tenderId: string;
  lotNumber: number;
  bidId: string;
}

const binding = (place: SealedBidPlace) => ({
  tenderId: place.tenderId,
  lotId: String(place.lotNumber),
  bidId: place.bidId,
});

/**
 * Seals a bid's content (canonical JSON, RFC 8785, padded with spaces that JSON ignores) to the
 * tender's public key, bound to tender, lot and bid. The plain bytes are wiped after sealing.
 */
export async function sealBidContent(
  publicKey: Uint8Array,
  content: BidContent,
  place: SealedBidPlace,
): Promise<SealResult> {
  const json = new TextEncoder().encode(canonicalJson(content));
  const padded = new Uint8Array(
    Math.ceil((json.byteLength + 1) / SEALED_CONTENT_BLOCK) * SEALED_CONTENT_BLOCK,
  );
  padded.fill(0x20);
  padded.set(json);
  json.fill(0);
  try {
    return await sealBid(publicKey, padded, binding(place));
  } finally {
    padded.fill(0);
  }
}

/**
 * Opens a sealed bid with the tender's recombined private key and reads its content back, in the
 * canonical form that was sealed (the padding removed). Throws `SealedBidUnreadableError` when
 * the key, the place or a byte differs.
 */
export async function openBidContent(
  privateKey: Uint8Array,
  sealed: SealedBid,
  place: SealedBidPlace,
): Promise<{ content: BidContent; canonical: string }> {
  const bytes = await openBid(privateKey, sealed, binding(place));
  try {
    const canonical = new TextDecoder().decode(bytes).trimEnd();
    return { content: BidContent.parse(JSON.parse(canonical)), canonical };
  } finally {
    bytes.fill(0);
  }
}
