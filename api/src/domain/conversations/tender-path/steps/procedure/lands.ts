import type { LocalizedText, TenderLand } from '@tenderwise/schema';
import type { Named } from '../../../parser/context.ts';

/**
 * The 16 Länder by their ISO 3166-2 code, with the names and abbreviations people use for them
 * ("NRW", "Bayern", "Bavaria"). The Land is the one of the authority's seat: its public holidays
 * count for the deadlines.
 */
export const lands: readonly { id: TenderLand; name: LocalizedText; synonyms: string[] }[] = [
  {
    id: 'DE-BW',
    name: { de: 'Baden-Württemberg', en: 'Baden-Württemberg' },
    synonyms: ['BW', 'Baden-Wuerttemberg', 'Ba-Wü'],
  },
  { id: 'DE-BY', name: { de: 'Bayern', en: 'Bavaria' }, synonyms: ['BY', 'Freistaat Bayern'] },
  { id: 'DE-BE', name: { de: 'Berlin', en: 'Berlin' }, synonyms: ['BE'] },
  { id: 'DE-BB', name: { de: 'Brandenburg', en: 'Brandenburg' }, synonyms: ['BB'] },
  {
    id: 'DE-HB',
    name: { de: 'Bremen', en: 'Bremen' },
    synonyms: ['HB', 'Freie Hansestadt Bremen'],
  },
  {
    id: 'DE-HH',
    name: { de: 'Hamburg', en: 'Hamburg' },
    synonyms: ['HH', 'Freie und Hansestadt Hamburg'],
  },
  { id: 'DE-HE', name: { de: 'Hessen', en: 'Hesse' }, synonyms: ['HE'] },
  {
    id: 'DE-MV',
    name: { de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
    synonyms: ['MV', 'Meck-Pomm', 'Mecklenburg-Vorpommern'],
  },
  { id: 'DE-NI', name: { de: 'Niedersachsen', en: 'Lower Saxony' }, synonyms: ['NI', 'NDS'] },
  {
    id: 'DE-NW',
    name: { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
    synonyms: ['NRW', 'NW'],
  },
  {
    id: 'DE-RP',
    name: { de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
    synonyms: ['RP', 'RLP'],
  },
  { id: 'DE-SL', name: { de: 'Saarland', en: 'Saarland' }, synonyms: ['SL'] },
  { id: 'DE-SN', name: { de: 'Sachsen', en: 'Saxony' }, synonyms: ['SN', 'Freistaat Sachsen'] },
  { id: 'DE-ST', name: { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' }, synonyms: ['ST', 'LSA'] },
  { id: 'DE-SH', name: { de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' }, synonyms: ['SH'] },
  {
    id: 'DE-TH',
    name: { de: 'Thüringen', en: 'Thuringia' },
    synonyms: ['TH', 'Freistaat Thüringen'],
  },
];

export const landNames: Named[] = lands.map((land) => ({
  id: land.id,
  names: [...new Set([land.name.de, land.name.en, land.id, ...land.synonyms])],
}));

export function landName(id: string): LocalizedText {
  return lands.find((land) => land.id === id)?.name ?? { de: id, en: id };
}
