import { readDemo, readSeed } from '@tenderwise/seed';
import {
  DemoBundle,
  type DemoPartSummary,
  type DemoSignIn,
  type DemoRefusal,
  type DemoUser,
} from '@tenderwise/schema';
import type { Kysely } from 'kysely';
import { listDemoObjects, lockDemoLoad } from '../../db/repositories/demo-data.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  ValidationError,
} from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import { auditActorOf } from '../../security/access/principal.ts';
import { appendAuditEntry, recordRefusedAttempt } from '../../security/audit/append.ts';
import { auditStateHash } from '../../security/audit/entry.ts';
import { storeCatalogue, type CatalogueLoadSummary } from '../catalogue/load-catalogue.ts';
import type { ServiceContext } from '../context.ts';
import { addToCredentialsFile, existingCredentialsFile } from './credentials-file.ts';
import type { DemoStep, NewSignIn } from './demo-part.ts';
import { demoObjectsOf } from './demo-objects.ts';
import { demoRefusalMessage, demoRefusalsOf } from './eligibility.ts';
import { demoParts } from './parts/index.ts';
import { newSignInCredentials, prepareSignIns } from './sign-ins.ts';

export interface LoadDemoDataInput {
  /**
   * Load although the server can be reached from other machines. Only the operator may, on the
   * server (`npm run seed -- --demo --force`); real data refuses the demo all the same.
   */
  force?: boolean;
  /**
   * Answer the sign-ins of the people this load creates, besides writing them to the file: for
   * the administrator who loads the demo from the setup page. Honoured only on a server this
   * machine alone can reach, and never with `force`.
   */
  showSignIns?: boolean;
  /** The catalogue and the demo to load; the installation's own files (`seed/`) when omitted. */
  sources?: { catalogue: unknown; demo: unknown };
}

export interface DemoDataLoadSummary {
  /** False when everything was there already: nothing was written, not even an audit entry. */
  changed: boolean;
  /** The catalogue, which the demo builds on, is loaded first. */
  catalogue: CatalogueLoadSummary;
  parts: DemoPartSummary[];
  /** People created by this load, whose credentials were added to the file. */
  newSignIns: number;
  /** The credentials file, when there is one (the operator may have deleted it). */
  credentialsFile: string | null;
  /** The sign-ins of the people created, when asked for and allowed (`showSignIns`). */
  signIns?: DemoSignIn[];
}

/**
 * Loads the demo: the installation's catalogue, then every demo part in order (ADR 0023), in
 * one transaction, creating only what is missing, so a second load changes nothing and says so.
 *
 * Refuses (409, nothing loaded) a server others can reach unless the operator forces it, and,
 * whoever asks, an installation that holds real data: organisations or users that are not demo
 * data, administrators and their authorities aside. The people it creates get random passwords
 * and, where their role requires one, a TOTP key; both go to a file in the data directory that
 * only its owner may read, written before the transaction commits and taken back if it does
 * not. No password or key is logged or audited, and none is returned unless the caller asks for
 * the new people's sign-ins (`showSignIns`, the setup page) on a server only this machine reaches
 * and without `force` (ADR 0023): the audit log records each creation and one `demo.data.loaded`
 * entry with the demo objects' hashes before and after.
 */
export async function loadDemoData({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: LoadDemoDataInput;
}): Promise<DemoDataLoadSummary> {
  await authorize(ctx, { operationId: 'loadDemoData' });
  const forced = input.force === true;
  if (forced && ctx.principal.kind !== 'operator') {
    await recordRefusal(ctx);
    throw new ForbiddenError('Only the operator can force loading the demo, on the server.');
  }
  const dataDir = ctx.settings.installation.dataDir;
  if (dataDir === null) throw new Error('The demo needs a data directory for its credentials');
  const sources = input.sources ?? { catalogue: await readSeed(), demo: await readDemo() };
  const demo = validDemo(sources.demo);

  const refused = async (refusals: readonly DemoRefusal[]) => {
    if (refusals.length === 0) return;
    await recordRefusal(ctx);
    throw new ConflictError(demoRefusalMessage(refusals));
  };
  await refused(await demoRefusalsOf(ctx, { forced }));

  const before = await listDemoObjects(ctx.db);
  const made = new Set(before.map((row) => `${row.kind}:${row.key}`));
  const missing = demoParts
    .flatMap((part) => part.signInsOf?.(demo[part.name]) ?? [])
    .filter((user) => !made.has(`user:${user.key}`));
  const prepared = await prepareSignIns(missing, ctx.passwordHashing);

  let undoFile: (() => Promise<void>) | undefined;
  try {
    return await withTransaction<DB, DemoDataLoadSummary>(ctx.db, async (trx) => {
      await lockDemoLoad(trx);
      // Checked again under the lock: the answer before it may be out of date.
      const inner = { ...ctx, db: trx };
      const refusals = await demoRefusalsOf(inner, { forced });
      if (refusals.length > 0) throw new ConflictError(demoRefusalMessage(refusals));
      const catalogue = await storeCatalogue({ ctx: inner, input: sources.catalogue });
      const now = await ctx.clock.now<DB>(trx);
      const stored = await listDemoObjects(trx);
      const signIns: NewSignIn[] = [];
      const step: DemoStep = {
        ctx: inner,
        now,
        objects: demoObjectsOf(trx, stored, now),
        signIns: {
          credentialsFor: async (user: DemoUser) =>
            prepared.get(user.key) ?? (await newSignInCredentials(user, ctx.passwordHashing)),
          created: (signIn) => signIns.push(signIn),
          passwordOf: (userKey) =>
            signIns.find((signIn) => signIn.user.key === userKey)?.credentials.password,
        },
      };
      const parts: DemoPartSummary[] = [];
      for (const part of demoParts) {
        parts.push({ part: part.name, objects: await part.load(step, demo[part.name]) });
      }
      const changed = parts.some((part) => part.objects.some((count) => count.created > 0));
      if (changed) {
        await appendAuditEntry(trx, ctx.clock, {
          actor: auditActorOf(ctx.principal),
          action: 'demo.data.loaded',
          object: { type: 'demo_data', id: 'demo' },
          outcome: 'succeeded',
          requestId: ctx.requestId,
          beforeHash: auditStateHash(demoKeys(stored)),
          afterHash: auditStateHash(demoKeys(await listDemoObjects(trx))),
        });
      }
      if (signIns.length > 0) {
        const written = await addToCredentialsFile(dataDir, signIns, {
          loadedAt: now,
          startNew: stored.length === 0,
        });
        undoFile = written.undo;
      }
      const shown = input.showSignIns === true && !forced && ctx.settings.installation.loopbackOnly;
      return {
        changed,
        catalogue,
        parts,
        newSignIns: signIns.length,
        credentialsFile: await existingCredentialsFile(dataDir),
        ...(shown && { signIns: signIns.map(shownSignIn) }),
      };
    });
  } catch (error) {
    await undoFile?.();
    if (error instanceof DomainError && !(error instanceof ValidationError)) {
      await recordRefusal(ctx);
    }
    throw error;
  }
}

/** A new person's sign-in as the file states it, for the administrator who loaded it. */
function shownSignIn({ organisation, user, credentials }: NewSignIn): DemoSignIn {
  return {
    organisation: organisation.name,
    displayName: user.displayName,
    function: user.function,
    role: user.role,
    email: user.email,
    password: credentials.password,
    totp:
      credentials.totp === null
        ? null
        : { keyUri: credentials.totp.keyUri, key: credentials.totp.key },
  };
}

function validDemo(input: unknown): DemoBundle {
  const parsed = DemoBundle.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    'The demo data does not validate',
    parsed.error.issues.map((issue) => ({
      in: 'body',
      pointer: issue.path.map((part) => `/${String(part)}`).join(''),
      detail: issue.message,
    })),
  );
}

/** What the audit entry's hashes cover: which demo objects exist, by kind and key. */
function demoKeys(rows: readonly { kind: string; key: string }[]): string[] {
  return rows.map((row) => `${row.kind}:${row.key}`).sort();
}

/**
 * Records a refused load, in a transaction of its own; inside a caller's transaction the entry
 * would roll back with it, so the caller, who sees the error, records it.
 */
async function recordRefusal(ctx: ServiceContext): Promise<void> {
  const actor = auditActorOf(ctx.principal);
  if (actor === null || ctx.db.isTransaction) return;
  await recordRefusedAttempt(ctx.db as Kysely<DB>, ctx.clock, {
    actor,
    action: 'demo.data.loaded',
    object: { type: 'demo_data', id: 'demo' },
    outcome: 'refused',
    requestId: ctx.requestId,
  });
}
