/**
 * The reports' charts as one description ({@link ChartSpec}) and one ECharts option built from
 * it, so the web app (echarts in the browser) and the PDF (echarts' server-side SVG, embedded by
 * pdfmake) draw the same chart. The option builder is plain data; only {@link chartSvg} renders.
 */
import type { EChartsOption } from 'echarts';

/** One series of a chart: bars or a line, values in the chart's unit (null: no value). */
export interface ChartSeries {
  readonly name: string;
  readonly type: 'bar' | 'line';
  readonly values: readonly (number | null)[];
}

/** A chart over categories (periods, metrics), already in the reader's language. */
export interface ChartSpec {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** What the values are: hours, percent or a count of things (the axis' label and range follow). */
  readonly unit: 'hours' | 'percent' | 'count';
  /** A horizontal reference line, e.g. the compliance threshold. */
  readonly reference: { readonly label: string; readonly value: number } | null;
}

const palette = ['#1f5fa8', '#e08a1e', '#3a9d5d', '#b23a48', '#6b5ca5'];

function yAxisOf(unit: ChartSpec['unit']): EChartsOption['yAxis'] {
  switch (unit) {
    case 'percent':
      return { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } };
    case 'hours':
      return { type: 'value', axisLabel: { formatter: '{value} h' } };
    case 'count':
      return { type: 'value', minInterval: 1 };
  }
}

/** The ECharts option of a chart: static (no animation), the same in the web app and the PDF. */
export function chartOption(spec: ChartSpec): EChartsOption {
  const reference = spec.reference;
  return {
    animation: false,
    color: palette,
    textStyle: { fontFamily: 'Roboto', fontSize: 11 },
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 13, fontWeight: 'bold' } },
    legend: { bottom: 0, data: spec.series.map((s) => s.name) },
    grid: { left: 48, right: 16, top: 40, bottom: 48 },
    xAxis: { type: 'category', data: [...spec.categories] },
    yAxis: yAxisOf(spec.unit),
    series: spec.series.map((s, index) => ({
      name: s.name,
      type: s.type,
      data: [...s.values],
      ...(index === 0 && reference
        ? {
            markLine: {
              symbol: 'none',
              label: { formatter: reference.label, position: 'insideEndTop' },
              lineStyle: { type: 'dashed', color: '#b23a48' },
              data: [{ yAxis: reference.value }],
            },
          }
        : {}),
    })),
  };
}
