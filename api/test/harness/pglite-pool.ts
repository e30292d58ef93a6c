import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pgliteOptions } from '../../src/db/open.ts';

/**
 * Embedded test databases, reused within a test worker. Starting PGlite from the run's template
 * costs about a second of both cores' time on a busy machine (128 MB of WebAssembly memory and
 * a 40 MB data directory unpacked into it), and the database tests open some seventy: two fifths
 * of their time. A database a test file has closed is put back as the template left it instead:
 * its session reset, every table emptied and the template's rows written back, in some tens of
 * milliseconds (the database and crawl projects: 35 s instead of 64 s). One whose schema, functions, triggers or roles differ from the template's (a
 * test that changed them) or that was closed outright is not reused: the next file gets a fresh
 * one, as before.
 */

/**
 * Idle instances kept per worker. Files run one after another, so one is enough; a file that
 * holds two at once gets a new one for the second. More only cost memory (some 300 MB each).
 */
const maxIdle = 1;

interface Template {
  /** Tables in the order they are emptied and filled; all of them, including empty ones. */
  tables: string[];
  /** The template's rows of each table that has any, as JSON. */
  rows: Map<string, string>;
  /** Sequences and their state in the template. */
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  /** What must be unchanged for a database to be reused (see {@link fingerprint}). */
  fingerprint: string;
}

interface Pool {
  file: string;
  data: Promise<Blob>;
  template: Promise<Template> | undefined;
  idle: PGlite[];
}

let pool: Pool | undefined;

function poolOf(templateFile: string): Pool {
  // A new run (watch mode) brings a new template file: its databases start a new pool.
  if (pool?.file !== templateFile) {
    for (const stale of pool?.idle.splice(0) ?? []) void stale.close().catch(() => undefined);
    pool = {
      file: templateFile,
      data: readFile(templateFile).then((bytes) => new Blob([bytes])),
      template: undefined,
      idle: [],
    };
  }
  return pool;
}

/** A database in the template's state: an idle one of this worker, or a new one. */
export async function takeTemplateDatabase(templateFile: string): Promise<PGlite> {
  const current = poolOf(templateFile);
  const reused = current.idle.pop();
  if (reused) return reused;
  const pglite = await PGlite.create({ ...pgliteOptions, loadDataDir: await current.data });
  // The first instance is read before anybody writes to it.
  current.template ??= describeTemplate(pglite);
  await current.template;
  return pglite;
}

/**
 * Takes back a database its test file is done with: reset to the template's state and kept
 * for the next file, or closed when it cannot be reset or enough are idle.
 */
export async function returnTemplateDatabase(templateFile: string, pglite: PGlite): Promise<void> {
  const current = poolOf(templateFile);
  // Closed outright by its test, or closed twice: nothing to put back.
  if (pglite.closed || current.idle.includes(pglite)) return;
  let reusable: boolean;
  try {
    reusable =
      current.idle.length < maxIdle && (await resetToTemplate(pglite, await current.template!));
  } catch {
    reusable = false;
  }
  if (reusable) current.idle.push(pglite);
  else await pglite.close().catch(() => undefined);
}

async function describeTemplate(pglite: PGlite): Promise<Template> {
  const tables = (
    await pglite.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
    )
  ).rows.map((row) => row.name);
  const rows = new Map<string, string>();
  for (const table of tables) {
    const { rows: found } = await pglite.query<{ json: string | null }>(
      `select json_agg(t)::text as json from ${quote(table)} t`,
    );
    if (found[0]?.json) rows.set(table, found[0].json);
  }
  const sequences: Template['sequences'] = [];
  const names = await pglite.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'S' order by c.relname`,
  );
  for (const { name } of names.rows) {
    const state = await pglite.query<{ last_value: string; is_called: boolean }>(
      `select last_value::text, is_called from ${quote(name)}`,
    );
    sequences.push({
      name,
      lastValue: state.rows[0]!.last_value,
      isCalled: state.rows[0]!.is_called,
    });
  }
  return { tables, rows, sequences, fingerprint: await fingerprint(pglite) };
}

/** Puts the database back as the template was; false if its schema is no longer the template's. */
async function resetToTemplate(pglite: PGlite, template: Template): Promise<boolean> {
  // A test may have left a transaction open; outside one, this is only a warning.
  await pglite.exec('rollback');
  // Settings, prepared statements, temporary tables, advisory locks, listeners.
  await pglite.exec('discard all');
  if ((await fingerprint(pglite)) !== template.fingerprint) return false;
  await pglite.transaction(async (tx) => {
    // The audit log and other append-only tables refuse truncation by trigger; replica mode
    // skips triggers for this session's transaction only.
    await tx.exec(`set local session_replication_role = replica`);
    await tx.exec(
      `truncate table ${template.tables.map(quote).join(', ')} restart identity cascade`,
    );
    for (const [table, json] of template.rows) {
      await tx.query(
        `insert into ${quote(table)} select * from json_populate_recordset(null::${quote(table)}, $1)`,
        [json],
      );
    }
    for (const sequence of template.sequences) {
      await tx.query(`select setval($1::regclass, $2::bigint, $3)`, [
        quote(sequence.name),
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
  });
  return true;
}

/**
 * The definitions a test could change: relations with their columns, indexes, constraints,
 * functions, triggers (and whether they are enabled), schemas and roles.
 */
async function fingerprint(pglite: PGlite): Promise<string> {
  const { rows } = await pglite.query<{ fingerprint: string }>(`
    select md5(string_agg(item, E'\\n' order by item)) as fingerprint from (
      select 'rel ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text || ' ' || coalesce((
        select string_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod) || ':'
          || a.attnotnull || ':' || coalesce(pg_get_expr(d.adbin, d.adrelid), ''), ',' order by a.attnum)
        from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped), '') as item
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
      union all
      select 'index ' || pg_get_indexdef(i.indexrelid) from pg_index i
      join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
      union all
      select 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(c.oid)
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname not in ('pg_catalog', 'information_schema')
      union all
      select 'function ' || p.oid::regprocedure::text || ' ' || md5(pg_get_functiondef(p.oid))
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname not in ('pg_catalog', 'information_schema') and p.prokind in ('f', 'p')
      union all
      select 'trigger ' || tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text || ' '
        || pg_get_triggerdef(oid)
      from pg_trigger where not tgisinternal
      union all
      select 'schema ' || nspname from pg_namespace
      union all
      select 'role ' || rolname || ' ' || rolsuper || ' ' || rolcanlogin from pg_roles
      union all
      select 'extension ' || extname || ' ' || extversion from pg_extension
    ) items`);
  return rows[0]!.fingerprint;
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
