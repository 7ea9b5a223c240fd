import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Component {
  name: string;
  version: string;
  licenses?: unknown[];
  components?: Component[];
}

const flatten = (components: Component[]): Component[] => components.flatMap((c) => [c, ...flatten(c.components ?? [])]);

describe('npm run sbom', () => {
  it('writes a CycloneDX SBOM of the production dependencies only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jt-sbom-'));
    try {
      const file = join(dir, 'sbom.cdx.json');
      execFileSync('npm', ['run', '--silent', 'sbom', '--', '--output-file', file], { cwd: root, stdio: 'pipe' });
      const sbom = JSON.parse(readFileSync(file, 'utf8'));
      expect(sbom.bomFormat).toBe('CycloneDX');
      expect(sbom.specVersion).toBe('1.6');
      expect(sbom.metadata.component).toMatchObject({ name: 'ja-tenzij', type: 'application' });
      const all = flatten(sbom.components);
      const astro = all.find((c) => c.name === 'astro');
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      expect(astro?.version).toBe(pkg.dependencies.astro);
      expect(astro?.licenses?.length).toBeGreaterThan(0);
      const names = new Set(all.map((c) => c.name));
      for (const tool of ['vitest', '@playwright/test', 'lighthouse', 'fast-check', 'html-validate', '@cyclonedx/cyclonedx-npm'])
        expect(names.has(tool), tool).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
