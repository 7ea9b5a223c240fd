import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lmsCourses } from '../../../scripts/lms/courses.mjs';
import { MANIFEST, MANIFEST_FILE } from '../../../scripts/lms/manifests.mjs';

// Every manifest npm run package:lms can write, checked against the official schemas with xmllint
// (Debian: libxml2-utils), as an LMS that validates on upload would.

const schemas = fileURLToPath(new URL('../../../scripts/lms/schemas/', import.meta.url));
const SCHEMA = { scorm12: 'scorm12.xsd', scorm2004: 'scorm2004.xsd', cmi5: 'cmi5/CourseStructure.xsd' } as const;
type Format = keyof typeof SCHEMA;
const FORMATS = Object.keys(SCHEMA) as Format[];
const dir = mkdtempSync(join(tmpdir(), 'jt-lms-manifest-'));

function validate(format: Format, text: string): { ok: boolean; output: string } {
  const file = join(dir, `${format}-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, text);
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(schemas, SCHEMA[format]), file], { encoding: 'utf8' });
  return { ok: result.status === 0, output: result.stderr };
}

const courses = lmsCourses({
  site: 'https://leren.gemeente.example',
  routePage: (path: string) => ({ title: `Route ${path}`, description: 'Alle modules van deze route, in de aangeraden volgorde.' }),
});

/** The input the packager gives the manifests, with the module's real page files and a few shared files. */
function input(course: (typeof courses)[number], masteryScore = 0.7) {
  const launch = new Map(course.modules.map((m) => [m.folder, `modules/${m.slug}/index.html`]));
  const moduleFiles = new Map(
    course.modules.map((m) => [m.folder, [`modules/${m.slug}/index.html`, `modules/${m.slug}/scenario/index.html`]]),
  );
  const sharedFiles = [
    '_astro/BaseLayout.abc.css',
    '_astro/noto-sans-latin-400-normal.abc.woff2',
    'begrippen/index.html',
    'logboek/index.html',
  ];
  return { course, masteryScore, launch, moduleFiles, sharedFiles };
}

describe('the LMS package manifests', () => {
  it('has xmllint', () => {
    expect(execFileSync('xmllint', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBeDefined();
  });

  it('packs seven modules and two routes that hold them all', () => {
    const modules = courses.filter((c) => c.kind === 'module');
    const routes = courses.filter((c) => c.kind === 'route');
    expect(modules).toHaveLength(7);
    expect(routes.map((r) => r.name)).toEqual(['route-ambtenaren', 'route-bestuurders']);
    expect(routes.flatMap((r) => r.modules.map((m) => m.code))).toEqual(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3']);
  });

  for (const format of FORMATS)
    it(`writes a schema-valid ${MANIFEST_FILE[format]} for ${format}, for every module and route`, () => {
      for (const course of courses) {
        const { ok, output } = validate(format, MANIFEST[format](input(course)));
        expect(ok, `${course.name}: ${output}`).toBe(true);
      }
    });

  it('lets the schemas refuse a broken manifest, so a passing check means something', () => {
    const course = courses[0]!;
    expect(validate('scorm12', MANIFEST.scorm12(input(course)).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"')).ok).toBe(
      false,
    );
    expect(validate('scorm12', MANIFEST.scorm12(input(course)).replace('isvisible="true"', 'isvisible="soms"')).ok).toBe(false);
    expect(validate('scorm2004', MANIFEST.scorm2004(input(course)).replace('flow="true"', 'flow="maybe"')).ok).toBe(false);
    expect(validate('cmi5', MANIFEST.cmi5(input(course)).replace('moveOn="CompletedOrPassed"', 'moveOn="Whenever"')).ok).toBe(false);
  });

  it('gives every format the same mastery score, titles and launch pages', () => {
    const route = courses.find((c) => c.name === 'route-bestuurders')!;
    const scorm12 = MANIFEST.scorm12(input(route, 0.8));
    const scorm2004 = MANIFEST.scorm2004(input(route, 0.8));
    const cmi5 = MANIFEST.cmi5(input(route, 0.8));
    expect(scorm12.match(/<adlcp:masteryscore>(\d+)</g)).toEqual(Array(3).fill('<adlcp:masteryscore>80<'));
    expect(scorm2004.match(/<imsss:minNormalizedMeasure>[^<]+</g)).toEqual(Array(3).fill('<imsss:minNormalizedMeasure>0.8<'));
    expect(cmi5.match(/masteryScore="[^"]+"/g)).toEqual(Array(3).fill('masteryScore="0.8"'));
    expect(cmi5.match(/moveOn="[^"]+"/g)).toEqual(Array(3).fill('moveOn="CompletedOrPassed"'));
    for (const m of route.modules) {
      const launch = `modules/${m.slug}/index.html`;
      expect(scorm12).toContain(`adlcp:scormtype="sco" href="${launch}"`);
      expect(scorm2004).toContain(`adlcp:scormType="sco" href="${launch}"`);
      expect(cmi5).toContain(`<url>${launch}</url>`);
      expect(cmi5).toContain(`<au id="https://leren.gemeente.example/lms/route/bestuurders/au/${m.folder}"`);
    }
    // Titles from the content, escaped: B1's title and the course description come through as written.
    expect(cmi5).toContain(`${route.modules[0]!.code} ${route.modules[0]!.title}`);
  });

  it('escapes text, so a title with an ampersand or quotes stays valid XML', () => {
    const course = { ...courses[0]!, title: 'Loslaten & vertrouwen: "ja, tenzij" <kort>' };
    for (const format of FORMATS) expect(validate(format, MANIFEST[format](input(course))).ok, format).toBe(true);
  });
});
