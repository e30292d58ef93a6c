/** A problem with a scheme or an evaluation input, naming the element by JSON pointer. */
export interface EngineIssue {
  /** RFC 6901 pointer into the input, e.g. `/award/3/weightBp`. */
  pointer: string;
  /** Stable machine-readable code, e.g. `weights-not-summing`. */
  code: string;
  /** One English sentence naming the element. */
  message: string;
}

/** Thrown by engine entry points when their input is not valid; carries every issue found. */
export class EngineInputError extends Error {
  override name = 'EngineInputError';
  readonly issues: readonly EngineIssue[];

  constructor(issues: readonly EngineIssue[]) {
    super(issues.map((issue) => `${issue.pointer}: ${issue.message}`).join('; '));
    this.issues = issues;
  }
}

export function pointer(...segments: (string | number)[]): string {
  return segments
    .map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}
