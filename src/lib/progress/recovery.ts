import { recoveryFileName } from './file-names';
import { RECOVERY_NOTICES, partialRecoveryNotice } from './messages';
import type { StoredRead } from './stored-data';
import type { Recovery } from './store-types';

/**
 * What to tell the learner about stored text that could not be read in full,
 * or null when it was read in full. `backupKey` is where it is kept aside (null:
 * nowhere, so the learner must download it before anything is saved).
 */
export function recoveryFor(read: StoredRead, raw: string, backupKey: string | null, now: Date): Recovery | null {
  if (read.kind === 'ok') return null;
  const base =
    read.kind === 'partial'
      ? {
          kind: 'partial' as const,
          droppedCount: read.droppedCount,
          dropped: read.dropped,
          notice: partialRecoveryNotice(read.droppedCount),
        }
      : read.problem === 'newer-version'
        ? { kind: 'newer-version' as const, droppedCount: 0, dropped: [], notice: RECOVERY_NOTICES.newerVersion }
        : { kind: 'corrupt' as const, droppedCount: 0, dropped: [], notice: RECOVERY_NOTICES.corrupt };
  const notice = backupKey === null ? `${base.notice} ${RECOVERY_NOTICES.notKeptAside}` : base.notice;
  return { ...base, raw, backupKey, notice, fileName: recoveryFileName(now) };
}
