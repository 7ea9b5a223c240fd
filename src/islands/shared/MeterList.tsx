import type { Meter } from '../../lib/schemas/scenario';

interface Props {
  meters: Meter[];
  values: Record<string, number>;
  /** Change per meter caused by the last choice, shown next to the value. */
  changes?: Record<string, number> | undefined;
  idPrefix: string;
  /** `page`: bars under their labels, with the ends named (the scenario player). `projector`: one line per meter, read from the back of a room. */
  size?: 'page' | 'projector';
}

/** "+2" or "−1" (a real minus sign, which screen readers say as "min"). */
const signed = (n: number) => (n > 0 ? `+${n}` : `−${Math.abs(n)}`);

/** What a meter's value means in words; the bar alone would say it by length only. */
export const meterText = (meter: Meter, value: number) => `${value} van ${meter.max}, van ${meter.minLabel} naar ${meter.maxLabel}`;

/** Change per meter from one set of values to the next. */
export function meterChanges(meters: Meter[], before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(meters.map((m) => [m.id, (after[m.id] ?? m.start) - (before[m.id] ?? m.start)]));
}

/** The scenario's meters as text and bars. The value and its change are always written out, never shown by colour alone. */
export function MeterList({ meters, values, changes, idPrefix, size = 'page' }: Props) {
  return (
    <ul class={`jt-meters jt-meters--${size}`} aria-label="Meters">
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
              aria-valuetext={meterText(meter, value)}
            />
            {size === 'page' && (
              <span class="jt-meter__ends" aria-hidden="true">
                <span>{meter.minLabel}</span>
                <span>{meter.maxLabel}</span>
              </span>
            )}
            <span class="jt-meter__value">
              {value} van {meter.max}
              {change !== 0 && <span class={`jt-meter__change jt-meter__change--${change > 0 ? 'up' : 'down'}`}> ({signed(change)})</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** "Houding +2, Vertrouwen van bewoners −1" for announcements and the path review. */
export function describeChanges(meters: Meter[], before: Record<string, number>, after: Record<string, number>): string {
  const changes = meterChanges(meters, before, after);
  const parts = meters.filter((m) => changes[m.id] !== 0).map((m) => `${m.label} ${signed(changes[m.id]!)}`);
  return parts.length ? parts.join(', ') : 'geen verandering op de meters';
}
