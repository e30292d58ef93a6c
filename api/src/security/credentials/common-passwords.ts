import { dictionary } from '@zxcvbn-ts/language-common';

const list: readonly string[] = dictionary['passwords-common'];

/**
 * How many of the most common passwords are refused: all of zxcvbn-ts' list (49,233 entries in
 * @zxcvbn-ts/language-common 4.1.3, most common first). Most entries are shorter than eight
 * characters and fail the length rule anyway; of the first 10,000 only 3,534 are long enough,
 * barely above the 3,000 policy-matching passwords ASVS 6.2.4 asks for, while the whole list
 * holds 17,950. The import loads the whole list in any case, so refusing all of it costs only a set.
 */
export const COMMON_PASSWORDS_REFUSED = list.length;

let common: ReadonlySet<string> | undefined;

/** Whether a password is on the list, ignoring case; the set is built on first use. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(list.map((entry) => entry.normalize('NFC').toLowerCase()));
  return common.has(password.normalize('NFC').toLowerCase());
}
