import type { Context } from 'hono';
import type { CatalogueReadContext } from '../../services/catalogue/read-catalogue.ts';
import type { AppEnv } from '../../http/env.ts';

/** The catalogue verbs' context: public reference data needs no principal, only the database. */
export function catalogueContextOf(c: Context<AppEnv>): CatalogueReadContext {
  return { db: c.var.deps.db };
}

/** Reference data changes only when an operator loads new files; clients revalidate each time. */
export const referenceDataCaching = 'no-cache';
