import type { SeedBundle } from '@tenderwise/schema';
import { canonicalHash, canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { CatalogueFileKind } from '../../db/tables/catalogue.ts';

/** A row as a load wants it, before the load decides what to write. */
export interface DesiredFile {
  id: string;
  kind: CatalogueFileKind;
  version: string;
  header: string;
  sha256: string;
}
export interface DesiredEntry {
  id: string;
  file_id: string;
  position: number;
  kind: string;
  verified: boolean;
  document: string;
  sha256: string;
}
export interface DesiredTemplate {
  id: string;
  file_id: string;
  document: string;
  sha256: string;
}
export interface DesiredRule {
  id: string;
  file_id: string;
  position: number;
  document: string;
  sha256: string;
}

export interface DesiredState {
  files: DesiredFile[];
  entries: DesiredEntry[];
  templates: DesiredTemplate[];
  rules: DesiredRule[];
}

/** A document's stored form: its canonical JSON and that text's SHA-256. */
function stored(value: unknown): { document: string; sha256: string } {
  const document = canonicalJson(value);
  return { document, sha256: canonicalHash(value) };
}

/** A file's hash covers its header and its items' ids and hashes, in order. */
function file(
  id: string,
  kind: CatalogueFileKind,
  version: string,
  header: unknown,
  items: readonly { id: string; sha256: string }[],
): DesiredFile {
  return {
    id,
    kind,
    version,
    header: canonicalJson(header),
    sha256: canonicalHash({ header, items: items.map((item) => [item.id, item.sha256]) }),
  };
}

/** What the database should hold for a validated bundle, row by row. */
export function desiredState(bundle: SeedBundle): DesiredState {
  const state: DesiredState = { files: [], entries: [], templates: [], rules: [] };
  for (const catalogue of bundle.catalogues) {
    const { entries, ...header } = catalogue;
    const rows = entries.map((entry, position) => ({
      id: entry.id,
      file_id: catalogue.id,
      position,
      kind: entry.kind,
      verified: entry.verified,
      ...stored(entry),
    }));
    state.entries.push(...rows);
    state.files.push(file(catalogue.id, 'catalogue', catalogue.version, header, rows));
  }
  for (const template of bundle.templates) {
    const row = { id: template.id, file_id: template.id, ...stored(template) };
    const { schemaVersion, id, version, title, description, changelog } = template;
    const header = { schemaVersion, id, version, title, description, changelog };
    state.templates.push(row);
    state.files.push(file(template.id, 'template', template.version, header, [row]));
  }
  for (const ruleFile of bundle.rules) {
    const { rules, ...header } = ruleFile;
    const rows = rules.map((rule, position) => ({
      id: rule.id,
      file_id: ruleFile.id,
      position,
      ...stored(rule),
    }));
    state.rules.push(...rows);
    const kind = ruleFile.kind === 'recommendation' ? 'recommendationRules' : 'legalExposureRules';
    state.files.push(file(ruleFile.id, kind, ruleFile.version, header, rows));
  }
  return state;
}

/** One hash for the whole stored catalogue: every file's id and hash, in id order. */
export function catalogueDigest(files: readonly { id: string; sha256: string }[]): string {
  const sorted = [...files].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return canonicalHash(sorted.map((item) => [item.id, item.sha256]));
}
