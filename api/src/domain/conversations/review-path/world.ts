import type { TemplateChoice } from '../tender-path/world.ts';

/**
 * What the options-review path reads each turn, loaded fresh by the service layer: today for
 * the reference date, the caller, and the catalogue's templates to start the scheme from.
 */
export interface ReviewWorld {
  /** Today in Berlin (YYYY-MM-DD). */
  today: string;
  userId: string;
  templates: TemplateChoice[];
}
