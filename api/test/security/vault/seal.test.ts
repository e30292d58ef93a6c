import { describe, expect, it } from 'vitest';
import type { BidBinding } from '../../../src/security/vault/bid-binding.ts';
import { SealedBidUnreadableError } from '../../../src/security/vault/errors.ts';
import {
  openBid,
  sealBid,
  sealedBidSha256,
  sealedBytes,
} from '../../../src/security/vault/seal.ts';
import { generateTenderKeyPair, publicKeyOf } from '../../../src/security/vault/tender-keys.ts';

const binding: BidBinding = { tenderId: 'tender-1', lotId: 'lot-1', bidId: 'bid-1' };
const encode = (text: string) => new TextEncoder().encode(text);

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle));
}

describe('sealed bids', () => {
  it('open with the tender key and the same binding to the sealed content', async () => {
    const keys = await generateTenderKeyPair();
    const content = encode('{"price": 1234.5}');

    const { sealed, sha256 } = await sealBid(keys.publicKey, content, binding);

    expect(await openBid(keys.privateKey, sealed, binding)).toEqual(content);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sealedBidSha256(sealed)).toBe(sha256);
  });

  it('do not contain a plaintext canary', async () => {
    const keys = await generateTenderKeyPair();
    const canary = `canary-${crypto.randomUUID()}`;

    const { sealed } = await sealBid(keys.publicKey, encode(`{"note": "${canary}"}`), binding);

    const bytes = sealedBytes(sealed);
    expect(contains(bytes, encode(canary))).toBe(false);
    expect(contains(encode(Buffer.from(bytes).toString('base64')), encode(canary))).toBe(false);
  });

  it.each([
    ['tender', { ...binding, tenderId: 'tender-2' }],
    ['lot', { ...binding, lotId: 'lot-2' }],
    ['bid', { ...binding, bidId: 'bid-2' }],
  ])('refuse to open for another %s', async (_, other) => {
    const keys = await generateTenderKeyPair();
    const { sealed } = await sealBid(keys.publicKey, encode('content'), binding);

    await expect(openBid(keys.privateKey, sealed, other)).rejects.toThrow(SealedBidUnreadableError);
  });

  it("refuse to open with another tender's key or after a byte changed", async () => {
    const keys = await generateTenderKeyPair();
    const other = await generateTenderKeyPair();
    const { sealed } = await sealBid(keys.publicKey, encode('content'), binding);
    const altered = { enc: sealed.enc, ciphertext: Uint8Array.from(sealed.ciphertext) };
    altered.ciphertext[0]! ^= 1;

    await expect(openBid(other.privateKey, sealed, binding)).rejects.toThrow(
      SealedBidUnreadableError,
    );
    await expect(openBid(keys.privateKey, altered, binding)).rejects.toThrow(
      SealedBidUnreadableError,
    );
  });

  it('derive the public key from the private key', async () => {
    const keys = await generateTenderKeyPair();

    expect(publicKeyOf(keys.privateKey)).toEqual(keys.publicKey);
  });
});
