// Local check only (not committed): published tenders, a vendor and notices in DATA_DIR.
import { readFileSync, writeFileSync } from 'node:fs';
import { EvaluationScheme } from '@tenderwise/schema';
import { pino } from 'pino';
import { openEmbeddedDatabase } from '../src/db/embedded/open-embedded.ts';
import { insertOrganisation } from '../src/db/repositories/organisations.ts';
import { insertUser, setPasswordHash } from '../src/db/repositories/users.ts';
import { insertTeamMember } from '../src/db/repositories/tenders.ts';
import { blankScheme, onReferenceDate } from '../src/domain/options-reviews/scheme-start.ts';
import { canonicalJson } from '../src/engine/canonical/canonical-json.ts';
import { schemeCommitment } from '../src/engine/canonical/commitment.ts';
import { hashPassword } from '../src/security/credentials/passwords.ts';
import { enqueueNotice } from '../src/services/notices/enqueue-notice.ts';

const dataDir = process.env.DATA_DIR!;
const database = await openEmbeddedDatabase({
  dataDir,
  purpose: 'local seed',
  logger: pino({ level: 'warn' }),
  migrate: true,
  create: true,
});
const db = database.db;
const now = new Date();
const authority = await insertOrganisation(db, { kind: 'authority', name: 'Landesamt für Digitales', createdAt: now });
const vendorOrg = await insertOrganisation(db, { kind: 'vendor', name: 'Beispiel GmbH', createdAt: now });
const mk = async (org: string, kind: 'authority' | 'vendor', role: 'officer' | 'vendor', email: string) =>
  insertUser(db, { organisationId: org, organisationKind: kind, email, displayName: email.split('@')[0]!, role, createdAt: now });
const lead = await mk(authority.id, 'authority', 'officer', 'lead@example.org');
const approver = await mk(authority.id, 'authority', 'officer', 'approver@example.org');
const vendor = await mk(vendorOrg.id, 'vendor', 'vendor', 'vendor@example.org');
await setPasswordHash(db, vendor.id, await hashPassword('vendor-pass-2026-check'), now);

const template = JSON.parse(readFileSync('../seed/templates/state-collaboration-suite.json', 'utf8'));
const richScheme = onReferenceDate(EvaluationScheme.parse(template.scheme), '2027-03-01');
const plain = blankScheme({ title: 'Betrieb', referenceDate: '2027-03-01' });
let seq = 0;
async function tender(input: {
  title: string;
  state: 'draft' | 'published' | 'cancelled';
  questionsDeadline: Date;
  lots: { title: string; scheme: EvaluationScheme }[];
}) {
  seq += 1;
  const t = await db.insertInto('tender').values({
    organisation_id: authority.id, reference: `LfD-2027-${seq}`, title: input.title,
    description: 'Bereitstellung und Betrieb.\nZweite Zeile der Beschreibung.',
    cpv_codes: ['48000000-8', '72000000-5'], regime: 'VgV', procedure_type: 'vgv.open', land: 'DE-BE',
    authority_kind: 'otherPublicAuthority', contract_kind: 'suppliesServices', estimated_value: null,
    estimated_on: null, no_lots_reasons: null, max_lots_per_bidder: 2, max_lots_per_award: null,
    submission_deadline: new Date('2027-03-01T11:00:00Z'), questions_deadline: input.questionsDeadline,
    bid_validity_until: '2027-05-31', procedure_ground: null, lead_user_id: lead.id,
    publication_requested_by: null, publication_requested_at: null, publication_requested_version: null,
    approved_by: null, published_at: null, cancelled_by: null, cancelled_at: null,
    cancellation_ground: null, cancellation_reasons: null, created_by: lead.id, created_at: now, updated_at: now,
  }).returningAll().executeTakeFirstOrThrow();
  await insertTeamMember(db, { tenderId: t.id, userId: lead.id, capacity: 'officer', addedBy: lead.id, at: now });
  for (const [i, lot] of input.lots.entries()) {
    await db.insertInto('tender_lot').values({ tender_id: t.id, number: i + 1, title: lot.title, description: `Beschreibung von Los ${i + 1}`,
      scheme_draft: canonicalJson(lot.scheme), scheme_origin_kind: 'blank', scheme_origin_template_id: null,
      scheme_origin_template_version: null, created_at: now, updated_at: now }).execute();
  }
  if (input.state === 'draft') return t.id;
  for (const [i, lot] of input.lots.entries()) {
    await db.insertInto('tender_scheme_version').values({ tender_id: t.id, lot_number: i + 1, number: 1,
      scheme: canonicalJson(lot.scheme), commitment: schemeCommitment(lot.scheme), correction_number: null,
      created_by: approver.id, created_at: now }).execute();
  }
  await db.updateTable('tender').set({ state: 'published', publication_requested_by: lead.id, publication_requested_at: now,
    publication_requested_version: 1, approved_by: approver.id, published_at: now }).where('id', '=', t.id).execute();
  if (input.state === 'cancelled') {
    await db.updateTable('tender').set({ state: 'cancelled', cancelled_by: lead.id, cancelled_at: now,
      cancellation_ground: 'noEconomicResult', cancellation_reasons: 'Kein wirtschaftliches Ergebnis.' }).where('id', '=', t.id).execute();
  }
  return t.id;
}
const open = await tender({ title: 'Kollaborationsplattform', state: 'published', questionsDeadline: new Date('2027-02-22T22:59:59Z'),
  lots: [{ title: 'Plattform', scheme: richScheme }, { title: 'Betrieb', scheme: plain }] });
const corrected = { ...plain, title: 'Betrieb (berichtigt)' } as EvaluationScheme;
await db.insertInto('tender_correction').values({ tender_id: open, number: 1, reason: 'Preisblatt berichtigt.',
  previous_submission_deadline: new Date('2027-02-20T11:00:00Z'), submission_deadline: new Date('2027-03-01T11:00:00Z'),
  previous_questions_deadline: new Date('2027-02-12T22:59:59Z'), questions_deadline: new Date('2027-02-22T22:59:59Z'),
  corrected_by: lead.id, corrected_at: now }).execute();
await db.insertInto('tender_scheme_version').values({ tender_id: open, lot_number: 2, number: 2, scheme: canonicalJson(corrected),
  commitment: schemeCommitment(corrected), correction_number: 1, created_by: lead.id, created_at: now }).execute();
const otherOrg = await insertOrganisation(db, { kind: 'vendor', name: 'Andere AG', createdAt: now });
const other = await mk(otherOrg.id, 'vendor', 'vendor', 'other@example.org');
await db.insertInto('tender_question').values({ tender_id: open, number: 1, lot_number: 1, text: 'Ist ein Unterauftrag zulässig?',
  organisation_id: otherOrg.id, asked_by_user_id: other.id, asked_by_api_key_id: null, asked_at: now, late: false,
  answer: 'Ja, mit Nennung im Angebot.', answered_by: lead.id, answered_at: now }).execute();
await db.insertInto('tender_question').values({ tender_id: open, number: 2, lot_number: null, text: 'Geheime unbeantwortete Frage der Anderen AG',
  organisation_id: otherOrg.id, asked_by_user_id: other.id, asked_by_api_key_id: null, asked_at: now, late: false,
  answer: null, answered_by: null, answered_at: null }).execute();
const late = await tender({ title: 'Späte Fragen', state: 'published', questionsDeadline: new Date('2026-12-01T22:59:59Z'),
  lots: [{ title: 'Gesamtleistung', scheme: plain }] });
const cancelled = await tender({ title: 'Aufgehobene Ausschreibung', state: 'cancelled', questionsDeadline: new Date('2027-02-22T22:59:59Z'),
  lots: [{ title: 'Gesamtleistung', scheme: plain }] });
const draft = await tender({ title: 'Entwurf', state: 'draft', questionsDeadline: new Date('2027-02-22T22:59:59Z'),
  lots: [{ title: 'Gesamtleistung', scheme: plain }] });
await enqueueNotice(db, { kind: 'clarification_answer', subject: { de: 'Antwort auf eine Bieterfrage: Kollaborationsplattform', en: 'Answer to a clarification question: Kollaborationsplattform' },
  body: { de: 'Frage 1 wurde beantwortet.', en: 'Question 1 has been answered.' }, object: { type: 'tender', id: open } },
  [{ organisationId: vendorOrg.id }], { now, email: false });
await enqueueNotice(db, { kind: 'cancellation', subject: { de: 'Aufhebung', en: 'Cancellation' },
  body: { de: 'Die Ausschreibung wurde aufgehoben.', en: 'The tender was cancelled.' }, object: { type: 'tender', id: cancelled } },
  [{ organisationId: vendorOrg.id, userId: vendor.id }], { now, email: false });
writeFileSync(`${dataDir}/local-ids.json`, JSON.stringify({ open, late, cancelled, draft }));
await database.close();
console.log(JSON.stringify({ open, late, cancelled, draft }));
process.exit(0);
