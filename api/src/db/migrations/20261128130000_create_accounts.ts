import { sql, type Kysely } from 'kysely';

/**
 * Organisations, their users, invitations, recovery codes, sessions and vendor API keys.
 * Secrets are never stored: tokens and codes only as hashes. A user's role must fit the kind of
 * organisation (vendors in vendor organisations, everybody else in authorities) and an API key
 * belongs to a vendor organisation; both are enforced declaratively with the organisation's kind
 * copied into the row and a composite foreign key on (id, kind), so no trigger is needed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisation')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('disabled_at', 'timestamptz')
    .addPrimaryKeyConstraint('organisation_pkey', ['id'])
    .addUniqueConstraint('organisation_id_kind_key', ['id', 'kind'])
    .addCheckConstraint('organisation_kind_check', sql`kind in ('authority', 'vendor')`)
    .addCheckConstraint('organisation_name_check', sql`char_length(btrim(name)) between 1 and 200`)
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) => col.notNull())
    .addColumn('organisation_kind', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    // Null until the invitation is accepted; then an Argon2id PHC string.
    .addColumn('password_hash', 'text')
    .addColumn('password_changed_at', 'timestamptz')
    // Stored as is for now; encryption at rest with a key outside the database is a later step.
    .addColumn('totp_secret', 'bytea')
    // The last accepted TOTP time step, so a code works once (RFC 6238 counters fit an integer
    // until the year 4000).
    .addColumn('totp_last_counter', 'integer')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('disabled_at', 'timestamptz')
    .addPrimaryKeyConstraint('app_user_pkey', ['id'])
    .addForeignKeyConstraint(
      'app_user_organisation_fkey',
      ['organisation_id', 'organisation_kind'],
      'organisation',
      ['id', 'kind'],
      (fk) => fk.onUpdate('cascade'),
    )
    .addCheckConstraint(
      'app_user_role_check',
      sql`role in ('admin', 'officer', 'reviewer', 'vendor')`,
    )
    .addCheckConstraint(
      'app_user_role_fits_organisation_check',
      sql`(role = 'vendor') = (organisation_kind = 'vendor')`,
    )
    .addCheckConstraint(
      'app_user_email_check',
      sql`char_length(email) between 3 and 254 and email like '_%@_%'`,
    )
    .addCheckConstraint(
      'app_user_display_name_check',
      sql`char_length(btrim(display_name)) between 1 and 200`,
    )
    .execute();
  await db.schema
    .createIndex('app_user_email_key')
    .on('app_user')
    .unique()
    .expression(sql`lower(email)`)
    .execute();
  await db.schema
    .createIndex('app_user_organisation_id_idx')
    .on('app_user')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('invitation')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('token_hash', 'bytea', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('used_at', 'timestamptz')
    .addPrimaryKeyConstraint('invitation_pkey', ['id'])
    .addForeignKeyConstraint('invitation_user_id_fkey', ['user_id'], 'app_user', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addUniqueConstraint('invitation_token_hash_key', ['token_hash'])
    .addCheckConstraint('invitation_token_hash_check', sql`octet_length(token_hash) = 32`)
    .execute();
  await db.schema
    .createIndex('invitation_user_id_idx')
    .on('invitation')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('recovery_code')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('code_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('used_at', 'timestamptz')
    .addPrimaryKeyConstraint('recovery_code_pkey', ['id'])
    .addForeignKeyConstraint('recovery_code_user_id_fkey', ['user_id'], 'app_user', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('recovery_code_user_id_idx')
    .on('recovery_code')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('user_session')
    // The token's public part; the secret part is only stored as its SHA-256.
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('secret_hash', 'bytea', (col) => col.notNull())
    .addColumn('mfa_verified', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('last_seen_at', 'timestamptz', (col) => col.notNull())
    .addColumn('idle_expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('absolute_expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('ip_address', 'text')
    .addPrimaryKeyConstraint('user_session_pkey', ['id'])
    .addForeignKeyConstraint('user_session_user_id_fkey', ['user_id'], 'app_user', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addCheckConstraint('user_session_id_check', sql`id ~ '^[a-z2-7]{24}$'`)
    .addCheckConstraint('user_session_secret_hash_check', sql`octet_length(secret_hash) = 32`)
    .addCheckConstraint(
      'user_session_expiry_check',
      sql`idle_expires_at <= absolute_expires_at and created_at < absolute_expires_at`,
    )
    .addCheckConstraint('user_session_user_agent_check', sql`char_length(user_agent) <= 256`)
    .addCheckConstraint('user_session_ip_address_check', sql`char_length(ip_address) <= 64`)
    .execute();
  await db.schema
    .createIndex('user_session_user_id_idx')
    .on('user_session')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('api_key')
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('organisation_id', 'uuid', (col) => col.notNull())
    .addColumn('organisation_kind', 'text', (col) => col.notNull().defaultTo('vendor'))
    .addColumn('created_by', 'uuid', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('secret_hash', 'bytea', (col) => col.notNull())
    .addColumn('scopes', sql`text[]`, (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('last_used_at', 'timestamptz')
    .addPrimaryKeyConstraint('api_key_pkey', ['id'])
    .addForeignKeyConstraint(
      'api_key_organisation_fkey',
      ['organisation_id', 'organisation_kind'],
      'organisation',
      ['id', 'kind'],
      (fk) => fk.onUpdate('cascade'),
    )
    .addForeignKeyConstraint('api_key_created_by_fkey', ['created_by'], 'app_user', ['id'])
    .addCheckConstraint('api_key_organisation_kind_check', sql`organisation_kind = 'vendor'`)
    .addCheckConstraint('api_key_id_check', sql`id ~ '^[a-z2-7]{24}$'`)
    .addCheckConstraint('api_key_secret_hash_check', sql`octet_length(secret_hash) = 32`)
    .addCheckConstraint(
      'api_key_scopes_check',
      sql`cardinality(scopes) >= 1 and scopes <@ array['tenders:read', 'self-assessment:write', 'bids:submit']::text[]`,
    )
    .addCheckConstraint('api_key_name_check', sql`char_length(btrim(name)) between 1 and 100`)
    .addCheckConstraint('api_key_expiry_check', sql`expires_at > created_at`)
    .execute();
  await db.schema
    .createIndex('api_key_organisation_id_idx')
    .on('api_key')
    .column('organisation_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'api_key',
    'user_session',
    'recovery_code',
    'invitation',
    'app_user',
    'organisation',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
