import type { Context } from 'hono';
import { serviceSettingsOf, type ServiceContext } from '../services/context.ts';
import { principalOf } from './authenticate.ts';
import type { AppEnv } from './env.ts';

/** The domain verbs' context for a request: its caller, database, clock, id and logger. */
export async function serviceContextOf(c: Context<AppEnv>): Promise<ServiceContext> {
  const { db, clock, config, passwordHashing } = c.var.deps;
  return {
    db,
    clock,
    principal: await principalOf(c),
    requestId: c.var.requestId,
    logger: c.var.logger,
    settings: serviceSettingsOf(config),
    ...(passwordHashing !== undefined && { passwordHashing }),
  };
}
