import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../../src/lib/voting/protocol';

/** A Node client that speaks to a relay as a phone or a presenter would, with the site's origin. */
export async function connect(url: string, origin = 'http://127.0.0.1:4321'): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], extraHeaders: { origin }, reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

/** Sends an event and waits for the relay's answer. */
export function ask<T = object>(socket: Socket, event: string, payload: unknown = {}): Promise<Ack<T>> {
  return socket.timeout(5_000).emitWithAck(event, payload) as Promise<Ack<T>>;
}

/** Waits for the next event of a kind, or for one that passes `test`. */
export function next<T>(socket: Socket, event: string, test: (value: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const listener = (value: T) => {
      if (!test(value)) return;
      socket.off(event, listener);
      resolve(value);
    };
    socket.on(event, listener);
  });
}

export const deviceId = () => randomUUID();
