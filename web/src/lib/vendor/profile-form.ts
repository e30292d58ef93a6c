import type { VendorProfile } from '@tenderwise/schema';
import {
  addError,
  decimal,
  optionalText,
  rowIndices,
  rowIsBlank,
  type FormValues,
  type PointerErrors,
} from './pointer-form.ts';

/** The lists of the profile form, each shown with its rows and one blank row. */
export const profileLists = ['/ownerChain', '/contacts'] as const;

/** A profile as the form's fields show it. */
export function valuesOfProfile(profile: VendorProfile | null): FormValues {
  if (!profile) return { '/registeredOffice/country': 'DE' };
  const values: FormValues = {
    '/legalName': profile.legalName,
    '/registeredOffice/street': profile.registeredOffice.street ?? '',
    '/registeredOffice/postalCode': profile.registeredOffice.postalCode ?? '',
    '/registeredOffice/city': profile.registeredOffice.city,
    '/registeredOffice/country': profile.registeredOffice.country,
    '/website': profile.website ?? '',
  };
  profile.ownerChain.forEach((link, row) => {
    values[`/ownerChain/${row}/name`] = link.name;
    values[`/ownerChain/${row}/country`] = link.country;
    values[`/ownerChain/${row}/sharePercent`] = link.sharePercent?.toString() ?? '';
    if (link.controls) values[`/ownerChain/${row}/controls`] = 'true';
  });
  profile.contacts.forEach((contact, row) => {
    values[`/contacts/${row}/name`] = contact.name;
    values[`/contacts/${row}/role`] = contact.role ?? '';
    values[`/contacts/${row}/email`] = contact.email;
    values[`/contacts/${row}/phone`] = contact.phone ?? '';
  });
  return values;
}

/** The profile the form's fields describe, and what is wrong before asking the API. */
export function profileOfValues(values: FormValues): {
  profile: VendorProfile;
  errors: PointerErrors;
  rows: Record<string, number[]>;
} {
  const errors: PointerErrors = {};
  const text = (pointer: string) => optionalText(values, pointer);
  for (const pointer of ['/legalName', '/registeredOffice/city', '/registeredOffice/country']) {
    if (text(pointer) === undefined) addError(errors, pointer, 'form_field_required');
  }
  const rows: Record<string, number[]> = {};
  const used = (list: string) =>
    (rows[list] = rowIndices(values, list).filter(
      (row) => !rowIsBlank(values, `${list}/${row}`, ['controls']),
    ));
  const ownerChain = used('/ownerChain').map((row) => {
    const at = `/ownerChain/${row}`;
    const typedShare = text(`${at}/sharePercent`);
    const share = typedShare === undefined ? undefined : decimal(typedShare);
    if (share === null) addError(errors, `${at}/sharePercent`, 'vendor_number_invalid');
    return {
      name: text(`${at}/name`) ?? '',
      country: (text(`${at}/country`) ?? '').toUpperCase(),
      ...(share === undefined || share === null ? {} : { sharePercent: share }),
      controls: values[`${at}/controls`] === 'true',
    };
  });
  const contacts = used('/contacts').map((row) => {
    const at = `/contacts/${row}`;
    const role = text(`${at}/role`);
    const phone = text(`${at}/phone`);
    return {
      name: text(`${at}/name`) ?? '',
      email: text(`${at}/email`) ?? '',
      ...(role === undefined ? {} : { role }),
      ...(phone === undefined ? {} : { phone }),
    };
  });
  const street = text('/registeredOffice/street');
  const postalCode = text('/registeredOffice/postalCode');
  const website = text('/website');
  return {
    profile: {
      legalName: text('/legalName') ?? '',
      registeredOffice: {
        ...(street === undefined ? {} : { street }),
        ...(postalCode === undefined ? {} : { postalCode }),
        city: text('/registeredOffice/city') ?? '',
        country: (text('/registeredOffice/country') ?? '').toUpperCase(),
      },
      ownerChain,
      contacts,
      ...(website === undefined ? {} : { website }),
    },
    errors,
    rows,
  };
}
