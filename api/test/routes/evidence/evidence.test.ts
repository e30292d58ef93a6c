import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import type { Role } from '../../../src/db/tables/accounts.ts';
import type { DB } from '../../../src/db/types.ts';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createLogger } from '../../../src/logger.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { zipOf } from '../../documents/spreadsheets/zip.ts';
import { seedOrganisation, seedUser } from '../../services/accounts/fixtures.ts';
import {
  insertPublishedVersion,
  insertService,
  tinyPdf,
} from '../../services/evidence/registry-rows.ts';

/** The limit the tests configure, so "too large" needs no 20 MiB body. */
const maxBytes = 64 * 1024;

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const contentTypes = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);

interface Caller {
  id: string;
  organisationId: string;
  headers: Record<string, string>;
}

describeDatabase('evidence documents, grants and their download by authorities', (backend) => {
  let database: TestDatabase;
  let db: Kysely<DB>;
  let app: ReturnType<typeof createApp>;
  let vendor: Caller;
  let otherVendor: Caller;
  let officer: Caller;
  let otherOfficer: Caller;
  let serviceId: string;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    db = database.db;
    const clock = fixedClock();
    const config = loadConfig({ EVIDENCE_MAX_BYTES: String(maxBytes) });
    app = createApp({ db, clock, config, logger: createLogger('silent') });
    const cookie = sessionCookieName(config);
    const signIn = async (role: Role, organisationId?: string): Promise<Caller> => {
      const user = await seedUser(db, role, organisationId);
      const { token } = await createSession(db, clock, {
        userId: user.id,
        mfaVerified: role === 'officer',
      });
      return {
        id: user.id,
        organisationId: user.organisation_id,
        headers: { cookie: `${cookie}=${token}`, 'sec-fetch-site': 'same-origin' },
      };
    };
    vendor = await signIn('vendor');
    otherVendor = await signIn('vendor');
    officer = await signIn('officer', (await seedOrganisation(db, 'authority')).id);
    otherOfficer = await signIn('officer', (await seedOrganisation(db, 'authority')).id);
    serviceId = await insertService(db, vendor.organisationId);
  });
  afterAll(() => database.close());

  const base = () => `/api/v1/vendor-services/${serviceId}`;

  async function upload(
    bytes: Uint8Array | string,
    { type = 'application/pdf', title = 'C5 report', confidential = false, as = vendor } = {},
  ) {
    const response = await app.request(
      `${base()}/evidence?title=${encodeURIComponent(title)}&confidential=${confidential}`,
      {
        method: 'POST',
        headers: { ...as.headers, 'content-type': type },
        body: typeof bytes === 'string' ? bytes : new Uint8Array(bytes),
      },
    );
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (text === '' ? null : JSON.parse(text)) as any,
    };
  }

  async function call(as: Caller, method: string, path: string, body?: unknown) {
    const response = await app.request(path, {
      method,
      headers: { ...as.headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json') ?? false;
    return { status: response.status, body: (json ? JSON.parse(text) : text) as any };
  }

  const documentCount = async () =>
    Number(
      (
        await db
          .selectFrom('evidence_document')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const readEntries = async (documentId: string) =>
    db
      .selectFrom('audit_entry')
      .select(['actor_type', 'actor_id', 'outcome'])
      .where('action', '=', 'evidence.document.read')
      .where('object_id', '=', documentId)
      .execute();

  describe('upload', () => {
    it('stores a PDF under a generated name with its SHA-256, and lists and returns it', async () => {
      const uploaded = await upload(tinyPdf, { title: 'ISO 27001 certificate' });
      expect(uploaded.status).toBe(201);
      const sha256 = createHash('sha256').update(tinyPdf).digest('hex');
      expect(uploaded.body).toMatchObject({
        serviceId,
        title: 'ISO 27001 certificate',
        fileName: `${uploaded.body.id}.pdf`,
        mediaType: 'application/pdf',
        byteSize: tinyPdf.length,
        sha256,
        confidential: false,
      });
      const listed = await call(vendor, 'GET', `${base()}/evidence`);
      expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(uploaded.body.id);

      const response = await app.request(`${base()}/evidence/${uploaded.body.id}`, {
        headers: vendor.headers,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="${uploaded.body.id}.pdf"`,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('etag')).toBe(`"${sha256}"`);
      expect(response.headers.get('repr-digest')).toBe(
        `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`,
      );
      expect(await response.text()).toBe(tinyPdf);
    });

    it('refuses by content: an HTML page sent as a PDF, a script, an empty file, a file over the limit, a zip bomb', async () => {
      const before = await documentCount();
      const html = await upload('<!doctype html><html><script>alert(1)</script></html>');
      expect(html.status).toBe(415);
      expect(html.type).toContain('application/problem+json');
      expect(html.body.detail).toContain('PDF, PNG, JPEG, Word (DOCX) or Excel (XLSX)');
      const script = await upload('#!/bin/sh\nrm -rf /\n', { type: 'application/octet-stream' });
      expect(script.status).toBe(415);
      // A real PDF declared as an image: the declared type must match the content.
      expect((await upload(tinyPdf, { type: 'image/png' })).status).toBe(415);

      const empty = await upload('');
      expect(empty.status).toBe(422);
      expect(empty.body.detail).toContain('empty');

      const large = await upload(tinyPdf + ' '.repeat(maxBytes));
      expect(large.status).toBe(413);
      expect(large.type).toContain('application/problem+json');

      // One part of 5 MiB of zeros deflates to a few KiB: far beyond what a document compresses.
      const bomb = zipOf([
        { name: '[Content_Types].xml', data: contentTypes },
        { name: 'word/document.xml', data: Buffer.alloc(5 * 1024 * 1024) },
      ]);
      expect(bomb.byteLength).toBeLessThan(maxBytes);
      const refused = await upload(bomb, { type: docxType });
      expect(refused.status).toBe(422);
      expect(refused.body.detail).toContain('zip bomb');

      const broken = await upload(bomb.slice(0, 2_000), { type: 'application/octet-stream' });
      expect([415, 422]).toContain(broken.status);

      expect(await documentCount()).toBe(before);
    });

    it('takes a small DOCX container', async () => {
      const docx = zipOf([
        { name: '[Content_Types].xml', data: contentTypes },
        { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
      ]);
      const uploaded = await upload(docx, { type: 'application/octet-stream' });
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.mediaType).toBe(docxType);
      expect(uploaded.body.fileName).toMatch(/\.docx$/);
    });

    it("answers another vendor's service as not found, and nothing is stored", async () => {
      const before = await documentCount();
      expect((await upload(tinyPdf, { as: otherVendor })).status).toBe(404);
      expect((await call(otherVendor, 'GET', `${base()}/evidence`)).status).toBe(404);
      expect(await documentCount()).toBe(before);
    });
  });

  describe('confidential evidence for authorities', () => {
    it('is found only with a standing grant, and every read is audited', async () => {
      const { body: document } = await upload(tinyPdf, { confidential: true });
      const registryPath = `/api/v1/registry/services/${serviceId}/evidence/${document.id}`;

      // Not cited by a published version: not found even for the vendor's grantee.
      const grant = await call(vendor, 'POST', `${base()}/evidence-grants`, {
        authorityId: officer.organisationId,
      });
      expect(grant.status).toBe(201);
      expect(grant.body).toMatchObject({ authorityId: officer.organisationId, revokedAt: null });
      expect((await call(officer, 'GET', registryPath)).status).toBe(404);

      await insertPublishedVersion(db, serviceId, 1, [document.id]);
      const read = await app.request(registryPath, { headers: officer.headers });
      expect(read.status).toBe(200);
      expect(await read.text()).toBe(tinyPdf);
      expect(await readEntries(document.id)).toEqual([
        { actor_type: 'user', actor_id: officer.id, outcome: 'succeeded' },
      ]);

      // Another authority without a grant: not found, and no read is recorded.
      const refused = await call(otherOfficer, 'GET', registryPath);
      expect(refused.status).toBe(404);
      expect(refused.body.detail).not.toContain('confidential');
      expect(await readEntries(document.id)).toHaveLength(1);

      // Once revoked, the grantee is refused again; the grant stays listed.
      const revoked = await call(vendor, 'DELETE', `${base()}/evidence-grants/${grant.body.id}`);
      expect(revoked.status).toBe(200);
      expect(revoked.body.revokedAt).not.toBeNull();
      expect((await call(officer, 'GET', registryPath)).status).toBe(404);
      expect(await readEntries(document.id)).toHaveLength(1);
      const grants = await call(vendor, 'GET', `${base()}/evidence-grants`);
      expect(grants.body.items).toEqual([
        expect.objectContaining({ id: grant.body.id, revokedAt: revoked.body.revokedAt }),
      ]);
      expect(
        (await call(vendor, 'DELETE', `${base()}/evidence-grants/${grant.body.id}`)).status,
      ).toBe(409);

      // A cited document cannot be deleted.
      const deleted = await call(vendor, 'DELETE', `${base()}/evidence/${document.id}`);
      expect(deleted.status).toBe(409);
    });

    it('refuses a second standing grant and an id that is no authority', async () => {
      const first = await call(vendor, 'POST', `${base()}/evidence-grants`, {
        authorityId: otherOfficer.organisationId,
      });
      expect(first.status).toBe(201);
      const second = await call(vendor, 'POST', `${base()}/evidence-grants`, {
        authorityId: otherOfficer.organisationId,
      });
      expect(second.status).toBe(409);
      const noAuthority = await call(vendor, 'POST', `${base()}/evidence-grants`, {
        authorityId: otherVendor.organisationId,
      });
      expect(noAuthority.status).toBe(422);
      expect(noAuthority.body.errors[0].pointer).toBe('/authorityId');
    });

    it('reads a public document cited by a published version, and deletes an uncited one', async () => {
      const { body: cited } = await upload(tinyPdf, { title: 'ISO certificate' });
      const { body: loose } = await upload(tinyPdf, { title: 'Draft notes' });
      await insertPublishedVersion(db, serviceId, 2, [cited.id]);
      const registry = `/api/v1/registry/services/${serviceId}/evidence`;
      expect((await call(otherOfficer, 'GET', `${registry}/${cited.id}`)).status).toBe(200);
      expect((await call(otherOfficer, 'GET', `${registry}/${loose.id}`)).status).toBe(404);
      expect(await readEntries(loose.id)).toEqual([]);
      // The document under another service's path is not found.
      const elsewhere = await insertService(db, vendor.organisationId);
      expect(
        (
          await call(
            otherOfficer,
            'GET',
            `/api/v1/registry/services/${elsewhere}/evidence/${cited.id}`,
          )
        ).status,
      ).toBe(404);

      expect((await call(vendor, 'DELETE', `${base()}/evidence/${loose.id}`)).status).toBe(204);
      expect((await call(vendor, 'GET', `${base()}/evidence/${loose.id}`)).status).toBe(404);
      expect(
        await db
          .selectFrom('audit_entry')
          .select('actor_id')
          .where('action', '=', 'evidence.document.deleted')
          .where('object_id', '=', loose.id)
          .execute(),
      ).toEqual([{ actor_id: vendor.id }]);
    });
  });
});
