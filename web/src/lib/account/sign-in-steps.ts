import type { components } from '@tenderwise/schema/openapi-types';
import { returnQuery } from '#lib/navigation/return-path.ts';
import { landingPath } from './signed-in-user.ts';

type SessionStage = components['schemas']['LoginResponse']['stage'];

/**
 * Where the sign-in continues after a step, as a path in the base language (localise it before
 * redirecting): the page asked for in the first place once signed in, otherwise the page for the
 * second factor or for setting it up, carrying that page along.
 */
export function nextSignInStep(stage: SessionStage, returnPath: string | null): string {
  switch (stage) {
    case 'full':
      return returnPath ?? landingPath(null);
    case 'totp':
      return `/login/code${returnQuery(returnPath)}`;
    case 'enrolment':
      return `/totp-setup${returnQuery(returnPath)}`;
  }
}
