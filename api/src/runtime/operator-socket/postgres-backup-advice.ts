/** What the backup tools say on PostgreSQL, whose own tools do the job (the README says the same). */
export const postgresBackupAdvice =
  'DATABASE_URL is set: back up PostgreSQL with its own tools, ' +
  '`pg_dump --format=custom --file=tenderwise.dump "$DATABASE_URL"`, and restore with the ' +
  'servers stopped: `pg_restore --clean --if-exists --dbname="$DATABASE_URL" tenderwise.dump`.';
