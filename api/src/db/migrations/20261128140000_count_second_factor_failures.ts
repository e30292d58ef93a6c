import type { Kysely } from 'kysely';

/**
 * Wrong TOTP and recovery codes sent with a pending session are counted on the session, so a
 * stolen or guessed password buys only a few tries at the second factor: after the limit the
 * pending session ends and the password must be given again (which the login rate limit meters).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('user_session')
    .addColumn('failed_codes', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user_session').dropColumn('failed_codes').execute();
}
