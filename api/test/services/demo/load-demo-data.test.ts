import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { readDemo, readSeed } from '@tenderwise/seed';
import type { DemoBundle, SeedBundle } from '@tenderwise/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { ConflictError, ForbiddenError, UnauthenticatedError } from '../../../src/domain/errors.ts';
import type { Principal } from '../../../src/security/access/principal.ts';
import { verifyAuditChain } from '../../../src/security/audit/verify.ts';
import { hotpCode, totpCounterAt } from '../../../src/security/credentials/totp.ts';
import { defaultServiceSettings } from '../../../src/services/context.ts';
import { credentialsFileName } from '../../../src/services/demo/credentials-file.ts';
import { getDemoDataStatus } from '../../../src/services/demo/get-demo-data-status.ts';
import { loadDemoData } from '../../../src/services/demo/load-demo-data.ts';
import { createOrganisation } from '../../../src/services/organisations/create-organisation.ts';
import { completeTotp } from '../../../src/services/second-factor/complete-totp.ts';
import { loginWithPassword } from '../../../src/services/sessions/login-with-password.ts';
import { createAdministrator } from '../../../src/services/users/create-administrator.ts';
import { createUser } from '../../../src/services/users/create-user.ts';
import { captureLogs } from '../../http/test-app.ts';
import { describeDatabase, openTestDatabase } from '../../harness/database.ts';
import { testPasswordHashing } from '../../harness/passwords.ts';
import {
  operatorPrincipal,
  principalOfSessionToken,
  serviceContextFor,
  userPrincipal,
} from '../../harness/service-context.ts';
import { seedUser } from '../accounts/fixtures.ts';

/** One person's sign-in as the credentials file states it. */
interface FileSignIn {
  email: string;
  password: string;
  totpUri?: string;
}

/** Reads the sign-ins back out of the file, the way a person copies them out of it. */
function signInsOf(text: string): FileSignIn[] {
  const signIns: FileSignIn[] = [];
  for (const line of text.split('\n')) {
    const [, field, value] = /^ {4}([^:]+): +(\S+)$/.exec(line) ?? [];
    if (field === 'E-Mail / e-mail') signIns.push({ email: value!, password: '' });
    else if (field === 'Passwort / password') signIns.at(-1)!.password = value!;
    else if (field === 'TOTP') signIns.at(-1)!.totpUri = value!;
  }
  return signIns;
}

/** The current code of the authenticator app that was given the URI. */
function totpCodeOf(uri: string, now: Date): string {
  const secret = new URL(uri).searchParams.get('secret')!;
  return hotpCode(decodeBase32IgnorePadding(secret), totpCounterAt(now));
}

describeDatabase('loading the demo', (backend) => {
  let catalogue: SeedBundle;
  let demo: DemoBundle;

  beforeAll(async () => {
    const files = await Promise.all([readSeed(), readDemo()]);
    catalogue = files[0];
    // The loader with its accounts part; the registry, the options reviews, the tenders and the
    // conversations, which take the verbs seconds to make, are tested with the whole demo in
    // test/services/demo/options-reviews-part.test.ts.
    demo = {
      ...files[1],
      registry: { vendors: [] },
      optionsReviews: { reviews: [] },
      tenders: { tenders: [] },
      conversations: { conversations: [] },
      bids: { vaultTenders: [], importedTenders: [] },
      evaluation: { evaluatedTenders: [] },
    };
  });

  /** A fresh installation: its own database and data directory, and a verb context maker. */
  async function installation() {
    const database = await openTestDatabase(backend);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-demo-test-'));
    const clock = fixedClock('2026-12-03T09:00:00.000Z');
    const logs = captureLogs();
    const ctx = (principal: Principal, options: { loopbackOnly?: boolean } = {}) =>
      serviceContextFor(database.db, clock, principal, {
        settings: {
          ...defaultServiceSettings,
          installation: { loopbackOnly: options.loopbackOnly ?? true, dataDir },
        },
        passwordHashing: testPasswordHashing,
        logger: logs.logger,
        requestId: 'req-demo',
      });
    const load = (
      principal: Principal,
      options: {
        loopbackOnly?: boolean;
        force?: boolean;
        showSignIns?: boolean;
        demo?: DemoBundle;
      } = {},
    ) =>
      loadDemoData({
        ctx: ctx(principal, options),
        input: {
          ...(options.force !== undefined && { force: options.force }),
          ...(options.showSignIns !== undefined && { showSignIns: options.showSignIns }),
          sources: { catalogue, demo: options.demo ?? demo },
        },
      });
    const close = async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    };
    return { database, db: database.db, dataDir, clock, logs, ctx, load, close };
  }
  type Installation = Awaited<ReturnType<typeof installation>>;

  /** The first administrator, as `admin:create` makes them, signed in with the second factor. */
  async function firstAdministrator(at: Installation) {
    const created = await createAdministrator({
      ctx: at.ctx(operatorPrincipal('admin:create')),
      input: { email: 'admin@kreis.example', displayName: 'Ada Admin', organisationName: 'Kreis' },
    });
    return { ...created, principal: userPrincipal(created.user) };
  }

  async function countsOf(at: Installation) {
    const count = async (table: 'organisation' | 'app_user' | 'audit_entry' | 'catalogue_entry') =>
      Number(
        (
          await at.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      organisations: await count('organisation'),
      users: await count('app_user'),
      auditEntries: await count('audit_entry'),
      catalogueEntries: await count('catalogue_entry'),
    };
  }

  const refusalsIn = async (at: Installation) =>
    at.db
      .selectFrom('audit_entry')
      .select(['actor_id', 'outcome'])
      .where('action', '=', 'demo.data.loaded')
      .where('outcome', '=', 'refused')
      .execute();

  describe('into a new installation, by its first administrator', () => {
    let at: Installation;
    let admin: Awaited<ReturnType<typeof firstAdministrator>>;
    let fileAfterFirstLoad: string;

    beforeAll(async () => {
      at = await installation();
      admin = await firstAdministrator(at);
    });
    afterAll(() => at.close());

    it('is offered: the administrator and their authority are no real data', async () => {
      expect(await getDemoDataStatus({ ctx: at.ctx(admin.principal) })).toEqual({
        eligible: true,
        refusals: [],
        loaded: false,
        credentialsFile: null,
      });
    });

    it('loads the catalogue, then the fictional authority and vendors, marked as demo data', async () => {
      const loaded = await at.load(admin.principal);
      expect(loaded).toMatchObject({
        changed: true,
        catalogue: { changed: true },
        parts: [
          {
            part: 'accounts',
            objects: [
              { kind: 'organisation', created: 7, present: 0 },
              { kind: 'user', created: 16, present: 0 },
            ],
          },
          { part: 'registry', objects: [{ kind: 'vendor_service', created: 0, present: 0 }] },
          { part: 'optionsReviews', objects: [{ kind: 'options_review', created: 0, present: 0 }] },
          { part: 'tenders', objects: [{ kind: 'tender', created: 0, present: 0 }] },
          {
            part: 'conversations',
            objects: [{ kind: 'conversation', created: 0, present: 0 }],
          },
          {
            part: 'bids',
            objects: [
              { kind: 'vault_tender', created: 0, present: 0 },
              { kind: 'imported_tender', created: 0, present: 0 },
              { kind: 'bid', created: 0, present: 0 },
            ],
          },
          { part: 'evaluation', objects: [{ kind: 'evaluated_tender', created: 0, present: 0 }] },
        ],
        newSignIns: 16,
        credentialsFile: path.join(at.dataDir, credentialsFileName),
      });

      const organisations = await at.db
        .selectFrom('organisation')
        .select(['kind', 'name', 'demo'])
        .where('id', '<>', admin.organisation.id)
        .orderBy('name')
        .execute();
      expect(organisations).toHaveLength(7);
      for (const organisation of organisations) {
        expect(organisation.demo, organisation.name).toBe(true);
        expect(organisation.name).toMatch(/ \(fiktiv\)$/);
      }
      expect(organisations.filter((o) => o.kind === 'vendor')).toHaveLength(6);
      const authority = await at.db
        .selectFrom('app_user')
        .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
        .select(['app_user.role', 'app_user.password_changed_at', 'app_user.totp_secret'])
        .where('organisation.kind', '=', 'authority')
        .where('organisation.demo', '=', true)
        .execute();
      expect(authority.map((user) => user.role).sort()).toEqual([
        'admin',
        'officer',
        'officer',
        'officer',
        'officer',
        'officer',
        'officer',
        'reviewer',
        'reviewer',
        'reviewer',
      ]);
      // Everybody has a password; the roles that must pass TOTP have a key set up already.
      for (const user of authority) {
        expect(user.password_changed_at).not.toBeNull();
        expect(user.totp_secret !== null, user.role).toBe(user.role !== 'reviewer');
      }
      // The first administrator's own authority is left as it is.
      expect(
        (
          await at.db
            .selectFrom('organisation')
            .select('demo')
            .where('id', '=', admin.organisation.id)
            .executeTakeFirstOrThrow()
        ).demo,
      ).toBe(false);
    });

    it('audits every creation and the load, by the administrator, in an intact chain', async () => {
      const entries = await at.db
        .selectFrom('audit_entry')
        .select(['action', 'actor_id', 'object_type'])
        .where('actor_id', '=', admin.user.id)
        .where('outcome', '=', 'succeeded')
        .orderBy('seq')
        .execute();
      const counted = new Map<string, number>();
      for (const entry of entries) counted.set(entry.action, (counted.get(entry.action) ?? 0) + 1);
      expect(Object.fromEntries(counted)).toEqual({
        'catalogue.seed.loaded': 1,
        'auth.organisation.created': 7,
        'auth.user.created': 16,
        // Six officers and the administrator have TOTP set up.
        'auth.mfa.enrolled': 7,
        'demo.data.loaded': 1,
      });
      expect(entries.at(-1)).toEqual({
        action: 'demo.data.loaded',
        actor_id: admin.user.id,
        object_type: 'demo_data',
      });
      expect((await verifyAuditChain(at.db)).intact).toBe(true);
    });

    it('writes the credentials to a file in the data directory that only its owner may read', async () => {
      const file = path.join(at.dataDir, credentialsFileName);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      fileAfterFirstLoad = await readFile(file, 'utf8');
      const signIns = signInsOf(fileAfterFirstLoad);
      expect(signIns).toHaveLength(16);
      expect(signIns.filter((signIn) => signIn.totpUri !== undefined)).toHaveLength(7);
      for (const signIn of signIns) {
        expect(signIn.email).toMatch(/\.example$/);
        expect(signIn.password).toMatch(/^[a-z2-7]{6}(-[a-z2-7]{6}){3}$/);
      }
      expect(new Set(signIns.map((signIn) => signIn.password)).size).toBe(16);
      expect(fileAfterFirstLoad).toContain('fiktiv');
      expect(fileAfterFirstLoad).toContain('fictional');
    });

    it('lets a demo officer sign in with the password and the code of the TOTP key from the file', async () => {
      const officer = signInsOf(fileAfterFirstLoad).find((signIn) =>
        signIn.email.startsWith('erika.mustermann@'),
      )!;
      expect(officer.totpUri).toMatch(/^otpauth:\/\/totp\/Tenderwise:erika\.mustermann%40/);
      const anonymous = serviceContextFor(at.db, at.clock, undefined, {
        passwordHashing: testPasswordHashing,
      });
      const login = await loginWithPassword({
        ctx: anonymous,
        input: { email: officer.email, password: officer.password },
      });
      expect(login.state).toBe('totp-required');
      const pending = login.session.token;
      const verified = await completeTotp({
        ctx: { ...anonymous, principal: await principalOfSessionToken(at.db, at.clock, pending) },
        input: { sessionToken: pending, code: totpCodeOf(officer.totpUri!, await at.clock.now()) },
      });
      expect(verified.session.mfa_verified).toBe(true);
    });

    it('lets a committee member and a vendor sign in with the password alone', async () => {
      const signIns = signInsOf(fileAfterFirstLoad);
      for (const email of [
        'aylin.kaya@musterland.example',
        'jennifer.clarke@stratocloud.example',
      ]) {
        const signIn = signIns.find((candidate) => candidate.email === email)!;
        expect(signIn.totpUri).toBeUndefined();
        const login = await loginWithPassword({
          ctx: serviceContextFor(at.db, at.clock, undefined, {
            passwordHashing: testPasswordHashing,
          }),
          input: signIn,
        });
        expect(login.state, email).toBe('authenticated');
      }
    });

    it('puts no password and no TOTP key into a log line or the audit log', async () => {
      const logged = at.logs.raw();
      expect(logged).toContain('auth.user.created');
      const audit = (await at.db.selectFrom('audit_entry').select('canonical').execute()).map(
        (entry) => entry.canonical,
      );
      for (const signIn of signInsOf(fileAfterFirstLoad)) {
        const secrets = [
          signIn.password,
          ...(signIn.totpUri ? [new URL(signIn.totpUri).searchParams.get('secret')!] : []),
        ];
        for (const secret of secrets) {
          expect(logged.includes(secret), signIn.email).toBe(false);
          expect(
            audit.some((entry) => entry.includes(secret)),
            signIn.email,
          ).toBe(false);
        }
      }
    });

    it('changes nothing when loaded again, and says so', async () => {
      const before = await countsOf(at);
      at.clock.advance(60_000);
      const again = await at.load(admin.principal);
      expect(again).toMatchObject({
        changed: false,
        catalogue: { changed: false },
        parts: [
          {
            part: 'accounts',
            objects: [
              { kind: 'organisation', created: 0, present: 7 },
              { kind: 'user', created: 0, present: 16 },
            ],
          },
          { part: 'registry', objects: [{ kind: 'vendor_service', created: 0, present: 0 }] },
          { part: 'optionsReviews', objects: [{ kind: 'options_review', created: 0, present: 0 }] },
          { part: 'tenders', objects: [{ kind: 'tender', created: 0, present: 0 }] },
          {
            part: 'conversations',
            objects: [{ kind: 'conversation', created: 0, present: 0 }],
          },
          {
            part: 'bids',
            objects: [
              { kind: 'vault_tender', created: 0, present: 0 },
              { kind: 'imported_tender', created: 0, present: 0 },
              { kind: 'bid', created: 0, present: 0 },
            ],
          },
          { part: 'evaluation', objects: [{ kind: 'evaluated_tender', created: 0, present: 0 }] },
        ],
        newSignIns: 0,
        credentialsFile: path.join(at.dataDir, credentialsFileName),
      });
      expect(await countsOf(at)).toEqual(before);
      expect(await readFile(path.join(at.dataDir, credentialsFileName), 'utf8')).toBe(
        fileAfterFirstLoad,
      );
      expect(await getDemoDataStatus({ ctx: at.ctx(admin.principal) })).toMatchObject({
        eligible: true,
        loaded: true,
      });
    });

    it('creates only what a later version of the demo adds, and adds its credentials to the file', async () => {
      const later = structuredClone(demo);
      later.accounts.organisations[0]!.users.push({
        key: 'committee-member-4',
        email: 'lea.winter@musterland.example',
        displayName: 'Lea Winter',
        role: 'reviewer',
        function: { de: 'Mitglied des IT-Ausschusses', en: 'Member of the IT committee' },
      });
      const loaded = await at.load(admin.principal, { demo: later });
      expect(loaded.parts[0]!.objects).toEqual([
        { kind: 'organisation', created: 0, present: 7 },
        { kind: 'user', created: 1, present: 16 },
      ]);
      expect(loaded.newSignIns).toBe(1);
      const file = await readFile(path.join(at.dataDir, credentialsFileName), 'utf8');
      expect(file.startsWith(fileAfterFirstLoad)).toBe(true);
      expect(
        signInsOf(file)
          .map((signIn) => signIn.email)
          .slice(16),
      ).toEqual(['lea.winter@musterland.example']);
    });

    it('refuses once the installation holds real data, and says why', async () => {
      const organisation = await createOrganisation({
        ctx: at.ctx(admin.principal),
        input: { kind: 'vendor', name: 'Nordlicht Software GmbH' },
      });
      expect(await getDemoDataStatus({ ctx: at.ctx(admin.principal) })).toMatchObject({
        eligible: false,
        refusals: ['real-data'],
      });
      const before = await countsOf(at);
      const refused = at.load(admin.principal);
      await expect(refused).rejects.toBeInstanceOf(ConflictError);
      await expect(refused).rejects.toThrow(/holds real data/);
      expect(await countsOf(at)).toEqual({ ...before, auditEntries: before.auditEntries + 1 });
      expect(await refusalsIn(at)).toEqual([{ actor_id: admin.user.id, outcome: 'refused' }]);
      expect(organisation.demo).toBe(false);
    });
  });

  describe('at the same moment, or beside an account that has a demo address', () => {
    it('creates everything once when two loads run at the same moment', async () => {
      const at = await installation();
      try {
        const { principal } = await firstAdministrator(at);
        const [first, second] = await Promise.all([
          at.load(principal),
          at.load(operatorPrincipal('seed')),
        ]);
        expect([first.changed, second.changed].sort()).toEqual([false, true]);
        expect([first.newSignIns, second.newSignIns].sort((a, b) => a - b)).toEqual([0, 16]);
        expect(await countsOf(at)).toMatchObject({ organisations: 8, users: 17 });
        expect(
          signInsOf(await readFile(path.join(at.dataDir, credentialsFileName), 'utf8')),
        ).toHaveLength(16);
      } finally {
        await at.close();
      }
    });

    it('leaves alone an administrator who has a demo person’s address, loading nothing', async () => {
      const at = await installation();
      try {
        const { principal } = await createAdministrator({
          ctx: at.ctx(operatorPrincipal('admin:create')),
          input: {
            email: 'Erika.Mustermann@musterland.example',
            displayName: 'Erika Mustermann',
            organisationName: 'Kreis',
          },
        }).then((created) => ({ principal: userPrincipal(created.user) }));
        const before = await countsOf(at);
        await expect(at.load(principal)).rejects.toThrow(
          /erika\.mustermann@musterland\.example exists already; nothing was loaded/,
        );
        expect(await countsOf(at)).toEqual({ ...before, auditEntries: before.auditEntries + 1 });
        await expect(stat(path.join(at.dataDir, credentialsFileName))).rejects.toThrow(/ENOENT/);
      } finally {
        await at.close();
      }
    });
  });

  describe('into an installation that is not eligible', () => {
    let at: Installation;
    let admin: Awaited<ReturnType<typeof firstAdministrator>>;

    beforeAll(async () => {
      at = await installation();
      admin = await firstAdministrator(at);
    });
    afterAll(() => at.close());

    it('refuses every caller but administrators and the operator, before reading anything', async () => {
      const officer = userPrincipal(await seedUser(at.db, 'officer', admin.organisation.id));
      const vendor = userPrincipal(await seedUser(at.db, 'vendor'));
      await expect(at.load(officer)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(at.load(vendor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(at.load({ kind: 'anonymous' })).rejects.toBeInstanceOf(UnauthenticatedError);
      await expect(getDemoDataStatus({ ctx: at.ctx(officer) })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    });

    it('refuses a server others can reach; only the operator may force it', async () => {
      const fresh = await installation();
      try {
        const { principal } = await firstAdministrator(fresh);
        const offLoopback = { loopbackOnly: false };
        expect(await getDemoDataStatus({ ctx: fresh.ctx(principal, offLoopback) })).toMatchObject({
          eligible: false,
          refusals: ['not-loopback'],
        });
        const before = await countsOf(fresh);
        await expect(fresh.load(principal, offLoopback)).rejects.toThrow(
          /can be reached from other machines/,
        );
        await expect(fresh.load(principal, { ...offLoopback, force: true })).rejects.toBeInstanceOf(
          ForbiddenError,
        );
        expect(await countsOf(fresh)).toEqual({
          ...before,
          auditEntries: before.auditEntries + 2,
        });

        // Forced onto a reachable server, the sign-ins stay in the file even when asked for.
        const forced = await fresh.load(operatorPrincipal('seed'), {
          ...offLoopback,
          force: true,
          showSignIns: true,
        });
        expect(forced.changed).toBe(true);
        expect(forced.newSignIns).toBe(16);
        expect(forced.signIns).toBeUndefined();
      } finally {
        await fresh.close();
      }
    });

    it('refuses real data whoever asks, forced or not: nothing is loaded, not even the catalogue', async () => {
      // An officer beside the administrator is real data, as is an authority without one.
      await createUser({
        ctx: at.ctx(admin.principal),
        input: {
          organisationId: admin.organisation.id,
          email: 'olaf.officer@kreis.example',
          displayName: 'Olaf Officer',
          role: 'officer',
        },
      });
      const before = await countsOf(at);
      expect(before.catalogueEntries).toBe(0);
      for (const attempt of [
        () => at.load(admin.principal),
        () => at.load(operatorPrincipal('seed'), { force: true }),
      ]) {
        await expect(attempt()).rejects.toThrow(/holds real data/);
      }
      expect(await countsOf(at)).toEqual({ ...before, auditEntries: before.auditEntries + 2 });
      expect((await refusalsIn(at)).map((entry) => entry.actor_id)).toEqual([
        admin.user.id,
        'seed',
      ]);
      await expect(stat(path.join(at.dataDir, credentialsFileName))).rejects.toThrow(/ENOENT/);
    });
  });
});
