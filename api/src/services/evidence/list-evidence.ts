import type { EvidenceDocumentResponse } from '@tenderwise/schema';
import { listEvidenceDocuments } from '../../db/repositories/evidence.ts';
import type { ServiceContext } from '../context.ts';
import { documentResponse, ownService } from './evidence-steps.ts';

/** The evidence documents of the vendor's own service, confidential ones included. */
export async function listEvidence({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string };
}): Promise<{ items: EvidenceDocumentResponse[] }> {
  await ownService(ctx, 'listEvidenceDocuments', input.serviceId);
  const rows = await listEvidenceDocuments(ctx.db, input.serviceId);
  return { items: rows.map(documentResponse) };
}
