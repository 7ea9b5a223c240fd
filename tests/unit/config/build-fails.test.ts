import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../support/content-files';

describe('a build with a wrong settings file', () => {
  // The settings load in astro.config.mjs, so the build stops within seconds, before any page is made.
  it('stops and names the file and the missing field', () => {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', join(tmpdir(), 'jt-kapotte-instellingen')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GEMEENTE_CONFIG: 'tests/fixtures/gemeente/zonder-naam.yaml', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('Fout in tests/fixtures/gemeente/zonder-naam.yaml:\n  - veld "naam": ontbreekt');
  }, 60_000);
});
