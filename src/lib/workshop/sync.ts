import type { WorkshopSession } from './session';

/**
 * Keeping the projector and presenter windows in step. Each window runs the
 * same reducer; after a change it posts its whole session on a
 * BroadcastChannel, and a window that opens asks the others for theirs.
 */

/** The channel per workshop. */
export function channelName(slug: string): string {
  return `jt:v1:workshop:${slug}`;
}

/** A message between windows of the same workshop. `session` is untrusted and is checked before use. */
export type SyncMessage = { type: 'hello'; from: string } | { type: 'state'; from: string; session: unknown };

/** Whether a value looks like a message of ours (the session inside is checked separately). */
export function isSyncMessage(x: unknown): x is SyncMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return typeof m['from'] === 'string' && (m['type'] === 'hello' || (m['type'] === 'state' && 'session' in m));
}

/**
 * Whether a window takes over a state it received. The higher revision wins;
 * on equal revisions (both windows acted at once) the lower window id wins, the
 * same rule in both windows, so they end up with the same state.
 */
export function shouldAccept(
  local: Pick<WorkshopSession, 'rev'>,
  incoming: Pick<WorkshopSession, 'rev'>,
  localId: string,
  fromId: string,
): boolean {
  if (incoming.rev !== local.rev) return incoming.rev > local.rev;
  return fromId < localId;
}
