import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { test, expect } from './fixtures';
import { root } from '../support/content-files';

// Runs after Playwright's web server has built the site, so dist/ is the build under test.
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: {
    // Astro writes boolean attributes and void elements in its own consistent style; both are valid HTML.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Long Dutch texts and compound words: inline style of the content, not markup errors.
    'long-title': 'off',
    // Astro's island element is a valid custom element.
    'no-unknown-elements': 'off',
  },
});

test('every built page is valid HTML', async () => {
  const files = htmlFiles(join(root, 'dist'));
  expect(files.length).toBeGreaterThan(30);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        // Astro places its island rule (astro-island { display: contents }) in a <style> before the first island.
        if (m.ruleId === 'element-permitted-content' && m.message.startsWith('<style> element')) continue;
        problems.push(`${file.replace(root, '')}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  expect(problems.slice(0, 40)).toEqual([]);
});
