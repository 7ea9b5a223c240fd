import { useEffect, useRef } from 'preact/hooks';
import { activatesElement, commandForKey, isTextEntry, type KeyCommand } from '../../lib/workshop/keys';
import type { WorkshopAction } from '../../lib/workshop/session';

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

/**
 * Runs the key commands that mean the same in the projector and the presenter
 * window. Returns false for the ones each window handles itself (notes, help, close).
 */
export function runSharedCommand(command: KeyCommand, dispatch: (action: WorkshopAction) => void): boolean {
  switch (command.type) {
    case 'next':
    case 'back':
      dispatch({ type: command.type });
      return true;
    case 'option':
      dispatch({ type: 'option', option: command.option });
      return true;
    case 'undo':
      dispatch({ type: 'vote.undo' });
      return true;
    case 'reveal':
      dispatch({ type: 'vote.toggle' });
      return true;
    case 'timer':
      dispatch({ type: 'timer.toggle' });
      return true;
    case 'blackout':
      dispatch({ type: 'blackout.toggle' });
      return true;
    case 'fullscreen':
      toggleFullscreen();
      return true;
    default:
      return false;
  }
}
