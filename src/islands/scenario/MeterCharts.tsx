import type { Meter } from '../../lib/schemas/scenario';
import { meterSeries, stepChart } from '../../lib/scenario/meter-series';
import type { PathStep } from '../../lib/scenario/scenario-types';

interface Props {
  meters: Meter[];
  path: PathStep[];
  idPrefix: string;
}

/** "start 3, na stap 1: 4, na stap 2: 6" */
function valuesInWords(values: number[]): string {
  return values.map((v, i) => (i === 0 ? `start ${v}` : `na stap ${i}: ${v}`)).join(', ');
}

/** Per meter a small step chart of the run, with every value written on it and said in its name. */
export function MeterCharts({ meters, path, idPrefix }: Props) {
  return (
    <div class="jt-charts">
      {meterSeries(meters, path).map((series) => {
        const meter = meters.find((m) => m.id === series.meterId)!;
        const chart = stepChart(series, 36);
        const captionId = `${idPrefix}-${series.meterId}`;
        return (
          <figure class="jt-chart" key={series.meterId}>
            <figcaption id={captionId}>
              <strong>{series.label}</strong> (van {series.min}, {meter.minLabel}, tot {series.max}, {meter.maxLabel})
            </figcaption>
            <svg
              class="jt-chart__svg"
              viewBox={`0 -4 ${chart.width} ${chart.height + 20}`}
              width={chart.width}
              height={chart.height + 24}
              role="img"
              aria-label={`${series.label}: ${valuesInWords(series.values)}.`}
            >
              <line class="jt-chart__axis" x1="0" x2={chart.width} y1={chart.height - 16} y2={chart.height - 16} />
              <line class="jt-chart__axis" x1="0" x2={chart.width} y1="16" y2="16" />
              <path class="jt-chart__line" d={chart.d} />
              {chart.points.map((p, i) => (
                <g key={i}>
                  <text class="jt-chart__value" x={p.x} y={p.y - 5} text-anchor="middle">
                    {p.value}
                  </text>
                  <text class="jt-chart__step" x={p.x} y={chart.height + 12} text-anchor="middle">
                    {i === 0 ? 'start' : i}
                  </text>
                </g>
              ))}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
