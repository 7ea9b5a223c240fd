import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { RelayConfig } from '../../relay/config';

export const SITE_ORIGIN = 'http://127.0.0.1:4321';

/** Relay settings for tests: loopback only, any free port, small limits where a test asks. */
export function testConfig(overrides: Partial<RelayConfig> = {}): RelayConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    origins: [SITE_ORIGIN],
    redisUrl: null,
    maxConnectionsPerSession: 300,
    maxSessions: 100,
    messagesPerSecond: 50,
    sessionHours: 12,
    ...overrides,
  };
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts Debian's redis-server on a free loopback port, without persistence, for one test file.
 * CI installs it (.ci/run); a missing server fails the test with the install line.
 */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const binary = process.env['REDIS_SERVER'] ?? '/usr/bin/redis-server';
  if (!existsSync(binary)) throw new Error(`redis-server niet gevonden op ${binary}. Installeer het: apt-get install -y redis-server`);
  const port = await freePort();
  const child: ChildProcess = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server startte niet binnen 10 s')), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`redis-server stopte (${code})`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))),
  };
}
