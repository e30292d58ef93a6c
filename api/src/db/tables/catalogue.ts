// Tables of the catalogue migration; each table's interface is named <Name>Table.

/** What a catalogue file row holds; templates and rule files are files too. */
export const catalogueFileKinds = [
  'catalogue',
  'template',
  'recommendationRules',
  'legalExposureRules',
] as const;
export type CatalogueFileKind = (typeof catalogueFileKinds)[number];

export interface CatalogueTables {
  catalogue_file: CatalogueFileTable;
  catalogue_entry: CatalogueEntryTable;
  evaluation_template: EvaluationTemplateTable;
  catalogue_rule: CatalogueRuleTable;
}

export interface CatalogueFileTable {
  id: string;
  kind: CatalogueFileKind;
  version: string;
  /** RFC 8785 canonical JSON of the file without its items. */
  header: string;
  sha256: string;
  loaded_at: Date;
}

export interface CatalogueEntryTable {
  id: string;
  file_id: string;
  position: number;
  kind: string;
  verified: boolean;
  /** RFC 8785 canonical JSON of the validated entry. */
  document: string;
  sha256: string;
}

export interface EvaluationTemplateTable {
  id: string;
  file_id: string;
  document: string;
  sha256: string;
}

export interface CatalogueRuleTable {
  id: string;
  file_id: string;
  position: number;
  document: string;
  sha256: string;
}
