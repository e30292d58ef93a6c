import type { Context } from 'hono';
import { anonymous } from '../security/access/principal.ts';
import {
  languageModelFrom,
  type LanguageModel,
} from '../adapters/language-model/language-model.ts';
import type { Config } from '../config.ts';
import { serviceSettingsOf, type ServiceContext } from '../services/context.ts';
import { principalOf } from './authenticate.ts';
import type { AppEnv } from './env.ts';

/**
 * The domain verbs' context for a request: its caller, database, clock, id and logger.
 *
 * For an operation whose policy row admits every caller, the principal is `anonymous` whatever
 * credential the request carries: such operations never look the credential up (ADR 0008), so
 * they keep working while the database is down and do not extend a session or count against an
 * API key. Their verbs must not depend on who calls; an operation that does is not public.
 */
/** One model client per configuration, made on first use. */
const models = new WeakMap<Config, LanguageModel | null>();

function languageModelOf(config: Config, logger: ServiceContext['logger']): LanguageModel | null {
  if (!models.has(config)) models.set(config, languageModelFrom(config, logger));
  return models.get(config) ?? null;
}

export async function serviceContextOf(c: Context<AppEnv>): Promise<ServiceContext> {
  const { db, clock, config, passwordHashing, openingKeyCost } = c.var.deps;
  return {
    db,
    clock,
    principal: c.var.publicOperation === true ? anonymous : await principalOf(c),
    requestId: c.var.requestId,
    logger: c.var.logger,
    settings: serviceSettingsOf(config),
    languageModel: languageModelOf(config, c.var.logger),
    ...(passwordHashing !== undefined && { passwordHashing }),
    ...(openingKeyCost !== undefined && { openingKeyCost }),
  };
}
