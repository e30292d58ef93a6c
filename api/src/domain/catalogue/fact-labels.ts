import type { LocalizedText } from '@tenderwise/schema';
import type { FactLabels } from './conditions.ts';

type Labels = Record<string, { name: LocalizedText; values?: Record<string, LocalizedText> }>;

const yesNo = {
  true: { de: 'ja', en: 'yes' },
  false: { de: 'nein', en: 'no' },
};

/** How the buyer context's facts read in printed reasoning. */
const buyerContextLabels: Labels = {
  dataClasses: {
    name: { de: 'Datenklassen', en: 'Data classes' },
    values: {
      personal: { de: 'personenbezogene Daten', en: 'personal data' },
      specialCategories: {
        de: 'besondere Kategorien (Art. 9 DSGVO)',
        en: 'special categories (Art. 9 GDPR)',
      },
      health: { de: 'Gesundheitsdaten', en: 'health data' },
      social: { de: 'Sozialdaten', en: 'social data' },
      professionalSecrets: { de: 'Berufsgeheimnisse', en: 'professional secrets' },
      vsNfd: { de: 'VS-NUR FÜR DEN DIENSTGEBRAUCH', en: 'VS-NfD (classified, restricted)' },
    },
  },
  nis2Entity: {
    name: { de: 'NIS2-Einrichtung', en: 'NIS2 entity' },
    values: {
      none: { de: 'keine', en: 'none' },
      important: { de: 'wichtige Einrichtung', en: 'important entity' },
      essential: { de: 'besonders wichtige Einrichtung', en: 'essential entity' },
    },
  },
  kritisOperator: {
    name: { de: 'KRITIS-Betreiber', en: 'Critical infrastructure operator' },
    values: yesNo,
  },
  sector: {
    name: { de: 'Sektor', en: 'Sector' },
    values: {
      publicAdministration: { de: 'öffentliche Verwaltung', en: 'public administration' },
      health: { de: 'Gesundheit', en: 'health' },
      energy: { de: 'Energie', en: 'energy' },
      water: { de: 'Wasser', en: 'water' },
      transport: { de: 'Verkehr', en: 'transport' },
      finance: { de: 'Finanzwesen', en: 'finance' },
      telecommunications: { de: 'Telekommunikation', en: 'telecommunications' },
      digitalInfrastructure: { de: 'digitale Infrastruktur', en: 'digital infrastructure' },
      research: { de: 'Forschung', en: 'research' },
      education: { de: 'Bildung', en: 'education' },
      defence: { de: 'Verteidigung', en: 'defence' },
      other: { de: 'sonstiger', en: 'other' },
    },
  },
  sgbVActor: {
    name: { de: 'Adressat von § 393 SGB V', en: 'Addressee of § 393 SGB V' },
    values: yesNo,
  },
  serviceModel: {
    name: { de: 'Dienstmodell', en: 'Service model' },
    values: {
      iaas: { de: 'IaaS', en: 'IaaS' },
      paas: { de: 'PaaS', en: 'PaaS' },
      saas: { de: 'SaaS', en: 'SaaS' },
      onPremises: { de: 'eigener Betrieb', en: 'on premises' },
    },
  },
  aiWorkloads: { name: { de: 'KI-Arbeitslasten', en: 'AI workloads' }, values: yesNo },
  contractValueEur: { name: { de: 'Auftragswert (EUR)', en: 'Contract value (EUR)' } },
  aboveEuThreshold: {
    name: { de: 'EU-Schwellenwert erreicht', en: 'EU threshold reached' },
    values: yesNo,
  },
};

/** How the facts derived from an offer's self-assessment read in printed reasoning. */
const offerLabels: Labels = {
  usJurisdiction: {
    name: {
      de: 'US-Recht unterworfen (Anbieter oder beherrschendes Unternehmen)',
      en: 'Subject to US jurisdiction (provider or controlling company)',
    },
    values: {
      yes: { de: 'ja', en: 'yes' },
      no: { de: 'nein', en: 'no' },
      unknown: { de: 'offen', en: 'unknown' },
    },
  },
  providerOutsideEea: {
    name: { de: 'Anbieter außerhalb des EWR', en: 'Provider outside the EEA' },
    values: yesNo,
  },
  nonEeaControl: {
    name: { de: 'Beherrschung von außerhalb des EWR', en: 'Controlled from outside the EEA' },
    values: yesNo,
  },
  dataOutsideEea: {
    name: { de: 'Datenverarbeitung außerhalb des EWR', en: 'Data processed outside the EEA' },
    values: yesNo,
  },
  operationsOutsideEea: {
    name: {
      de: 'Betrieb oder Support von außerhalb des EWR',
      en: 'Operations or support from outside the EEA',
    },
    values: yesNo,
  },
  customerKeyControl: {
    name: { de: 'Schlüsselkontrolle', en: 'Key control' },
    values: {
      provider: { de: 'Schlüssel beim Anbieter', en: 'keys held by the provider' },
      externalKeyManagement: {
        de: 'externes Schlüsselmanagement des Kunden',
        en: "customer's external key management",
      },
      clientSideEncryption: { de: 'clientseitige Verschlüsselung', en: 'client-side encryption' },
    },
  },
  disconnectTested: {
    name: {
      de: 'Trennung von Nicht-EU-Verbindungen getestet',
      en: 'Disconnect from non-EU connections tested',
    },
    values: yesNo,
  },
  russiaLinked: {
    name: {
      de: 'Tatbestand nach Art. 5k VO 833/2014',
      en: 'A case under Art. 5k Regulation 833/2014',
    },
    values: yesNo,
  },
  nonEuShareholdingAboveSecNumCloudLimits: {
    name: {
      de: 'Nicht-EU-Beteiligung über den SecNumCloud-Grenzen',
      en: 'Non-EU holdings above the SecNumCloud limits',
    },
    values: yesNo,
  },
};

function labelsOf(table: Labels): FactLabels {
  return {
    fact: (name) => table[name]?.name ?? { de: name, en: name },
    value: (name, value) => {
      const known = table[name]?.values?.[String(value)];
      if (known) return known;
      if (typeof value === 'number') {
        return { de: value.toLocaleString('de-DE'), en: value.toLocaleString('en-GB') };
      }
      return { de: String(value), en: String(value) };
    },
  };
}

export const buyerContextFactLabels = labelsOf(buyerContextLabels);
export const offerFactLabels = labelsOf(offerLabels);
