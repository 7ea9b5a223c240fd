import { describe, expect, it } from 'vitest';
import { channelName, isSyncMessage, shouldAccept } from '../../../src/lib/workshop/sync';
import { activatesElement, commandForKey, isTextEntry } from '../../../src/lib/workshop/keys';

describe('keeping two windows in step', () => {
  it('takes the newer state, and on equal revisions the lower window id in both windows', () => {
    expect(shouldAccept({ rev: 3 }, { rev: 4 }, 'b', 'a')).toBe(true);
    expect(shouldAccept({ rev: 4 }, { rev: 3 }, 'b', 'a')).toBe(false);
    expect(shouldAccept({ rev: 4 }, { rev: 4 }, 'b', 'a')).toBe(true);
    expect(shouldAccept({ rev: 4 }, { rev: 4 }, 'a', 'b')).toBe(false);
  });

  it('recognises only its own messages', () => {
    expect(channelName('x')).toBe('jt:v1:workshop:x');
    expect(isSyncMessage({ type: 'hello', from: 'a' })).toBe(true);
    expect(isSyncMessage({ type: 'state', from: 'a', session: {} })).toBe(true);
    expect(isSyncMessage({ type: 'state', from: 'a' })).toBe(false);
    expect(isSyncMessage({ type: 'hello' })).toBe(false);
    expect(isSyncMessage('hello')).toBe(false);
    expect(isSyncMessage(null)).toBe(false);
  });
});

describe('keys and clicker', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'back'],
    ['PageUp', 'back'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['t', 'timer'],
    ['b', 'blackout'],
    ['.', 'blackout'],
    ['n', 'notes'],
    ['h', 'help'],
    ['?', 'help'],
    ['u', 'undo'],
    ['Backspace', 'undo'],
    ['r', 'reveal'],
    ['Escape', 'close'],
  ])('%s means %s', (key, type) => {
    expect(commandForKey({ key })?.type).toBe(type);
  });

  it('maps number keys to options A, B, C, D', () => {
    expect(commandForKey({ key: '1' })).toEqual({ type: 'option', option: 0 });
    expect(commandForKey({ key: '4' })).toEqual({ type: 'option', option: 3 });
    expect(commandForKey({ key: '0' })).toBeUndefined();
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(commandForKey({ key: 'f', ctrlKey: true })).toBeUndefined();
    expect(commandForKey({ key: 'r', metaKey: true })).toBeUndefined();
    expect(commandForKey({ key: 'ArrowRight', altKey: true })).toBeUndefined();
    expect(commandForKey({ key: 'Tab' })).toBeUndefined();
    expect(commandForKey({ key: 'Enter' })).toBeUndefined();
  });

  it('never takes keys from a text field', () => {
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'input' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });

  it('lets Space press a focused button', () => {
    expect(activatesElement(' ', { tagName: 'BUTTON' })).toBe(true);
    expect(activatesElement(' ', { tagName: 'BODY' })).toBe(false);
    expect(activatesElement('ArrowRight', { tagName: 'BUTTON' })).toBe(false);
  });
});
