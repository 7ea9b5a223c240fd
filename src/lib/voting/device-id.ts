const KEY = 'jt:v1:stem-apparaat';

/**
 * A random id for this phone, kept in its own storage so a reload or a locked screen keeps the
 * same vote. It identifies the device to the relay only, never a person. Without storage
 * (private mode with storage blocked) the id lives as long as the page.
 */
export function loadDeviceId(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  random: () => string = () => crypto.randomUUID(),
): string {
  try {
    const known = storage?.getItem(KEY);
    if (known && /^[0-9a-f-]{36}$/.test(known)) return known;
  } catch {
    // Storage blocked: fall through to a fresh id.
  }
  const id = random();
  try {
    storage?.setItem(KEY, id);
  } catch {
    // Not kept; this page still works.
  }
  return id;
}
