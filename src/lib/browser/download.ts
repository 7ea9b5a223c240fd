/** Saves text as a file on the learner's or trainer's computer; nothing leaves the browser. */
export function downloadText(text: string, fileName: string, type = 'text/markdown;charset=utf-8'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Saves a file made in the browser (a Word document, say) on the learner's computer. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
