import {
  keyControls,
  sovereigntyObjectives,
  usJurisdictionAnswers,
  type Attestation,
  type SelfAssessmentContent,
} from '@tenderwise/schema';
import {
  addError,
  decimal,
  optionalText,
  rowIndices,
  rowIsBlank,
  type FormValues,
  type PointerErrors,
} from './pointer-form.ts';

/** The catalogue's attestation entries, by which the editor names scheme and type. */
export interface AttestationChoice {
  entryId: string;
  scheme: string;
  type?: string;
  title: string;
}

export const locationKinds = ['data', 'processing', 'support', 'administration'] as const;
export const russiaLinkNames = [
  'establishedInRussia',
  'russianOwnershipOver50Percent',
  'actingForRussianEntity',
  'russianSubcontractorsOver10Percent',
] as const;

/** The sections the API may name as missing when it refuses to publish. */
export const draftSections = [
  '/seal',
  '/c3a',
  '/locations',
  '/keyManagement',
  '/subprocessors',
  '/openStandards',
  '/legalExposure',
  '/attestations',
] as const;

/** The lists of the editor, each shown with its rows and one blank row to add another. */
export const draftLists = ['/subprocessors', '/openStandards', '/attestations'] as const;

/** A draft's content as the editor's fields show it. */
export function valuesOfContent(
  content: SelfAssessmentContent,
  choices: readonly AttestationChoice[],
): FormValues {
  const values: FormValues = {};
  for (const [objective, answer] of Object.entries(content.seal)) {
    if (!answer) continue;
    values[`/seal/${objective}/level`] = String(answer.level);
    values[`/seal/${objective}/justification`] = answer.justification;
  }
  for (const [criterion, answer] of Object.entries(content.c3a)) {
    values[`/c3a/${criterion}/met`] = String(answer.met);
    values[`/c3a/${criterion}/how`] = answer.how ?? '';
  }
  for (const kind of locationKinds) {
    values[`/locations/${kind}`] = content.locations?.[kind].join(', ') ?? '';
  }
  values['/keyManagement/control'] = content.keyManagement?.control ?? '';
  values['/keyManagement/description'] = content.keyManagement?.description ?? '';
  content.subprocessors.forEach((item, row) => {
    values[`/subprocessors/${row}/name`] = item.name;
    values[`/subprocessors/${row}/country`] = item.country;
    values[`/subprocessors/${row}/purpose`] = item.purpose;
    values[`/subprocessors/${row}/sharePercent`] = item.sharePercent?.toString() ?? '';
  });
  content.openStandards.forEach((item, row) => {
    values[`/openStandards/${row}/name`] = item.name;
    values[`/openStandards/${row}/note`] = item.note ?? '';
  });
  const exposure = content.legalExposure;
  if (exposure) {
    values['/legalExposure/usJurisdiction'] = exposure.usJurisdiction;
    if (exposure.disconnectTested) values['/legalExposure/disconnectTested'] = 'true';
    for (const name of russiaLinkNames) {
      if (exposure.russiaLinks[name]) values[`/legalExposure/russiaLinks/${name}`] = 'true';
    }
    const share = exposure.nonEuShareholding;
    values['/legalExposure/nonEuShareholding/largestSinglePercent'] =
      share?.largestSinglePercent.toString() ?? '';
    values['/legalExposure/nonEuShareholding/totalPercent'] = share?.totalPercent.toString() ?? '';
  }
  content.attestations.forEach((item, row) => {
    const at = `/attestations/${row}`;
    values[`${at}/id`] = item.id;
    values[`${at}/entryId`] = item.entryId ?? choiceOf(item, choices)?.entryId ?? '';
    values[`${at}/issuer`] = item.issuer;
    values[`${at}/scope`] = item.scope;
    if (item.coversService) values[`${at}/coversService`] = 'true';
    values[`${at}/auditPeriod/from`] = item.auditPeriod?.from ?? '';
    values[`${at}/auditPeriod/to`] = item.auditPeriod?.to ?? '';
    values[`${at}/reportDate`] = item.reportDate ?? '';
    values[`${at}/validFrom`] = item.validFrom ?? '';
    values[`${at}/validUntil`] = item.validUntil ?? '';
    values[`${at}/evidence/documentId`] =
      item.evidence?.kind === 'document' ? item.evidence.documentId : '';
    values[`${at}/evidence/url`] = item.evidence?.kind === 'link' ? item.evidence.url : '';
  });
  return values;
}

function choiceOf(item: Attestation, choices: readonly AttestationChoice[]) {
  return choices.find(
    (choice) => choice.scheme === item.scheme && (choice.type ?? null) === (item.type ?? null),
  );
}

export interface DraftReading {
  /** The content to save; what the API checks further is left to it. */
  content: SelfAssessmentContent;
  /** Problems found before asking the API (a level not chosen, a number that is none). */
  errors: PointerErrors;
  /** For each list, the form's row of each item sent. */
  rows: Record<string, number[]>;
}

/** The content the editor's fields describe. */
export function contentOfValues(
  values: FormValues,
  choices: readonly AttestationChoice[],
  newId: () => string,
): DraftReading {
  const errors: PointerErrors = {};
  const text = (pointer: string) => optionalText(values, pointer);
  const checked = (pointer: string) => values[pointer] === 'true';
  const number = (pointer: string): number | undefined => {
    const typed = text(pointer);
    if (typed === undefined) return undefined;
    const read = decimal(typed);
    if (read === null) addError(errors, pointer, 'vendor_number_invalid');
    return read ?? undefined;
  };

  const seal: SelfAssessmentContent['seal'] = {};
  for (const objective of sovereigntyObjectives) {
    const level = text(`/seal/${objective}/level`);
    const justification = text(`/seal/${objective}/justification`);
    if (level === undefined && justification === undefined) continue;
    if (level === undefined) addError(errors, `/seal/${objective}/level`, 'vendor_level_required');
    if (justification === undefined) {
      addError(errors, `/seal/${objective}/justification`, 'form_field_required');
    }
    seal[objective] = { level: Number(level ?? 0), justification: justification ?? '' };
  }

  const c3a: SelfAssessmentContent['c3a'] = {};
  for (const name of Object.keys(values)) {
    const match = /^\/c3a\/(c3a\.[a-z0-9-]{1,40})\/met$/.exec(name);
    if (!match || !values[name]) continue;
    const criterion = match[1]!;
    const how = text(`/c3a/${criterion}/how`);
    c3a[criterion] = { met: values[name] === 'true', ...(how === undefined ? {} : { how }) };
  }

  const countries = (kind: string) =>
    (values[`/locations/${kind}`] ?? '')
      .split(/[,;\s]+/)
      .map((code) => code.trim().toUpperCase())
      .filter(Boolean);
  const anyLocation = locationKinds.some((kind) => countries(kind).length > 0);
  const locations = anyLocation
    ? {
        data: countries('data'),
        processing: countries('processing'),
        support: countries('support'),
        administration: countries('administration'),
      }
    : undefined;

  const control = text('/keyManagement/control');
  const keyDescription = text('/keyManagement/description');
  const keyManagement =
    control && (keyControls as readonly string[]).includes(control)
      ? {
          control: control as (typeof keyControls)[number],
          ...(keyDescription === undefined ? {} : { description: keyDescription }),
        }
      : undefined;
  if (!keyManagement && keyDescription !== undefined) {
    addError(errors, '/keyManagement/control', 'vendor_choice_required');
  }

  const rows: Record<string, number[]> = {};
  const used = (list: string, ignore: readonly string[] = []) =>
    (rows[list] = rowIndices(values, list).filter(
      (row) => !rowIsBlank(values, `${list}/${row}`, ignore),
    ));

  const subprocessors = used('/subprocessors').map((row) => {
    const at = `/subprocessors/${row}`;
    const share = number(`${at}/sharePercent`);
    return {
      name: text(`${at}/name`) ?? '',
      country: (text(`${at}/country`) ?? '').toUpperCase(),
      purpose: text(`${at}/purpose`) ?? '',
      ...(share === undefined ? {} : { sharePercent: share }),
    };
  });

  const openStandards = used('/openStandards').map((row) => {
    const note = text(`/openStandards/${row}/note`);
    return {
      name: text(`/openStandards/${row}/name`) ?? '',
      ...(note === undefined ? {} : { note }),
    };
  });

  const jurisdiction = text('/legalExposure/usJurisdiction');
  let legalExposure: SelfAssessmentContent['legalExposure'];
  if (jurisdiction && (usJurisdictionAnswers as readonly string[]).includes(jurisdiction)) {
    const largest = number('/legalExposure/nonEuShareholding/largestSinglePercent');
    const total = number('/legalExposure/nonEuShareholding/totalPercent');
    legalExposure = {
      usJurisdiction: jurisdiction as (typeof usJurisdictionAnswers)[number],
      disconnectTested: checked('/legalExposure/disconnectTested'),
      russiaLinks: Object.fromEntries(
        russiaLinkNames.map((name) => [name, checked(`/legalExposure/russiaLinks/${name}`)]),
      ) as Record<(typeof russiaLinkNames)[number], boolean>,
      ...(largest === undefined && total === undefined
        ? {}
        : { nonEuShareholding: { largestSinglePercent: largest ?? 0, totalPercent: total ?? 0 } }),
    };
  }

  // The id names an attestation across versions; it is kept hidden, so a row with only its id
  // and the preset "covers this service" is still blank.
  const attestations = used('/attestations', ['id', 'coversService']).map((row) => {
    const at = `/attestations/${row}`;
    const choice = choices.find((item) => item.entryId === values[`${at}/entryId`]);
    if (!choice) addError(errors, `${at}/entryId`, 'vendor_choice_required');
    const from = text(`${at}/auditPeriod/from`);
    const to = text(`${at}/auditPeriod/to`);
    if ((from === undefined) !== (to === undefined)) {
      addError(
        errors,
        `${at}/auditPeriod/${from === undefined ? 'from' : 'to'}`,
        'form_field_required',
      );
    }
    const documentId = text(`${at}/evidence/documentId`);
    const url = text(`${at}/evidence/url`);
    const optional = {
      ...(choice?.type === undefined ? {} : { type: choice.type }),
      ...(from && to ? { auditPeriod: { from, to } } : {}),
      ...dateField('reportDate', text(`${at}/reportDate`)),
      ...dateField('validFrom', text(`${at}/validFrom`)),
      ...dateField('validUntil', text(`${at}/validUntil`)),
      ...(documentId
        ? { evidence: { kind: 'document' as const, documentId } }
        : url
          ? { evidence: { kind: 'link' as const, url } }
          : {}),
    };
    return {
      id: text(`${at}/id`) ?? newId(),
      scheme: choice?.scheme ?? '',
      entryId: choice?.entryId ?? '',
      issuer: text(`${at}/issuer`) ?? '',
      scope: text(`${at}/scope`) ?? '',
      coversService: checked(`${at}/coversService`),
      ...optional,
    };
  });

  return {
    content: {
      seal,
      c3a,
      ...(locations ? { locations } : {}),
      ...(keyManagement ? { keyManagement } : {}),
      subprocessors,
      openStandards,
      ...(legalExposure ? { legalExposure } : {}),
      attestations,
    },
    errors,
    rows,
  };
}

function dateField<K extends string>(key: K, value: string | undefined) {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
