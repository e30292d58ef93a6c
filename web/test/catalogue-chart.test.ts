import { describe, expect, it } from 'vitest';
import { catalogueChart } from '../src/routes/administration/catalogue-chart.ts';

const index = {
  catalogues: [
    {
      id: 'cost',
      version: '1.0.0',
      title: { de: 'Kosten und Lebenszyklus', en: 'Cost and life cycle' },
      description: { de: '', en: '' },
      changelog: [],
      entryCount: 3,
      verifiedCount: 0,
    },
    {
      id: 'c3a',
      version: '1.0.0',
      title: { de: 'BSI C3A – Kriterien für Cloud-Autonomie', en: 'BSI C3A – Criteria' },
      description: { de: '', en: '' },
      changelog: [],
      entryCount: 1059,
      verifiedCount: 1059,
    },
  ],
  entryCount: 1062,
  verifiedCount: 1059,
  verifiedShare: 0.9972,
};

describe('catalogueChart', () => {
  it('describes the catalogues in German, the largest first', () => {
    const chart = catalogueChart(index, 'de');
    expect(chart.title).toBe('Geprüfte und ungeprüfte Einträge je Kriterienkatalog');
    expect(chart.description).toBe(
      'Von 1.062 Einträgen sind 1.059 an ihren Quellen geprüft (100\u00a0%). ' +
        'Am wenigsten geprüft ist „Kosten und Lebenszyklus“ mit 0 von 3.',
    );
    expect(chart.chart.bars.map((bar) => bar.id)).toEqual(['c3a', 'cost']);
    expect(chart.table.columns).toEqual([
      'Katalog',
      'Einträge',
      'An den Quellen geprüft',
      'Noch nicht geprüft',
    ]);
    expect(chart.table.rows[1]).toEqual({
      id: 'cost',
      cells: ['Kosten und Lebenszyklus', '3', '0', '3'],
    });
  });

  it('speaks English on the English page', () => {
    const chart = catalogueChart(index, 'en');
    expect(chart.description).toContain('1,059 of 1,062 entries are checked');
    expect(chart.chart.bars[0]!.labelLines.map((line) => line.text)).toEqual([
      'BSI C3A – Criteria',
    ]);
    expect(chart.chart.legend.map((item) => item.label)).toEqual([
      'Checked against the sources',
      'Not checked yet',
    ]);
  });
});
