// npm run bench:relay — drives simulated phones (Node clients, not browsers) against a relay started as
// its own process on loopback, and reports vote-to-projector latency and the relay's memory.
// Latency per vote: from the moment a phone sends it to the first progress update on the projector
// that contains that phone's ballot. Phones vote at random moments within three seconds, as a room does.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { io } from 'socket.io-client';

const root = fileURLToPath(new URL('../', import.meta.url));
const ORIGIN = 'http://127.0.0.1:4321';
export const RELAY_BUDGETS = { p95MsAt300: 250, memoryMbAt10x50: 200 };

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Starts relay/server.ts on a free loopback port, accepting connections from `origin`. */
export async function startRelayProcess(origin = ORIGIN) {
  const child = spawn(process.execPath, ['relay/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      RELAY_HOST: '127.0.0.1',
      RELAY_PORT: '0',
      RELAY_ORIGINS: origin,
      RELAY_MAX_SESSIONS: '50',
      RELAY_MESSAGES_PER_SECOND: '20',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('stemserver startte niet binnen 20 s')), 20_000);
    child.stdout.on('data', (chunk) => {
      const match = /draait op (http:\/\/\S+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return { child, url };
}

const connect = (url) =>
  new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], extraHeaders: { origin: ORIGIN }, reconnection: false, forceNew: true });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

const ask = (socket, event, payload = {}) => socket.timeout(10_000).emitWithAck(event, payload);

/** One session: a projector and `phones` phones; returns every vote's latency in ms. */
async function runSession(url, phones) {
  const projector = await connect(url);
  const { code, secret } = await ask(projector, 'create');
  const question = { id: 'bench:vraag', title: 'Wat doet u?', options: ['A', 'B', 'C', 'D'] };
  await ask(projector, 'open', { code, secret, question });
  const sockets = [];
  for (let i = 0; i < phones; i++) {
    const socket = await connect(url);
    const deviceId = randomUUID();
    await ask(socket, 'join', { code, deviceId });
    sockets.push({ socket, deviceId });
  }
  const sentAt = new Map();
  const latencies = [];
  const seen = new Set();
  const allSeen = new Promise((resolve) => {
    projector.on('progress', (progress) => {
      const t = performance.now();
      for (const device of Object.keys(progress.ballots ?? {})) {
        if (!seen.has(device) && sentAt.has(device)) {
          seen.add(device);
          latencies.push(t - sentAt.get(device));
        }
      }
      if (seen.size === phones) resolve();
    });
  });
  await Promise.all(
    sockets.map(
      ({ socket, deviceId }) =>
        new Promise((resolve) =>
          setTimeout(() => {
            sentAt.set(deviceId, performance.now());
            ask(socket, 'vote', { questionId: question.id, option: Math.floor(Math.random() * 4) }).then(resolve);
          }, Math.random() * 3_000),
        ),
    ),
  );
  await Promise.race([
    allSeen,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`niet alle stemmen kwamen aan (${seen.size}/${phones})`)), 20_000)),
  ]);
  return { latencies, close: () => [projector, ...sockets.map((s) => s.socket)].forEach((s) => s.disconnect()) };
}

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function scenario(name, sessions, phones) {
  const { child, url } = await startRelayProcess();
  try {
    const runs = await Promise.all(Array.from({ length: sessions }, () => runSession(url, phones)));
    const latencies = runs.flatMap((r) => r.latencies);
    const memoryMb = rssMb(child.pid);
    runs.forEach((r) => r.close());
    return {
      name,
      sessions,
      phones,
      votes: latencies.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      memoryMb,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

export async function measureRelay() {
  return [await scenario('50 telefoons', 1, 50), await scenario('300 telefoons', 1, 300), await scenario('10 sessies × 50', 10, 50)];
}

export function relayFailures(results) {
  const failures = [];
  const at300 = results.find((r) => r.phones === 300 && r.sessions === 1);
  const at10x50 = results.find((r) => r.sessions === 10);
  if (at300.p95Ms > RELAY_BUDGETS.p95MsAt300)
    failures.push(`stemserver: p95 ${at300.p95Ms.toFixed(0)} ms bij 300 telefoons > ${RELAY_BUDGETS.p95MsAt300} ms`);
  if (at10x50.memoryMb > RELAY_BUDGETS.memoryMbAt10x50)
    failures.push(`stemserver: geheugen ${at10x50.memoryMb.toFixed(0)} MB bij 10 × 50 > ${RELAY_BUDGETS.memoryMbAt10x50} MB`);
  return failures;
}

export function printRelay(results) {
  console.log('\nStemserver            stemmen   p50 (ms)   p95 (ms)   geheugen (MB)');
  for (const r of results)
    console.log(
      `${r.name.padEnd(20)} ${String(r.votes).padStart(8)} ${r.p50Ms.toFixed(0).padStart(10)} ${r.p95Ms.toFixed(0).padStart(10)} ${r.memoryMb.toFixed(0).padStart(15)}`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await measureRelay();
  printRelay(results);
  writeFileSync(
    new URL('./relay-results.json', import.meta.url),
    `${JSON.stringify({ date: new Date().toISOString(), budgets: RELAY_BUDGETS, results }, null, 2)}\n`,
  );
  const failures = relayFailures(results);
  console.log(failures.length ? `\nBudget overschreden:\n- ${failures.join('\n- ')}` : '\nStemserver: alle budgetten gehaald.');
  process.exit(failures.length ? 1 : 0);
}
