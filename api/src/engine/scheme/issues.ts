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
  let result = '';
  for (const segment of segments) {
    const text = String(segment);
    // Validation builds a pointer for every node; most need no escaping.
    const escaped =
      text.includes('~') || text.includes('/')
        ? text.replaceAll('~', '~0').replaceAll('/', '~1')
        : text;
    result += `/${escaped}`;
  }
  return result;
}
