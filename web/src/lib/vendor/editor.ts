import type { CatalogueHelp } from './catalogue-help.ts';
import type { FormValues, PointerErrors } from './pointer-form.ts';

/** What every part of the draft editor reads: the typed values, the errors and the help texts. */
export interface EditorState {
  values: FormValues;
  errors: PointerErrors | null;
  /** Catalogue help by entry id. */
  help: Record<string, CatalogueHelp>;
}
