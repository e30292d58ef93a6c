import { formatByteCount } from './body-limit.ts';
import { analysisBytesPerUnit, analysisCosts, rateLimits } from '../security/rate-limit/limits.ts';

/**
 * Every tag an operation may carry, with the description the docs show for it. `defineRoute`
 * accepts only these names, so no operation ends up under an undescribed heading.
 */
export const apiTags = [
  {
    name: 'system',
    description: 'The state of this installation and the description of its API.',
  },
  {
    name: 'analysis',
    description:
      'Stateless computations on schemes and bids that are not stored: evaluation, price ' +
      'formula previews, weighting, sensitivity and simulation. They change nothing and need no ' +
      `account. Each request costs units of the client's ${rateLimits.analysis.limit} per ` +
      'minute (counted per account when a session or API key is sent, else per address): ' +
      `${analysisCosts.inline}, or ${analysisCosts.worker} for sensitivity and simulation, plus ` +
      `1 per whole ${formatByteCount(analysisBytesPerUnit)} of request body, since the work ` +
      'grows with the body; over the limit the answer is 429 with Retry-After. Each operation ' +
      'states its body limit in `x-max-body-bytes`. Heavy work runs on two worker threads, ' +
      'shared fairly between clients; when the workers a client may use are busy, 503 with ' +
      'Retry-After.',
  },
  {
    name: 'account',
    description:
      'Signing in and out, the second factor (TOTP), accepting an invitation, setting up the ' +
      "first administrator with the server's setup link, and each user's own password and " +
      'sessions. Session tokens travel only in the HttpOnly cookie.',
  },
  {
    name: 'administration',
    description:
      'Organisations and users of the whole installation, for administrators: creating them, ' +
      'invitation links, roles, disabling users and ending their sessions.',
  },
  {
    name: 'catalogue',
    description:
      'Reference data with sources: criteria catalogues, evaluation templates and the rules ' +
      'that recommend criteria for a buyer and assess the legal exposure of an offer. Public, ' +
      'read-only; nothing is stored.',
  },
  {
    name: 'api-keys',
    description:
      "A vendor organisation's API keys, managed by its users with a session: created with " +
      'scopes and an expiry, shown once, listed without secrets, revoked at once.',
  },
  {
    name: 'options-reviews',
    description:
      'Options reviews (Optionenvergleich, also a market sounding under § 28 VgV): an ' +
      "authority's lead officer and members compare options on a stored evaluation scheme. " +
      'Only the lead and the members see a review; to everybody else, colleagues of the same ' +
      'authority and administrators included, it does not exist (404). The lead manages the ' +
      'review, officers among the members edit scheme and options, reviewers read. Every saved ' +
      'scheme is a new immutable version; options and the review carry a version that a change ' +
      'must name (409 when stale). A concluded review is read-only and records the commitment ' +
      'of the scheme version it used. Lists paginate with `limit` and `cursor`.',
  },
  {
    name: 'vendors',
    description:
      "The vendor side of the self-assessment registry, for a vendor's users and its API keys " +
      'with scope `self-assessment:write`: the vendor profile (facts about who the vendor is, ' +
      'its owner chain included, never scored), its services, and numbered self-assessment ' +
      'versions of each service, evidence documents and the authorities granted access to confidential evidence. A service has at most one draft, which only the vendor sees; ' +
      'publishing keeps the profile with the version and commits to both with a SHA-256 over ' +
      'their RFC 8785 canonical JSON, and a published version never changes. Attestations are ' +
      'judged on a date the caller names, by the scheme’s validity rule. Versions export to, ' +
      'and drafts import from, a self-assessment file (`SelfAssessmentTransfer`). Another ' +
      'vendor’s services and versions answer 404. Changes name the `version` they read (409 ' +
      'when stale). Lists paginate with `limit` and `cursor`.',
  },
  {
    name: 'registry',
    description:
      'The vendor self-assessment registry as authorities read it: officers and reviewers of ' +
      'any authority search the published self-assessments of vendors’ services by their ' +
      'answers (attestations valid on a named date, key control, locations, SEAL, C3A), read ' +
      'and compare published versions (drafts do not exist for them: 404), see the legal-' +
      'exposure findings derived from a version, record their own verifications of an ' +
      'attestation, and add a version to an options review as a pre-filled option. Attestation ' +
      'validity is judged on `validOn` (today when absent) by the scheme’s rule in the catalogue. Evidence documents a published version cites can ' +
      'be downloaded; confidential ones only while the vendor grants your authority access ' +
      '(§ 41 (3) VgV), else they do not exist (404). Every download is written to the audit log.',
  },
  {
    name: 'tenders',
    description:
      'Tenders (Vergabeverfahren) as the authority runs them: the procedure, its regime and ' +
      'type, the estimated contract value and the EU threshold it implies, lots, deadlines ' +
      'computed by the calendar rules of the regime and the Land’s holidays, the team with ' +
      'its declarations under § 6 VgV, each lot’s scheme, four-eyes publication that freezes ' +
      'version 1 of every scheme under its SHA-256 commitment, corrections (§ 20 (3) VgV) as ' +
      'new versions with extended deadlines, cancellation (§ 63 VgV), bidders’ questions and ' +
      'their public answers, and the tender record from the audit log. A tender is visible to ' +
      'its team only; to everybody else it does not exist (404). Changes name the `version` ' +
      'they read (409 when stale); after publication the scheme cannot change (409).',
  },
  {
    name: 'public-tenders',
    description:
      'Published tenders are free and open (§ 41 (1) VgV): anybody reads them without an ' +
      'account, with their scheme versions and commitments and the answers to bidders’ ' +
      'questions (never who asked). Vendors, signed in or with an API key with scope ' +
      '`tenders:read`, register interest to receive the tender’s notices and ask questions ' +
      'while the submission period runs; a question after the last day for questions is kept ' +
      'and flagged as late, never refused.',
  },
  {
    name: 'notices',
    description:
      'Notices to an organisation or one of its users (corrections, answers to questions, ' +
      'cancellations), in German and English: read in the application or through the API ' +
      '(vendor API keys with scope `tenders:read`), and sent by e-mail when the installation ' +
      'has SMTP configured. Each caller sees only its own organisation’s notices.',
  },
  {
    name: 'bids',
    description:
      'Bids in two ways that end in the same opened bid records. Imported: bids received on the ' +
      'authority’s e-procurement platform and opened there (§ 55 VgV) are imported from its ' +
      'export (our JSON format, or XLSX/CSV with a column mapping saved per platform), all or ' +
      'none, with the SHA-256 of the file and of the platform’s opening record; the same file ' +
      'again changes nothing. Sealed in our vault: vendors (API key with scope ' +
      '`bids:submit`, or signed in) submit, change and withdraw until the deadline; the content ' +
      'is encrypted to the tender’s key (HPKE, RFC 9180) before it reaches the database, and the ' +
      'receipt states the commit time and the SHA-256 of the sealed content. Before the opening ' +
      'the authority sees only the number of bids per lot. At least two opening officers open ' +
      'together in one session after the deadline (§ 55 VgV), each with their passphrase.',
  },
  {
    name: 'evaluation',
    description:
      'The evaluation of opened bids, on the authority side: the formal check and exclusion ' +
      'grounds, suitability, the price check and the award, each decision with its legal basis; ' +
      'requests for missing documents (§ 56 VgV) and clarifications with the bidders, who answer ' +
      'through the same API; blind panel scoring and the consensus; the official result, stored ' +
      'as canonical text with its input hash so that it can be recomputed to the byte; and the ' +
      'decision that the evaluation is complete. After the opening only the published method ' +
      'runs on the real bids.',
  },
  {
    name: 'conversations',
    description:
      'The assistant: guided dialogues in German and English that prepare a tender or an ' +
      'options review step by step, and answer questions about an options review’s results ' +
      'with the engine’s figures. Free text is read by a deterministic parser; nothing changes ' +
      'without the person’s confirmation, and every change goes through the operations of the ' +
      'tender or the review under their own rules. Each conversation is its user’s alone.',
  },
] as const satisfies readonly { name: string; description: string }[];

export type ApiTag = (typeof apiTags)[number]['name'];

export const apiTagNames: readonly string[] = apiTags.map((tag) => tag.name);
