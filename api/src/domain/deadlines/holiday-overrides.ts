import type { GermanLand, PartialHolidayId } from '@tenderwise/schema';

/**
 * Public holidays that hold only in part of a Land. The law applies them per municipality,
 * which the holiday library cannot express for a given seat (it knows the city of Augsburg and a
 * few districts, coarser than the law). Each row names its statute; `municipalities` lists them
 * only where the statute names them exhaustively.
 */
export interface PartialHoliday {
  id: PartialHolidayId;
  land: GermanLand;
  name: { de: string; en: string };
  /** A fixed month and day, or the name under which the holiday library dates a movable feast. */
  date: { monthDay: string } | { libraryName: string };
  municipalities: readonly string[] | null;
  source: string;
}

export const partialHolidays: readonly PartialHoliday[] = [
  {
    id: 'augsburgerFriedensfest',
    land: 'BY',
    name: { de: 'Augsburger Hohes Friedensfest', en: 'Augsburg Peace Festival' },
    date: { monthDay: '08-08' },
    municipalities: ['Augsburg'],
    source: 'Art. 1 Abs. 2 Feiertagsgesetz (FTG) Bayern: im Stadtgebiet Augsburg',
  },
  {
    id: 'mariaeHimmelfahrtBY',
    land: 'BY',
    name: { de: 'Mariä Himmelfahrt', en: 'Assumption Day' },
    date: { monthDay: '08-15' },
    municipalities: null,
    source:
      'Art. 1 Abs. 1 Nr. 2 FTG Bayern: in Gemeinden mit überwiegend katholischer Bevölkerung (Feststellung des Bayerischen Landesamts für Statistik)',
  },
  {
    id: 'fronleichnamSN',
    land: 'SN',
    name: { de: 'Fronleichnam', en: 'Corpus Christi' },
    date: { libraryName: 'Fronleichnam' },
    municipalities: null,
    source:
      '§ 1 Abs. 2 SächsSFG mit der Fronleichnamsverordnung: bestimmte Gemeinden im Landkreis Bautzen',
  },
  {
    id: 'fronleichnamTH',
    land: 'TH',
    name: { de: 'Fronleichnam', en: 'Corpus Christi' },
    date: { libraryName: 'Fronleichnam' },
    municipalities: null,
    source:
      '§ 2 Abs. 2 ThürFGtG mit der Thüringer Fronleichnamsverordnung: Gemeinden mit überwiegend katholischer Bevölkerung (Eichsfeld, Teile des Unstrut-Hainich-Kreises und des Wartburgkreises)',
  },
];
