import { describe, expect, it } from 'vitest';
import { apiQueryOf, readSearchForm, searchParamsOf } from '../src/lib/registry/search-query.ts';

describe('the registry search form', () => {
  it('turns the repeated fields of the GET form into the API’s comma-separated lists', () => {
    const form = readSearchForm(
      new URLSearchParams(
        'q=+Wolke+&attestation=bsi-c5:type2&attestation=iso-27001&keyControl=externalKeyManagement' +
          '&keyControl=clientSideEncryption&dataIn=eea&seal-sov-3=3&seal-sov-7=&c3a=c3a.sov-1-01-c1' +
          '&validOn=2027-01-15',
      ),
    );
    expect(apiQueryOf(form, 'next')).toEqual({
      q: 'Wolke',
      attestation: 'bsi-c5:type2,iso-27001',
      keyControl: 'externalKeyManagement,clientSideEncryption',
      dataIn: 'eea',
      sealAtLeast: 'sov-3:3',
      c3a: 'c3a.sov-1-01-c1',
      validOn: '2027-01-15',
      cursor: 'next',
    });
  });

  it('drops values that could never match instead of refusing a hand-edited link', () => {
    const form = readSearchForm(
      new URLSearchParams(
        'keyControl=nobody&dataIn=mars&seal-sov-1=9&attestation=bad value&c3a=iso&validOn=soon',
      ),
    );
    expect(apiQueryOf(form)).toEqual({});
  });

  it('gives the page back the address the form would have sent, for the pages of results', () => {
    const sent = 'attestation=bsi-c5%3Atype2&keyControl=provider&dataIn=de&seal-sov-2=1';
    expect(searchParamsOf(readSearchForm(new URLSearchParams(sent))).toString()).toBe(sent);
    expect(searchParamsOf(readSearchForm(new URLSearchParams(sent)), 'c2').get('cursor')).toBe(
      'c2',
    );
  });
});
