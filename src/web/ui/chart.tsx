/**
 * A chart in the page: ECharts in the browser (SVG renderer, only the parts the reports use)
 * drawing the same option the PDF reports draw (`chartOption`), with the figures beside it in a
 * table for screen readers and for anyone who wants the numbers.
 */
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { type ChartSpec, chartOption } from '../../reports/charts.js';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** One chart of `spec`, `height` pixels tall, its width the container's. */
export function Chart({ spec, height = 260 }: { spec: ChartSpec; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, null, { renderer: 'svg' });
    chart.setOption({ ...chartOption(spec), tooltip: { trigger: 'axis' } });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [spec]);
  return (
    <figure className="figure-chart" data-chart={spec.title}>
      <div ref={box} className="figure-chart__canvas" style={{ height }} aria-hidden="true" />
      <figcaption>
        <table className="table table--dense figure-chart__figures">
          <caption className="table__caption">{spec.title}</caption>
          <thead>
            <tr>
              <td />
              {spec.series.map((series) => (
                <th key={series.name} scope="col" className="numeric">
                  {series.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spec.categories.map((category, row) => (
              <tr key={category}>
                <th scope="row">{category}</th>
                {spec.series.map((series) => (
                  <td key={series.name} className="numeric">
                    {series.values[row] ?? '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
