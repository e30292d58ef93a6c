import type { FormErrors } from './form-errors.ts';

/** A text field of a submitted form; '' when it is missing or a file. */
export function textField(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * "Please fill in" for each of the named fields that is empty, or null when all are filled in.
 * Forms are sent with `novalidate`, so these messages appear in the page's language next to the
 * field instead of as the browser's own bubbles; passwords are not trimmed, everything else is.
 */
export function requireFields(data: FormData, names: readonly string[]): FormErrors | null {
  const fields: FormErrors['fields'] = {};
  for (const name of names) {
    const value = textField(data, name);
    const empty = /password/i.test(name) ? value === '' : value.trim() === '';
    if (empty) fields[name] = [{ key: 'form_field_required' }];
  }
  return Object.keys(fields).length === 0 ? null : { form: null, fields };
}

/** Both password fields must agree before the API is asked at all. */
export function passwordsDiffer(
  data: FormData,
  name: string,
  repeatName: string,
): FormErrors | null {
  if (textField(data, name) === textField(data, repeatName)) return null;
  return { form: null, fields: { [repeatName]: [{ key: 'password_mismatch' }] } };
}
