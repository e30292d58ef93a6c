import type { ConversationDraft } from '@tenderwise/schema';
import type { ConversationRow } from '../../db/repositories/conversations.ts';
import { ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { tenderRuntime, type PathRuntime } from './conversation-paths.ts';

/** The runtime of a guided path; the results path answers questions instead (`results/`). */
export function runtimeOf(path: ConversationRow['path']): PathRuntime<unknown> {
  if (path === 'tender') return tenderRuntime as PathRuntime<unknown>;
  throw new ValidationError(`Conversations of the kind "${path}" cannot be started yet.`);
}

export function draftOf<W>(runtime: PathRuntime<W>, world: W): ConversationDraft {
  return { facts: runtime.facts(world), scheme: runtime.scheme(world) };
}

export type { ServiceContext };
