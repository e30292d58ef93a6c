import { wipeKeyShare, type KeyShare } from '../../security/vault/key-shares.ts';

/**
 * The unlocked key shares of open opening sessions, held in this process's memory only: never in
 * the database, a log or a response. A share is held for {@link SHARE_HOLD_MS} from its holder's
 * confirmation and wiped when the session opens the bids, is abandoned, or the time is up. After
 * a restart the keyring is empty and the holders confirm their presence again.
 */
export const SHARE_HOLD_MS = 30 * 60 * 1000;

interface Held {
  share: KeyShare;
  /** Until when the share is held, by the clock of the confirming request. */
  until: number;
  timer: ReturnType<typeof setTimeout>;
}

const sessions = new Map<string, Map<string, Held>>();

function release(held: Held): void {
  clearTimeout(held.timer);
  wipeKeyShare(held.share);
}

/** Holds a holder's unlocked share for a session, replacing (and wiping) one held before. */
export function holdShare(sessionId: string, share: KeyShare, now: Date): void {
  let shares = sessions.get(sessionId);
  if (shares === undefined) {
    shares = new Map();
    sessions.set(sessionId, shares);
  }
  const before = shares.get(share.holderId);
  if (before !== undefined) release(before);
  // Wiped after the time limit even if nobody asks again; the timer keeps no process alive.
  const timer = setTimeout(() => dropShare(sessionId, share.holderId), SHARE_HOLD_MS);
  timer.unref();
  shares.set(share.holderId, { share, until: now.getTime() + SHARE_HOLD_MS, timer });
}

function dropShare(sessionId: string, holderId: string): void {
  const shares = sessions.get(sessionId);
  const held = shares?.get(holderId);
  if (shares === undefined || held === undefined) return;
  release(held);
  shares.delete(holderId);
  if (shares.size === 0) sessions.delete(sessionId);
}

/** The shares held for a session now, by holder; expired ones are wiped on the way. */
export function heldShares(sessionId: string, now: Date): KeyShare[] {
  const shares = sessions.get(sessionId);
  if (shares === undefined) return [];
  for (const [holderId, held] of [...shares]) {
    if (held.until <= now.getTime()) dropShare(sessionId, holderId);
  }
  return [...(sessions.get(sessionId)?.values() ?? [])].map((held) => held.share);
}

/** Wipes every share held for a session. */
export function wipeSession(sessionId: string): void {
  const shares = sessions.get(sessionId);
  if (shares === undefined) return;
  for (const held of shares.values()) release(held);
  sessions.delete(sessionId);
}
