import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type { DB } from '../../src/db/types.ts';

/**
 * One open transaction that the code under test sees as a whole database: its own transactions
 * become savepoints, and each statement it runs outside them gets a savepoint of its own, so a
 * failing statement undoes only itself, as an autocommit statement would. `db` is no Kysely
 * `Transaction` (`isTransaction` is false): code that behaves differently inside a caller's
 * transaction (audit entries of refusals, counters written after a rollback) behaves as in
 * production. Everything is rolled back when the scope ends.
 */
export interface RollbackScope {
  /** The database as the code under test should get it (`AppDeps.db`, a verb's `ctx.db`). */
  db: Kysely<DB>;
  /**
   * Runs `work` and reports the tables of the public schema whose rows it inserted, updated or
   * deleted (or truncated, created or dropped), with each table's content before and after, for
   * the tables `inspect` names among them. Costs two cheap statistics queries when nothing was
   * written; a touched table is read twice, once after `work` and once after undoing it.
   * Afterwards the scope is as it was before `work`.
   */
  changesOf<T>(
    work: () => Promise<T>,
    inspect: (table: string) => boolean,
    read: (db: Kysely<DB>, tables: readonly string[]) => Promise<Record<string, unknown>>,
  ): Promise<{
    result: T;
    touched: string[];
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  }>;
  /**
   * Runs `work` and undoes what it wrote, also when it fails: afterwards the scope is as it was
   * before. Several cells that share what was made before them (the matrix's object in one state,
   * for every caller) each run this way, so the shared part is made once, not once per cell.
   */
  undone<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Runs `work` on one connection of `db` inside a transaction that is always rolled back, so each
 * call starts from the same committed state (the matrix rolls each cell back this way instead of
 * snapshotting every table). Holds the connection for the whole call: on PGlite, which has only
 * one, nothing else may use `db` meanwhile.
 */
export async function withRollback<T>(
  db: Kysely<DB>,
  work: (scope: RollbackScope) => Promise<T>,
): Promise<T> {
  return db.getExecutor().provideConnection(async (connection) => {
    await connection.executeQuery(CompiledQuery.raw('begin'));
    const scoped = new ScopedConnection(connection);
    const scopedDb = new Kysely<DB>({
      dialect: {
        createAdapter: () => new SingleConnectionAdapter(),
        createDriver: () => new ScopedDriver(scoped),
        createIntrospector: (kysely) => new PostgresIntrospector(kysely),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
    try {
      return await work({
        db: scopedDb,
        changesOf: (inner, inspect, read) => changesOf(scoped, scopedDb, inner, inspect, read),
        undone: (inner) => undone(scoped, inner),
      });
    } finally {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    }
  });
}

/** Kysely then holds a mutex from acquiring the one connection to releasing it, as on PGlite. */
class SingleConnectionAdapter extends PostgresAdapter {
  override get supportsMultipleConnections(): boolean {
    return false;
  }
}

const statementSavepoint = 'rollback_scope_statement';
const transactionSavepoint = 'rollback_scope_transaction';

class ScopedConnection implements DatabaseConnection {
  readonly #connection: DatabaseConnection;
  #inTransaction = false;

  constructor(connection: DatabaseConnection) {
    this.#connection = connection;
  }

  raw(statement: string): Promise<QueryResult<unknown>> {
    return this.#connection.executeQuery(CompiledQuery.raw(statement));
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    if (this.#inTransaction) return this.#connection.executeQuery<R>(compiledQuery);
    await this.raw(`savepoint ${statementSavepoint}`);
    try {
      const result = await this.#connection.executeQuery<R>(compiledQuery);
      await this.raw(`release savepoint ${statementSavepoint}`);
      return result;
    } catch (error) {
      await this.raw(`rollback to savepoint ${statementSavepoint}`);
      await this.raw(`release savepoint ${statementSavepoint}`);
      throw error;
    }
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported inside a rollback scope');
  }

  async begin(settings: TransactionSettings): Promise<void> {
    if (settings.isolationLevel !== undefined || settings.accessMode !== undefined) {
      throw new Error('A savepoint cannot take transaction settings; the rollback scope has none');
    }
    await this.raw(`savepoint ${transactionSavepoint}`);
    this.#inTransaction = true;
  }

  async commit(): Promise<void> {
    this.#inTransaction = false;
    await this.raw(`release savepoint ${transactionSavepoint}`);
  }

  async rollback(): Promise<void> {
    this.#inTransaction = false;
    await this.raw(`rollback to savepoint ${transactionSavepoint}`);
    await this.raw(`release savepoint ${transactionSavepoint}`);
  }
}

class ScopedDriver implements Driver {
  readonly #connection: ScopedConnection;

  constructor(connection: ScopedConnection) {
    this.#connection = connection;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }

  async beginTransaction(_connection: DatabaseConnection, settings: TransactionSettings) {
    await this.#connection.begin(settings);
  }

  async commitTransaction(): Promise<void> {
    await this.#connection.commit();
  }

  async rollbackTransaction(): Promise<void> {
    await this.#connection.rollback();
  }

  async releaseConnection(): Promise<void> {}

  /** The connection belongs to the caller of `withRollback`, which ends the transaction. */
  async destroy(): Promise<void> {}
}

interface TableCounters {
  name: string;
  counters: string;
}

/**
 * What this transaction has written to each table so far, from PostgreSQL's per-transaction
 * statistics: every inserted, updated and deleted row counts (rolled-back attempts too), and a
 * truncation gives the table a new file node.
 */
async function writeCounters(connection: ScopedConnection): Promise<Map<string, string>> {
  const { rows } = (await connection.raw(`
    select relname as name,
           concat_ws(':', n_tup_ins, n_tup_upd, n_tup_del, pg_relation_filenode(relid)) as counters
    from pg_stat_xact_user_tables
    where schemaname = 'public'`)) as QueryResult<TableCounters>;
  return new Map(rows.map((row) => [row.name, row.counters]));
}

const changesSavepoint = 'rollback_scope_changes';
const undoneSavepoint = 'rollback_scope_undone';

async function undone<T>(connection: ScopedConnection, work: () => Promise<T>): Promise<T> {
  await connection.raw(`savepoint ${undoneSavepoint}`);
  try {
    return await work();
  } finally {
    await connection.raw(`rollback to savepoint ${undoneSavepoint}`);
    await connection.raw(`release savepoint ${undoneSavepoint}`);
  }
}

async function changesOf<T>(
  connection: ScopedConnection,
  db: Kysely<DB>,
  work: () => Promise<T>,
  inspect: (table: string) => boolean,
  read: (db: Kysely<DB>, tables: readonly string[]) => Promise<Record<string, unknown>>,
) {
  const countersBefore = await writeCounters(connection);
  await connection.raw(`savepoint ${changesSavepoint}`);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await connection.raw(`rollback to savepoint ${changesSavepoint}`);
    await connection.raw(`release savepoint ${changesSavepoint}`);
    throw error;
  }
  const countersAfter = await writeCounters(connection);
  const names = new Set([...countersBefore.keys(), ...countersAfter.keys()]);
  const touched = [...names]
    .filter((name) => countersBefore.get(name) !== countersAfter.get(name))
    .sort();
  const inspected = touched.filter(inspect);
  const after = inspected.length > 0 ? await read(db, inspected) : {};
  // Back to the state before `work`, to read the same tables as they were.
  await connection.raw(`rollback to savepoint ${changesSavepoint}`);
  await connection.raw(`release savepoint ${changesSavepoint}`);
  const before = inspected.length > 0 ? await read(db, inspected) : {};
  return { result, touched, before, after };
}

/**
 * {@link withRollback} for an application under test: while `work` runs, `deps.db` (the object
 * the app was created with, read on every request) is the scope's database.
 */
export async function withRollbackOf<T>(
  deps: { db: Kysely<DB> },
  work: (scope: RollbackScope) => Promise<T>,
): Promise<T> {
  const committed = deps.db;
  return withRollback(committed, async (scope) => {
    deps.db = scope.db;
    try {
      return await work(scope);
    } finally {
      deps.db = committed;
    }
  });
}
