import type { DemoPart } from '../demo-part.ts';
import { accountsPart } from './accounts.ts';
import { bidsPart } from './bids.ts';
import { conversationsPart } from './conversations.ts';
import { evaluationPart } from './evaluation.ts';
import { optionsReviewsPart } from './options-reviews.ts';
import { registryPart } from './registry.ts';
import { tendersPart } from './tenders.ts';

/**
 * The parts of the demo, in the order they load: each may refer to the objects of those before
 * it. A feature that brings demo objects adds its part here, after the parts it builds on (an
 * options review after the accounts whose people review it). Each part is handed its own member
 * of the demo bundle, the one named like the part.
 */
export const demoParts: readonly DemoPart[] = [
  accountsPart,
  registryPart,
  optionsReviewsPart,
  tendersPart,
  conversationsPart,
  bidsPart,
  evaluationPart,
];
