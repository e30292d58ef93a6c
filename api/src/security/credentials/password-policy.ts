import { isCommonPassword } from './common-passwords.ts';

/** ASVS 6.2.1: at least 8 characters. */
export const PASSWORD_MIN_LENGTH = 8;

/** ASVS 6.2.1 strongly recommends 15; the UI says so, the policy does not enforce it. */
export const PASSWORD_RECOMMENDED_LENGTH = 15;

/**
 * A ceiling well above the 64 characters ASVS 6.2.9 requires us to accept. It exists so that one
 * request cannot make the server normalise, scan and hash megabytes, and so that every password
 * that is accepted fits any later storage or transport limit (128 code points are at most 512
 * bytes of UTF-8). Passphrases and password-manager output stay far below it.
 */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Words of this system and its field that make a password easy to guess for anyone who knows
 * where it is used (ASVS 6.1.2, 6.2.11). Callers add the organisation's own names per request.
 * Short role names (admin, vendor) are left out: as substrings they would refuse many unrelated
 * passphrases, and a password that is only such a word is on the common list already.
 */
export const CONTEXT_WORDS: readonly string[] = Object.freeze([
  'tenderwise',
  'vergabe',
  'ausschreibung',
  'beschaffung',
  'procurement',
]);

/**
 * Name and e-mail fragments shorter than this are not searched for inside passwords: "li" or
 * "bo" would refuse many unrelated passphrases.
 */
const MIN_FRAGMENT_LENGTH = 4;

/** Why a password is refused; the UI turns each code into a message in the user's language. */
export type PasswordProblem =
  | { code: 'too-short'; minimum: number; recommended: number }
  | { code: 'too-long'; maximum: number }
  | { code: 'common' }
  | { code: 'contains-personal-data'; field: 'email' | 'name' }
  | { code: 'contains-context-word' };

export type PasswordCheck = { ok: true } | { ok: false; problems: PasswordProblem[] };

/** What is known about the account, to refuse passwords built from it. */
export interface PasswordContext {
  email?: string | undefined;
  name?: string | undefined;
  /** Further words, e.g. the organisation's name and abbreviation. */
  words?: readonly string[] | undefined;
}

/** Length as a person counts it: Unicode code points of the NFC form, not UTF-16 units. */
export function passwordLength(password: string): number {
  let count = 0;
  for (const _ of password.normalize('NFC')) count += 1;
  return count;
}

/**
 * Checks a new password against the ASVS 5 policy: length only, no composition rules (6.2.5),
 * any Unicode character allowed, not a common password (6.2.4), not built from the account's
 * e-mail or name or from context words (6.2.11). Never throws for a bad password; returns every
 * problem found, as codes, and never the password or the context values themselves.
 */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordCheck {
  const problems: PasswordProblem[] = [];
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({
      code: 'too-short',
      minimum: PASSWORD_MIN_LENGTH,
      recommended: PASSWORD_RECOMMENDED_LENGTH,
    });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push({ code: 'too-long', maximum: PASSWORD_MAX_LENGTH });
    // Nothing more is worth scanning in a string that cannot be accepted anyway.
    return { ok: false, problems };
  }
  if (isCommonPassword(password)) problems.push({ code: 'common' });

  const folded = fold(password);
  if (containsAny(folded, emailFragments(context.email))) {
    problems.push({ code: 'contains-personal-data', field: 'email' });
  }
  if (containsAny(folded, nameFragments(context.name))) {
    problems.push({ code: 'contains-personal-data', field: 'name' });
  }
  if (containsAny(folded, [...CONTEXT_WORDS, ...(context.words ?? []).map(fold)])) {
    problems.push({ code: 'contains-context-word' });
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

function fold(value: string): string {
  return value.normalize('NFC').toLowerCase();
}

function containsAny(folded: string, fragments: readonly string[]): boolean {
  return fragments.some(
    (fragment) => passwordLength(fragment) >= MIN_FRAGMENT_LENGTH && folded.includes(fragment),
  );
}

/** Splits on anything that is not a letter or digit: "anna-lena.schmidt" → anna, lena, schmidt. */
function words(value: string): string[] {
  return value.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

function emailFragments(email: string | undefined): string[] {
  if (!email) return [];
  const folded = fold(email.trim());
  const at = folded.lastIndexOf('@');
  const local = at === -1 ? folded : folded.slice(0, at);
  return [folded, local, ...words(local)];
}

function nameFragments(name: string | undefined): string[] {
  if (!name) return [];
  const parts = words(fold(name));
  // "Anna Schmidt" also as "annaschmidt", the way it is often written into a password.
  return [parts.join(''), ...parts];
}
