import type { Meter } from '../schemas/scenario';
import type { PathStep } from './scenario-types';

/** One meter through a run: its value at the start and after each decision. */
export interface MeterSeries {
  meterId: string;
  label: string;
  min: number;
  max: number;
  /** values[0] is the start; values[i] the value after step i. */
  values: number[];
}

/** Every meter's values over the run, in the scenario's meter order. */
export function meterSeries(meters: readonly Meter[], path: readonly PathStep[]): MeterSeries[] {
  return meters.map((m) => ({
    meterId: m.id,
    label: m.label,
    min: m.min,
    max: m.max,
    values: [path[0]?.before[m.id] ?? m.start, ...path.map((step) => step.after[m.id] ?? m.start)],
  }));
}

export interface StepChart {
  /** The SVG path of the steps: flat per step, a vertical jump at each decision. */
  d: string;
  /** Where each value's label sits: the middle of its step. */
  points: { x: number; y: number; value: number }[];
  width: number;
  height: number;
}

/**
 * A step chart of one series in a box of `height`, `stepWidth` per value. The chart's geometry is
 * pure so the tests can check it; the view only draws it.
 */
export function stepChart(series: MeterSeries, stepWidth = 44, height = 72, pad = 16): StepChart {
  const range = Math.max(1, series.max - series.min);
  const y = (value: number) => pad + ((series.max - value) / range) * (height - 2 * pad);
  const width = series.values.length * stepWidth;
  const parts: string[] = [];
  const points = series.values.map((value, i) => {
    const x0 = i * stepWidth;
    const yv = Math.round(y(value) * 10) / 10;
    parts.push(`${i === 0 ? 'M' : 'L'}${x0} ${yv}`, `L${x0 + stepWidth} ${yv}`);
    return { x: x0 + stepWidth / 2, y: yv, value };
  });
  return { d: parts.join(' '), points, width, height };
}
