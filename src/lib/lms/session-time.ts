/** SCORM 1.2's CMITimespan, HHHH:MM:SS.SS (hours at least two digits, at most 9999). */
export function scorm12Timespan(milliseconds: number): string {
  const centis = Math.max(0, Math.round(milliseconds / 10));
  const capped = Math.min(centis, 9999 * 360_000 + 59 * 6000 + 5999);
  const hours = Math.floor(capped / 360_000);
  const minutes = Math.floor((capped % 360_000) / 6000);
  const seconds = (capped % 6000) / 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hours)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004's timeinterval: an ISO 8601 duration such as "PT1H5M3.25S" (seconds to hundredths). */
export function iso8601Duration(milliseconds: number): string {
  const centis = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${Number(seconds.toFixed(2))}S` : ''}`;
  return `PT${parts || '0S'}`;
}
