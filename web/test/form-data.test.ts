import { describe, expect, it } from 'vitest';
import { passwordsDiffer, requireFields, textField } from '../src/lib/forms/form-data.ts';

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
}

describe('requireFields', () => {
  it('asks for every empty field, counting blanks as empty except in passwords', () => {
    const errors = requireFields(form({ email: '   ', password: ' ', name: 'x' }), [
      'email',
      'password',
      'name',
      'missing',
    ]);
    expect(errors).toEqual({
      form: null,
      fields: {
        email: [{ key: 'form_field_required' }],
        missing: [{ key: 'form_field_required' }],
      },
    });
  });

  it('is satisfied when everything is filled in', () => {
    expect(requireFields(form({ email: 'a@b.example' }), ['email'])).toBeNull();
  });
});

describe('passwordsDiffer', () => {
  it('marks the repetition when the passwords differ, exactly as typed', () => {
    expect(passwordsDiffer(form({ a: 'secret one', b: 'secret one ' }), 'a', 'b')).toEqual({
      form: null,
      fields: { b: [{ key: 'password_mismatch' }] },
    });
    expect(passwordsDiffer(form({ a: 'same', b: 'same' }), 'a', 'b')).toBeNull();
  });
});

describe('textField', () => {
  it('reads text and treats files and missing fields as empty', () => {
    const data = form({ name: 'Ada' });
    data.set('file', new Blob(['x']), 'x.txt');
    expect(textField(data, 'name')).toBe('Ada');
    expect(textField(data, 'file')).toBe('');
    expect(textField(data, 'nothing')).toBe('');
  });
});
