// npm run relay — the optional voting relay for workshops. Settings: see relay/config.ts and
// docs/deployment.md. It keeps only live sessions, in memory or in Redis, and no personal data.
import { networkInterfaces } from 'node:os';
import { readConfig } from './config.ts';
import { startRelay } from './create-relay.ts';

let config;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const relay = await startRelay(config);
console.log(`Stemserver draait op ${relay.url}`);
if (config.host === '0.0.0.0') {
  // Phones on the same network reach a laptop by its network address, not by "localhost".
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? [])
      if (a.family === 'IPv4' && !a.internal)
        console.log(`  op het netwerk: http://${a.address}:${relay.http.address() && (relay.http.address() as { port: number }).port}`);
  }
}
console.log(`Toegestane sites: ${config.origins.join(', ')}`);
console.log(config.redisUrl ? 'Sessies in Redis: meerdere stemservers delen ze.' : 'Sessies in het geheugen van dit proces.');

const stop = async () => {
  await relay.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
