import type { Kysely, Transaction } from 'kysely';
import { fixedClock } from '../../src/clock.ts';
import type { DB } from '../../src/db/types.ts';
import { createLogger } from '../../src/logger.ts';
import { anonymous, type OperatorPrincipal } from '../../src/security/access/principal.ts';
import { defaultServiceSettings, type ServiceContext } from '../../src/services/context.ts';

/** The operator running `npm run seed`, as the seed command names it. */
export const seedOperator: OperatorPrincipal = Object.freeze({ kind: 'operator', name: 'seed' });

/**
 * A domain verb's context for calling a verb directly in a test: anonymous, a fixed clock, no
 * request, a silent logger and the default settings unless the test says otherwise.
 */
export function testServiceContext(
  db: Kysely<DB> | Transaction<DB>,
  overrides: Partial<Omit<ServiceContext, 'db'>> = {},
): ServiceContext {
  return {
    db,
    clock: fixedClock(),
    principal: anonymous,
    requestId: null,
    logger: createLogger('silent'),
    settings: defaultServiceSettings,
    ...overrides,
  };
}
