import type { Meter } from '../../lib/schemas/scenario';

interface Props {
  meters: Meter[];
  values: Record<string, number>;
  /** Change per meter caused by the last choice, shown next to the value. */
  changes?: Record<string, number> | undefined;
  idPrefix: string;
}

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** The meters as text and bars. The value is always written out, never shown by colour alone. */
export function MeterList({ meters, values, changes, idPrefix }: Props) {
  return (
    <ul class="jt-meters" aria-label="Meters">
      {meters.map((meter) => {
        const value = values[meter.id] ?? meter.start;
        const change = changes?.[meter.id] ?? 0;
        const id = `${idPrefix}-${meter.id}`;
        return (
          <li class="jt-meter" key={meter.id}>
            <label class="jt-meter__label" for={id}>
              {meter.label}
            </label>
            <meter
              id={id}
              class="jt-meter__bar"
              min={meter.min}
              max={meter.max}
              value={value}
              optimum={meter.max}
              aria-valuetext={`${value} van ${meter.max}, van ${meter.minLabel} naar ${meter.maxLabel}`}
            />
            <span class="jt-meter__ends" aria-hidden="true">
              <span>{meter.minLabel}</span>
              <span>{meter.maxLabel}</span>
            </span>
            <span class="jt-meter__value">
              {value} van {meter.max}
              {change !== 0 && (
                <span class={`jt-meter__change ${change > 0 ? 'jt-meter__change--up' : 'jt-meter__change--down'}`}>
                  {' '}
                  ({signed(change)})
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** "Houding +2, Vertrouwen van bewoners −1" for announcements and the path review. */
export function describeChanges(meters: Meter[], before: Record<string, number>, after: Record<string, number>): string {
  const parts = meters
    .map((m) => ({ m, delta: (after[m.id] ?? 0) - (before[m.id] ?? 0) }))
    .filter(({ delta }) => delta !== 0)
    .map(({ m, delta }) => `${m.label} ${signed(delta)}`);
  return parts.length ? parts.join(', ') : 'geen verandering op de meters';
}
