import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** A demo object the loader made: the key of the demo files it was made for, and its id. */
export interface DemoObject {
  kind: string;
  key: string;
  object_id: string;
}

/**
 * Serialises demo loads until the transaction ends: two loads at the same moment (the command
 * line and the administration page) must not both find an object missing and make it twice.
 */
export async function lockDemoLoad(db: Transaction<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('tenderwise:demo'))`.execute(db);
}

/** Every demo object made so far, in a stable order. */
export function listDemoObjects(db: Db): Promise<DemoObject[]> {
  return db
    .selectFrom('demo_object')
    .select(['kind', 'key', 'object_id'])
    .orderBy('kind')
    .orderBy('key')
    .execute();
}

export async function insertDemoObject(
  db: Db,
  values: { kind: string; key: string; objectId: string; createdAt: Date },
): Promise<void> {
  await db
    .insertInto('demo_object')
    .values({
      kind: values.kind,
      key: values.key,
      object_id: values.objectId,
      created_at: values.createdAt,
    })
    .execute();
}

/** How much real data the installation holds (see {@link countRealData}). */
export interface RealDataCount {
  organisations: number;
  users: number;
}

/**
 * Counts what is not demo data, leaving out administrators and the authorities they belong to
 * (an installation's first administrator comes with an authority, from `admin:create` or the
 * setup page):
 *
 * - users of an organisation without the demo flag whose role is not `admin`;
 * - organisations without the demo flag in which no user is an administrator.
 *
 * Disabled ones count as well: disabling keeps the data. Everything a later feature stores
 * (tenders, reviews, bids) belongs to an organisation, so it is counted through its owner.
 */
export async function countRealData(db: Db): Promise<RealDataCount> {
  const users = await db
    .selectFrom('app_user')
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('organisation.demo', '=', false)
    .where('app_user.role', '<>', 'admin')
    .executeTakeFirstOrThrow();
  const organisations = await db
    .selectFrom('organisation')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('organisation.demo', '=', false)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('app_user')
            .select('app_user.id')
            .whereRef('app_user.organisation_id', '=', 'organisation.id')
            .where('app_user.role', '=', 'admin'),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return { organisations: Number(organisations.count), users: Number(users.count) };
}
