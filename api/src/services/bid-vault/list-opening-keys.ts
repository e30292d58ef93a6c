import type { OpeningKeysResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { openingKeysView } from './opening-keys-view.ts';

/** The tender's opening officers and deputies with the state of their opening keys; for the team. */
export async function listOpeningKeys({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<OpeningKeysResponse> {
  const { tender, team } = await readableTender(ctx, 'listOpeningKeys', input.tenderId);
  return openingKeysView(ctx.db, tender, team);
}
