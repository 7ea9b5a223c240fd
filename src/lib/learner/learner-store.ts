import { getProgressStore } from '../progress/progress-store';

/** The one learner-state store of this page (memory-only during server rendering). */
export const getLearnerStore = getProgressStore;

/** Saves a file to the learner's computer; nothing leaves the browser. */
export function downloadFile(fileName: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
