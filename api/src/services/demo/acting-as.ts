import { findUserById } from '../../db/repositories/users.ts';
import type { UserPrincipal } from '../../security/access/principal.ts';
import type { ServiceContext } from '../context.ts';
import type { DemoStep } from './demo-part.ts';

/**
 * The loader's context as one demo person acting: their own principal, signed in with the second
 * factor their role needs, so the verbs decide and audit exactly as for that person. Each
 * person's context is made once per call of this function.
 */
export function actingAs(step: DemoStep): (userKey: string) => Promise<ServiceContext> {
  const contexts = new Map<string, ServiceContext>();
  return async (userKey) => {
    const known = contexts.get(userKey);
    if (known !== undefined) return known;
    const userId = demoIdOf(step, 'user', userKey);
    const user = await findUserById(step.ctx.db, userId);
    if (user === undefined) throw new Error(`The demo person "${userKey}" no longer exists`);
    const principal: UserPrincipal = {
      kind: 'user',
      userId: user.id,
      organisationId: user.organisation_id,
      role: user.role,
      mfaVerified: true,
      secondFactorPending: false,
      // No session: the demo loader acts for the person, in its own transaction.
      sessionId: 'demo-loader',
    };
    const ctx: ServiceContext = { ...step.ctx, principal };
    contexts.set(userKey, ctx);
    return ctx;
  };
}

/** The id of a person or organisation of the accounts part, which loads first. */
export function demoIdOf(step: DemoStep, kind: 'user' | 'organisation', key: string): string {
  const id = step.objects.idOf(kind, key);
  // The demo's schema checks that every key names an object of the accounts part.
  if (id === undefined) throw new Error(`The demo has no ${kind} "${key}"`);
  return id;
}
