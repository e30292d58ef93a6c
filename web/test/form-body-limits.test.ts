import { describe, expect, it } from 'vitest';
import {
  defaultEvidenceMaxBytes,
  defaultFormBodyBytes,
  evidenceFormAllowance,
  evidenceMaxBytesOf,
  formatByteLimit,
  formBodyDecision,
  isEvidenceUpload,
  largestFormBodyBytes,
} from '#lib/server/form-body-limits.ts';

const upload = new URL('http://localhost/en/vendor/services/7f1c/?/uploadEvidence');
const uploadDe = new URL('http://localhost/vendor/services/7f1c?/uploadEvidence');
const otherAction = new URL('http://localhost/vendor/services/7f1c?/saveDraft');
const optionsImport = new URL('http://localhost/options-reviews/9/import?/importOptions');
const twentyMiB = 20 * 1024 * 1024;

const decide = (url: URL, contentLength: number | null, chunked = false) =>
  formBodyDecision({
    method: 'POST',
    url,
    contentLength: contentLength === null ? null : String(contentLength),
    chunked,
    evidenceMaxBytes: twentyMiB,
  });

describe('form body limits', () => {
  it('takes an evidence file up to the API’s limit, with room for the form’s fields', () => {
    expect(decide(upload, twentyMiB + 10_000)).toBe('read');
    expect(decide(uploadDe, twentyMiB + evidenceFormAllowance)).toBe('read');
    expect(decide(upload, twentyMiB + evidenceFormAllowance + 1)).toBe('tooLarge');
  });

  it('holds every other form to 5 MiB, however large evidence may be', () => {
    expect(decide(optionsImport, defaultFormBodyBytes)).toBe('read');
    expect(decide(optionsImport, defaultFormBodyBytes + 1)).toBe('tooLarge');
    expect(decide(otherAction, 6 * 1024 * 1024)).toBe('tooLarge');
  });

  it('reads a body without a declared length only where the hard limit is the form’s own', () => {
    expect(decide(optionsImport, null, true)).toBe('lengthRequired');
    expect(decide(upload, null, true)).toBe('read');
    expect(decide(optionsImport, null, false)).toBe('read');
    expect(
      formBodyDecision({
        method: 'GET',
        url: optionsImport,
        contentLength: null,
        chunked: true,
        evidenceMaxBytes: twentyMiB,
      }),
    ).toBe('read');
  });

  it('sets the hard limit to the evidence upload’s, and never below the forms’ 5 MiB', () => {
    expect(largestFormBodyBytes(twentyMiB)).toBe(twentyMiB + evidenceFormAllowance);
    expect(largestFormBodyBytes(1024)).toBe(defaultFormBodyBytes);
  });

  it('knows the upload action only by its page and action name, and only as a post', () => {
    expect(isEvidenceUpload('POST', upload)).toBe(true);
    expect(isEvidenceUpload('GET', upload)).toBe(false);
    expect(isEvidenceUpload('POST', otherAction)).toBe(false);
    expect(
      isEvidenceUpload('POST', new URL('http://localhost/vendor/services/a/b?/uploadEvidence')),
    ).toBe(false);
  });

  it('reads EVIDENCE_MAX_BYTES as the API does, defaulting to 20 MiB', () => {
    expect(evidenceMaxBytesOf(undefined)).toBe(defaultEvidenceMaxBytes);
    expect(evidenceMaxBytesOf('')).toBe(defaultEvidenceMaxBytes);
    expect(evidenceMaxBytesOf('52428800')).toBe(50 * 1024 * 1024);
    expect(evidenceMaxBytesOf('lots')).toBe(defaultEvidenceMaxBytes);
  });

  it('names the limit in the reader’s language', () => {
    expect(formatByteLimit(twentyMiB, 'en')).toBe('20 MiB');
    expect(formatByteLimit(1.5 * 1024 * 1024, 'de')).toBe('1,5 MiB');
    expect(formatByteLimit(900 * 1024, 'en')).toBe('900 KiB');
  });
});
