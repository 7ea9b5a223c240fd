import { useEffect, useRef } from 'preact/hooks';
import { activatesElement, commandForKey, isTextEntry, type KeyCommand } from '../../lib/workshop/keys';

/**
 * Listens for the workshop keys on the whole page. Keys typed in a text field
 * stay there, Space on a focused button presses that button, and while a dialog
 * is open only the help key (to close the help) gets through.
 */
export function useWorkshopKeys(onCommand: (command: KeyCommand) => void): void {
  const handler = useRef(onCommand);
  handler.current = onCommand;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTextEntry(event.target)) return;
      const command = commandForKey(event);
      if (!command || activatesElement(event.key, event.target)) return;
      const dialog = document.querySelector('dialog[open]');
      if (dialog && !(command.type === 'help' && dialog.classList.contains('jt-ws-help'))) return;
      event.preventDefault();
      handler.current(command);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

/** Full screen on or off; a browser that refuses (no user gesture, iframe) is left as it is. */
export function toggleFullscreen(): void {
  const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  done?.catch(() => undefined);
}

/** Offers text as a file download, without a server (a Blob URL). */
export function downloadText(text: string, fileName: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
