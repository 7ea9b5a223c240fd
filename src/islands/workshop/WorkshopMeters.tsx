import type { Meter } from '../../lib/schemas/scenario';

interface Props {
  meters: Meter[];
  values: Record<string, number>;
  /** Values before the last choice; when given, each meter shows its change. */
  before?: Record<string, number> | undefined;
  idPrefix: string;
}

const signed = (n: number) => (n > 0 ? `+${n}` : `−${Math.abs(n)}`);

/** The scenario's meters in projector size. The value and its change are always written out, never shown by colour alone. */
export function WorkshopMeters({ meters, values, before, idPrefix }: Props) {
  return (
    <ul class="jt-ws-meters" aria-label="Meters">
      {meters.map((meter) => {
        const value = values[meter.id] ?? meter.start;
        const change = before ? value - (before[meter.id] ?? meter.start) : 0;
        const labelId = `${idPrefix}-${meter.id}`;
        return (
          <li class="jt-ws-meter" key={meter.id}>
            <span class="jt-ws-meter__label" id={labelId}>
              {meter.label}
            </span>
            <meter
              class="jt-ws-meter__bar"
              min={meter.min}
              max={meter.max}
              value={value}
              aria-labelledby={labelId}
              aria-valuetext={`${value} van ${meter.max}, van ${meter.minLabel} naar ${meter.maxLabel}`}
            />
            <span class="jt-ws-meter__value">
              {value} van {meter.max}
              {change !== 0 && (
                <strong class={`jt-ws-meter__change jt-ws-meter__change--${change > 0 ? 'up' : 'down'}`}> ({signed(change)})</strong>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
