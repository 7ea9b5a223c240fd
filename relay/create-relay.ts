import { createServer, type Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { VOTING_LIMITS } from '../src/lib/voting/protocol.ts';
import type { RelayConfig } from './config.ts';
import { attachRelay } from './handlers.ts';
import { createMemoryStore } from './memory-store.ts';
import { createRedisStore } from './redis-store.ts';

export interface Relay {
  http: HttpServer;
  io: Server;
  /** The address it listens on, e.g. "http://127.0.0.1:8787". */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts a relay: an HTTP server with Socket.IO on it. With a Redis URL, sessions live in Redis and
 * Socket.IO's Redis adapter carries every broadcast to the other relay processes, so phones on one
 * process and the projector on another see the same session.
 */
export async function startRelay(config: RelayConfig): Promise<Relay> {
  const allowed = new Set(config.origins);
  const http = createServer((req, res) => {
    // A plain answer for a health check and for a person who opens the address in a browser.
    res.writeHead(req.url === '/health' ? 200 : 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.url === '/health' ? 'ok\n' : 'Dit is de stemserver van Ja, tenzij. Open de site om te stemmen.\n');
  });
  const io = new Server(http, {
    cors: { origin: [...allowed], methods: ['GET', 'POST'] },
    // The origin check for every transport: CORS alone does not cover WebSocket upgrades.
    allowRequest: (req, callback) => callback(null, allowed.has(req.headers.origin ?? '')),
    maxHttpBufferSize: VOTING_LIMITS.messageBytes * 4,
    serveClient: false,
  });

  const redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 }) : null;
  let subscriber: Redis | null = null;
  if (redis) {
    await redis.connect();
    subscriber = redis.duplicate();
    io.adapter(createAdapter(redis, subscriber));
  }
  const store = redis ? createRedisStore(redis) : createMemoryStore();
  const relay = attachRelay(io, store, config);

  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  return {
    http,
    io,
    url: `http://${shownHost}:${port}`,
    async close() {
      relay.stop();
      const closed = new Promise<void>((resolve) => io.close(() => resolve()));
      // Idle keep-alive and long-polling connections would hold the HTTP server open until they time out.
      http.closeAllConnections();
      await closed;
      relay.stop();
      await store.close();
      // io.close() makes the Redis adapter unsubscribe without waiting for the replies; a quit before
      // those replies arrive rejects them unhandled. Redis answers in order, so once these two are
      // answered, the adapter's are too.
      await subscriber?.punsubscribe().catch(() => undefined);
      await subscriber?.unsubscribe().catch(() => undefined);
      // quit() lets commands still on their way finish; disconnect() would reject them.
      await Promise.all([subscriber?.quit().catch(() => undefined), redis?.quit().catch(() => undefined)]);
    },
  };
}
