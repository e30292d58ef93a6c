import type { TenderAuditAction } from '../tenders/audit.ts';

/**
 * What each entry of the tender record says, for people to read. Typed over the tender's audit
 * actions, so a new action cannot reach the record without a label. The outcome (succeeded,
 * refused, failed) is shown beside the label.
 */
export const tenderRecordLabels: Record<
  TenderAuditAction | 'access.operation.refused',
  { de: string; en: string }
> = {
  'tender.tender.created': { de: 'Vergabeverfahren angelegt', en: 'Tender created' },
  'tender.tender.updated': { de: 'Angaben zum Verfahren geändert', en: 'Tender details changed' },
  'tender.deadlines.updated': { de: 'Fristen geändert', en: 'Deadlines changed' },
  'tender.lot.created': { de: 'Los angelegt', en: 'Lot created' },
  'tender.lot.updated': { de: 'Los geändert', en: 'Lot changed' },
  'tender.lot.deleted': { de: 'Los gelöscht', en: 'Lot deleted' },
  'tender.scheme.saved': { de: 'Wertungsschema gespeichert', en: 'Evaluation scheme saved' },
  'tender.team.member_added': { de: 'Person ins Team aufgenommen', en: 'Team member added' },
  'tender.team.member_removed': { de: 'Person aus dem Team entfernt', en: 'Team member removed' },
  'tender.team.declared': {
    de: 'Erklärung über das Nichtvorliegen eines Interessenkonflikts (§ 6 VgV) abgegeben',
    en: 'No conflict of interest declared (§ 6 VgV)',
  },
  'tender.publication.requested': {
    de: 'Veröffentlichung beantragt',
    en: 'Publication requested',
  },
  'tender.publication.withdrawn': {
    de: 'Antrag auf Veröffentlichung zurückgezogen',
    en: 'Publication request withdrawn',
  },
  'tender.publication.approved': {
    de: 'Veröffentlichung freigegeben (Vier-Augen-Prinzip); Wertungsschema festgeschrieben',
    en: 'Publication approved (four eyes); evaluation scheme frozen',
  },
  'tender.correction.published': {
    de: 'Berichtigung der Vergabeunterlagen veröffentlicht (§ 20 Abs. 3 VgV)',
    en: 'Correction of the procurement documents published (§ 20 (3) VgV)',
  },
  'tender.tender.cancelled': {
    de: 'Vergabeverfahren aufgehoben (§ 63 VgV)',
    en: 'Tender cancelled (§ 63 VgV)',
  },
  'tender.conversation.turns': {
    de: 'Gespräch mit dem Assistenten fortgesetzt',
    en: 'Conversation with the assistant continued',
  },
  'tender.question.asked': { de: 'Bieterfrage gestellt', en: 'Bidder question asked' },
  'tender.question.answered': { de: 'Bieterfrage beantwortet', en: 'Bidder question answered' },
  'tender.interest.registered': {
    de: 'Interesse am Verfahren bekundet',
    en: 'Interest in the tender registered',
  },
  'tender.interest.withdrawn': {
    de: 'Interessenbekundung zurückgezogen',
    en: 'Interest in the tender withdrawn',
  },
  'tender.bids.imported': {
    de: 'Angebote von der Vergabeplattform importiert (§ 55 VgV)',
    en: 'Bids imported from the e-procurement platform (§ 55 VgV)',
  },
  'access.operation.refused': { de: 'Zugriff verweigert', en: 'Access refused' },
  'tender.opening_key.set': {
    de: 'Öffnungs-Passphrase festgelegt',
    en: 'Opening passphrase set',
  },
  'tender.outage.recorded': {
    de: 'Störung des Einreichungswegs dokumentiert (§ 57 Abs. 1 Nr. 1 VgV)',
    en: 'Outage of the submission channel recorded (§ 57 (1) no. 1 VgV)',
  },
  'tender.opening.started': {
    de: 'Öffnungstermin begonnen (§ 55 VgV)',
    en: 'Opening session started (§ 55 VgV)',
  },
  'tender.opening.presence_confirmed': {
    de: 'Anwesenheit im Öffnungstermin mit Passphrase bestätigt',
    en: 'Presence at the opening session confirmed with the passphrase',
  },
  'tender.opening.opened': {
    de: 'Angebote geöffnet; Niederschrift erstellt (§ 55 Abs. 2 VgV)',
    en: 'Bids opened; opening record made (§ 55 (2) VgV)',
  },
  'tender.opening.abandoned': {
    de: 'Öffnungstermin abgebrochen',
    en: 'Opening session abandoned',
  },
  'tender.evaluation.answer_received': {
    de: 'Antwort eines Bieters von der Vergabeplattform erfasst',
    en: 'Bidder’s answer from the platform recorded',
  },
  'tender.evaluation.scores_saved': {
    de: 'Bewertungsbogen gespeichert',
    en: 'Score sheet saved',
  },
  'tender.evaluation.scores_submitted': {
    de: 'Bewertungsbogen abgegeben',
    en: 'Score sheet submitted',
  },
  'tender.evaluation.consensus_recorded': {
    de: 'Konsensbewertung festgehalten',
    en: 'Consensus score recorded',
  },
  'tender.evaluation.result_computed': {
    de: 'Amtliches Wertungsergebnis eines Loses berechnet',
    en: 'Official result of a lot computed',
  },
  'tender.evaluation.award_decided': {
    de: 'Wertung abgeschlossen, Zuschlagsentscheidung getroffen',
    en: 'Evaluation completed, award decided',
  },
  'tender.evaluation.stage_decided': {
    de: 'Wertungsstufe eines Angebots entschieden',
    en: 'Evaluation stage of a bid decided',
  },
  'tender.evaluation.document_requested': {
    de: 'Unterlage nachgefordert (§ 56 VgV)',
    en: 'Missing document requested (§ 56 VgV)',
  },
  'tender.evaluation.document_answered': {
    de: 'Nachgeforderte Unterlage eingereicht',
    en: 'Requested document supplied',
  },
  'tender.evaluation.document_request_decided': {
    de: 'Über nachgeforderte Unterlage entschieden',
    en: 'Requested document decided on',
  },
  'tender.evaluation.clarification_asked': {
    de: 'Aufklärung beim Bieter erbeten (§ 15 Abs. 5 VgV)',
    en: 'Clarification asked of the bidder (§ 15 (5) VgV)',
  },
  'tender.evaluation.clarification_answered': {
    de: 'Aufklärung vom Bieter beantwortet',
    en: 'Clarification answered by the bidder',
  },
  'tender.evaluation.clarification_decided': {
    de: 'Aufklärung gewürdigt',
    en: 'Clarification assessed',
  },
};

/** The label of an action; an action without one is shown by its name. */
export function tenderRecordLabel(action: string): { de: string; en: string } {
  return (
    (tenderRecordLabels as Record<string, { de: string; en: string }>)[action] ?? {
      de: action,
      en: action,
    }
  );
}
