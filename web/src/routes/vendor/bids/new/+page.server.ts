import { error, fail, redirect } from '@sveltejs/kit';
import type { VendorProfileResponse } from '@tenderwise/schema';
import { vendorBidsArea } from '#lib/account/signed-in-user.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded, requireUser } from '#lib/server/require-user.ts';
import { contractCall } from '#lib/server/contract-call.ts';
import { readPublishedTender } from '#lib/public-tenders/public-tender-reads.ts';
import { changeBid, readOwnBid, submitBid } from '#lib/vendor-bids/bids.ts';
import { contentOf, criteriaOf } from '#lib/vendor-bids/editor.ts';
import type { components } from '@tenderwise/schema/openapi-types';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

type SchemeVersion = components['schemas']['PublishedSchemeVersionResponse'];

/** The tender, the lot and its scheme version in force, as the query names them. */
async function editorFrame(event: RequestEvent) {
  const params = event.url.searchParams;
  const tenderId = params.get('tenderId') ?? '';
  const lotNumber = Number(params.get('lot'));
  const bidId = params.get('bidId');
  if (!/^[0-9a-f-]{36}$/.test(tenderId) || !Number.isInteger(lotNumber) || lotNumber < 1) {
    error(404, 'Not found');
  }
  const tender = await readPublishedTender(apiFor(event), tenderId);
  const lot = tender.lots.find((candidate) => candidate.number === lotNumber);
  const current = lot?.schemeVersions.at(-1);
  if (!lot || !current || tender.bidIntake !== 'vault') error(404, 'Not found');
  const version = await contractCall<SchemeVersion>(
    event,
    'GET',
    `/public/tenders/${tenderId}/lots/${lotNumber}/scheme-versions/${current.number}`,
  );
  if (!version.ok) error(503, 'Scheme unavailable');
  return {
    tender,
    lot,
    bidId: bidId && /^[0-9a-f-]{36}$/.test(bidId) ? bidId : null,
    schemeVersion: current.number,
    criteria: criteriaOf(version.data.scheme),
  };
}

// The bid editor: a new bid for a lot, or a change of one's bid in force (`bidId`).
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, vendorBidsArea);
  const frame = await editorFrame(event);
  if (frame.bidId !== null) {
    const own = await readOwnBid(event, frame.bidId);
    if (!own.ok) error(404, 'Not found');
  }
  // Pre-filled from the vendor's profile in the registry where it maps simply.
  const profile = await contractCall<VendorProfileResponse>(event, 'GET', '/vendor-profile');
  return {
    ...frame,
    prefill: profile.ok
      ? {
          companyName: profile.data.profile.legalName,
          country: profile.data.profile.registeredOffice.country,
        }
      : { companyName: '', country: 'DE' },
  };
};

export const actions = {
  default: async (event) => {
    const frame = await editorFrame(event);
    const form = await event.request.formData();
    const values: Record<string, string> = {};
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') values[name] = value;
    }
    const content = contentOf(values, frame.criteria);
    const result =
      frame.bidId === null
        ? await submitBid(event, {
            tenderId: frame.tender.id,
            lotNumber: frame.lot.number,
            content,
          })
        : await changeBid(event, { bidId: frame.bidId, content });
    if (result.ok) {
      const notice = frame.bidId === null ? 'submitted' : 'changed';
      redirect(303, `${localizeHref(`/vendor/bids/${result.data.bidId}`)}?notice=${notice}`);
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, { values, errors: formErrorsFromProblem(result.problem) });
  },
} satisfies Actions;
