import type { RequestEvent } from '@sveltejs/kit';
import type { components } from '@tenderwise/schema/openapi-types';
import { contractCall } from '#lib/server/contract-call.ts';
import type { ServiceResult } from '#lib/services/result.ts';

// A vendor's bids to the vault: its own bids and receipts, submitting, changing, withdrawing.
// The content is sealed to the tender's key before it is stored; nobody, the bidder included,
// can read it before the opening (§ 55 VgV), so the pages never show it after submitting.

export type OwnBid = components['schemas']['OwnBid'];
export type BidReceipt = components['schemas']['BidReceipt'];
export type BidWithdrawalReceipt = components['schemas']['BidWithdrawalReceipt'];
export type BidContent = components['schemas']['BidContent'];

type Event = Pick<RequestEvent, 'fetch' | 'url'>;

export function readOwnBids(
  event: Event,
  tenderId?: string,
): Promise<ServiceResult<{ data: { bids: OwnBid[] } }>> {
  const query = tenderId ? `?tenderId=${encodeURIComponent(tenderId)}` : '';
  return contractCall(event, 'GET', `/vendor/bids${query}`);
}

export function readOwnBid(event: Event, bidId: string): Promise<ServiceResult<{ data: OwnBid }>> {
  return contractCall(event, 'GET', `/bids/${encodeURIComponent(bidId)}`);
}

export function submitBid(
  event: Event,
  input: { tenderId: string; lotNumber: number; content: BidContent },
): Promise<ServiceResult<{ data: BidReceipt }>> {
  return contractCall(
    event,
    'POST',
    `/tenders/${encodeURIComponent(input.tenderId)}/lots/${input.lotNumber}/bids`,
    { json: input.content },
  );
}

export function changeBid(
  event: Event,
  input: { bidId: string; content: BidContent },
): Promise<ServiceResult<{ data: BidReceipt }>> {
  return contractCall(event, 'PUT', `/bids/${encodeURIComponent(input.bidId)}`, {
    json: input.content,
  });
}

export function withdrawBid(
  event: Event,
  bidId: string,
): Promise<ServiceResult<{ data: BidWithdrawalReceipt }>> {
  return contractCall(event, 'POST', `/bids/${encodeURIComponent(bidId)}/withdrawal`);
}
