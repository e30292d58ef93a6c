import { databaseClock, systemClock } from '../../clock.ts';
import { serviceSettingsOf, type ServiceContext } from '../../services/context.ts';
import type { AdminContext } from './registry.ts';

/**
 * The domain verbs' context for an operator command: the operator as principal, named after the
 * command as the audit log will show it (`seed`), outside any request.
 */
export function operatorServiceContext(
  { db, config, logger }: Pick<AdminContext, 'db' | 'config' | 'logger'>,
  command: string,
): ServiceContext {
  return {
    db,
    clock: config.clock === 'system' ? systemClock() : databaseClock(db),
    principal: { kind: 'operator', name: command },
    requestId: null,
    logger,
    settings: serviceSettingsOf(config),
  };
}
