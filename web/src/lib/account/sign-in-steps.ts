import type { components } from '@tenderwise/schema/openapi-types';
import { returnQuery } from '#lib/navigation/return-path.ts';

type SessionStage = components['schemas']['LoginResponse']['stage'];

/**
 * Where a finished sign-in goes when no page asked for it: the login page, whose load sends
 * whoever is signed in on to the page of their role (`landingPath`: administrators to the
 * administration, vendors to their API keys, officers to the assistant). The sign-in steps do not know the role, and the
 * session they have just created only reaches the API with the browser's next request.
 */
export const roleLandingPath = '/login';

/**
 * Where the sign-in continues after a step, as a path in the base language (localise it before
 * redirecting): the page asked for in the first place once signed in, otherwise the page for the
 * second factor or for setting it up, carrying that page along.
 */
export function nextSignInStep(stage: SessionStage, returnPath: string | null): string {
  switch (stage) {
    case 'full':
      return returnPath ?? roleLandingPath;
    case 'totp':
      return `/login/code${returnQuery(returnPath)}`;
    case 'enrolment':
      return `/totp-setup${returnQuery(returnPath)}`;
  }
}
