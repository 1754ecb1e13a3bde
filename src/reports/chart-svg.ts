/**
 * Server-side chart rendering: ECharts' SSR mode draws a {@link ChartSpec}'s option to an SVG
 * string (no DOM, no canvas), which the PDF embeds as vectors.
 */
import * as echarts from 'echarts';
import { type ChartSpec, chartOption } from './charts.js';

/** The chart as an SVG document of `width` × `height` pixels. */
export function chartSvg(spec: ChartSpec, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(chartOption(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
