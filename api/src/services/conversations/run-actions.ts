import type { ConversationAction } from '../../domain/conversations/dialogue/types.ts';
import type { ServiceContext } from '../context.ts';
import { createOptionsReview } from '../options-reviews/create-options-review.ts';
import { saveSchemeVersion } from '../options-reviews/save-scheme-version.ts';
import { getTenderLotScheme } from '../tender-schemes/get-tender-lot-scheme.ts';
import { requestTenderPublication } from '../tender-schemes/request-tender-publication.ts';
import { saveTenderLotScheme } from '../tender-schemes/save-tender-lot-scheme.ts';
import { addTenderTeamMember } from '../tender-team/add-tender-team-member.ts';
import { createTender } from '../tenders/create-tender.ts';
import { getTender } from '../tenders/get-tender.ts';
import { updateTenderDeadlines } from '../tenders/update-tender-deadlines.ts';
import { updateTender } from '../tenders/update-tender.ts';

/** An action that its verb refused, with the refusal. */
export class ActionFailed extends Error {
  readonly action: ConversationAction;
  override readonly cause: unknown;

  constructor(action: ConversationAction, cause: unknown) {
    super(`${action.kind} failed`);
    this.action = action;
    this.cause = cause;
  }
}

/** The objects a conversation has made, as the actions leave them. */
export interface ConversationObjects {
  tenderId: string | null;
  optionsReviewId: string | null;
}

/**
 * Runs a confirmed proposal's actions through the same verbs the pages call, so every policy
 * row, check and audit entry applies to the assistant exactly as to a person clicking. Each
 * action reads the version it changes just before, since the one before it moved it on; the
 * caller runs them all in one transaction, so a refused action undoes the ones before it.
 */
export async function runActions(
  ctx: ServiceContext,
  objects: ConversationObjects,
  actions: readonly ConversationAction[],
): Promise<ConversationObjects> {
  let { tenderId, optionsReviewId } = objects;
  const tender = () => {
    if (tenderId === null) throw new Error('an action on a tender before the tender exists');
    return tenderId;
  };
  const version = async () => (await getTender({ ctx, input: { tenderId: tender() } })).version;
  for (const action of actions) {
    try {
      await run(action);
    } catch (error) {
      throw new ActionFailed(action, error);
    }
  }
  return { tenderId, optionsReviewId };

  async function run(action: ConversationAction): Promise<void> {
    switch (action.kind) {
      case 'createTender':
        tenderId = (await createTender({ ctx, input: action.input })).id;
        break;
      case 'updateTender':
        await updateTender({
          ctx,
          input: { ...action.input, version: await version(), tenderId: tender() },
        });
        break;
      case 'saveLotScheme': {
        const lot = await getTenderLotScheme({
          ctx,
          input: { tenderId: tender(), lotNumber: action.lotNumber },
        });
        await saveTenderLotScheme({
          ctx,
          input: {
            tenderId: tender(),
            lotNumber: action.lotNumber,
            version: lot.lotVersion,
            source: action.source,
          },
        });
        break;
      }
      case 'updateDeadlines':
        await updateTenderDeadlines({
          ctx,
          input: { ...action.input, version: await version(), tenderId: tender() },
        });
        break;
      case 'addTeamMember':
        await addTenderTeamMember({
          ctx,
          input: { ...action.input, version: await version(), tenderId: tender() },
        });
        break;
      case 'requestPublication':
        await requestTenderPublication({
          ctx,
          input: { version: await version(), tenderId: tender() },
        });
        break;
      case 'createOptionsReview':
        optionsReviewId = (await createOptionsReview({ ctx, input: action.input })).id;
        break;
      case 'saveReviewScheme':
        if (optionsReviewId === null) throw new Error('a scheme before the review exists');
        await saveSchemeVersion({
          ctx,
          input: { reviewId: optionsReviewId, basedOnVersion: null, source: action.source },
        });
        break;
    }
  }
}
