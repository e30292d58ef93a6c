import type { ConversationWidget } from '@tenderwise/schema';
import { priceLines } from '#lib/charts/price-lines.ts';
import { formatDecimal } from '#lib/i18n/format.ts';
import { m } from '#lib/paraglide/messages.js';
import { formatLevel, priceFormulaName } from '#lib/tenders/price-preview.ts';

type PricePreviewWidget = Extract<ConversationWidget, { kind: 'pricePreview' }>;
type Locale = 'de' | 'en';

/**
 * The price preview the dialogue offers as a chart: one line per formula, points against percent
 * above the cheapest bid, with the same numbers as a table. Computed in the load (ADR 0012).
 */
export function pricePreviewChart(widget: PricePreviewWidget, locale: Locale) {
  const maxPoints = Number(widget.maxPoints);
  const names = widget.formulas.map((entry) => priceFormulaName(entry.formula, locale));
  const levels = [
    ...new Set(widget.formulas.flatMap((entry) => entry.points.map((p) => p.abovePercent))),
  ].sort((first, second) => first - second);
  const chart = priceLines({
    maxPoints,
    lines: widget.formulas.map((entry, index) => ({
      id: String(index),
      points: entry.points.map((p) => ({ abovePercent: p.abovePercent, points: Number(p.points) })),
    })),
    format: (value) => formatDecimal(value, locale),
  });
  const max = formatDecimal(maxPoints, locale);
  return {
    chart,
    names,
    title: m.assistant_price_chart_title({}, { locale }),
    description: m.assistant_price_chart_description({ max, count: names.length }, { locale }),
    xAxisLabel: m.assistant_price_axis_x({}, { locale }),
    yAxisLabel: m.assistant_price_axis_y({ max }, { locale }),
    table: {
      columns: [m.assistant_price_column_level({}, { locale }), ...names],
      rows: levels.map((level) => ({
        id: String(level),
        cells: [
          formatLevel(level, locale),
          ...widget.formulas.map((entry) => {
            const found = entry.points.find((p) => p.abovePercent === level);
            return found ? formatDecimal(Number(found.points), locale) : '–';
          }),
        ],
      })),
    },
  };
}

export type PricePreviewChart = ReturnType<typeof pricePreviewChart>;
