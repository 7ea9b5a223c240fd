import type { ProgressState } from './progress-schema';
import { PROGRESS_VERSION } from './state';

/** The `app` field of every export file. */
export const EXPORT_APP = 'ja-tenzij';

/** The envelope of an export file. */
export interface ExportEnvelope {
  /** Always "ja-tenzij". */
  app: typeof EXPORT_APP;
  /** The data version (see `migrations.ts`). */
  version: number;
  /** When the file was made (ISO 8601). */
  exportedAt: string;
  /** The learner data. */
  data: ProgressState;
}

/**
 * The data as it goes into an export: everything the learner made, without
 * the bookkeeping that only matters between tabs (deleted reflections, the
 * moment of "alles wissen").
 */
export function exportableData(state: ProgressState): ProgressState {
  return { ...state, deletedReflections: {}, clearedAt: null };
}

/** The export file as pretty-printed JSON, in an envelope that says what it is. */
export function exportJson(state: ProgressState, exportedAt: Date = new Date()): string {
  const envelope: ExportEnvelope = {
    app: EXPORT_APP,
    version: PROGRESS_VERSION,
    exportedAt: exportedAt.toISOString(),
    data: exportableData(state),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
