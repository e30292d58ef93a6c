import type { components } from '@tenderwise/schema/openapi-types';
import { stackedBarChart } from '#lib/charts/stacked-bars.ts';
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/paraglide/runtime.js';

type CatalogueIndex = components['schemas']['CatalogueIndexResponse'];

const regionOf = { de: 'de-DE', en: 'en-GB' } as const;

/**
 * How much of each criteria catalogue is checked against its sources, as a chart with its
 * description and table, in one language. Computed in the page's server load: the page receives
 * geometry and text, and no chart library.
 */
export function catalogueChart(index: CatalogueIndex, locale: Locale) {
  const options = { locale };
  const numbers = new Intl.NumberFormat(regionOf[locale]);
  const format = (value: number) => numbers.format(value);
  // Largest first: the eye compares neighbouring bars.
  const catalogues = [...index.catalogues].sort((a, b) => b.entryCount - a.entryCount);
  const series = [
    { key: 'verified', label: m.admin_catalogue_verified({}, options) },
    { key: 'unverified', label: m.admin_catalogue_unverified({}, options) },
  ] as const;
  const chart = stackedBarChart({
    series,
    bars: catalogues.map((catalogue) => ({
      id: catalogue.id,
      label: catalogue.title[locale],
      values: {
        verified: catalogue.verifiedCount,
        unverified: catalogue.entryCount - catalogue.verifiedCount,
      },
    })),
    format,
  });

  const share = (catalogue: { entryCount: number; verifiedCount: number }) =>
    catalogue.entryCount === 0 ? 1 : catalogue.verifiedCount / catalogue.entryCount;
  const weakest = catalogues.reduce<(typeof catalogues)[number] | undefined>(
    (least, catalogue) =>
      least === undefined || share(catalogue) < share(least) ? catalogue : least,
    undefined,
  );
  const percent = new Intl.NumberFormat(regionOf[locale], {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return {
    chart,
    title: m.admin_catalogue_chart_title({}, options),
    description: m.admin_catalogue_chart_description(
      {
        verified: format(index.verifiedCount),
        total: format(index.entryCount),
        share: percent.format(index.verifiedShare),
        weakest: weakest?.title[locale] ?? '',
        weakestVerified: format(weakest?.verifiedCount ?? 0),
        weakestTotal: format(weakest?.entryCount ?? 0),
      },
      options,
    ),
    table: {
      columns: [
        m.admin_catalogue_column_catalogue({}, options),
        m.admin_catalogue_column_entries({}, options),
        ...series.map((item) => item.label),
      ],
      rows: catalogues.map((catalogue) => ({
        id: catalogue.id,
        cells: [
          catalogue.title[locale],
          format(catalogue.entryCount),
          format(catalogue.verifiedCount),
          format(catalogue.entryCount - catalogue.verifiedCount),
        ],
      })),
    },
  };
}

export type CatalogueChart = ReturnType<typeof catalogueChart>;
