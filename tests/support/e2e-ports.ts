// Ports of the servers the end-to-end run starts (tests/support/serve-e2e.mjs), all on loopback.
const base = Number(process.env['E2E_PORT'] ?? 4329);

export const E2E_PORTS = {
  /** The site as a municipality builds it by default: no relay. */
  site: base,
  /** The same site built with PUBLIC_RELAY_URL, for the voting tests. */
  votingSite: base + 1,
  /** The relay that the voting build points to; the voting tests start and stop it themselves. */
  relay: base + 2,
};
