import { describe, expect, it } from 'vitest';
import { bookmarkUrl, packagePath } from '../../../src/lib/lms/bookmark';
import { DEFAULT_MASTERY_SCORE, parseLmsConfig } from '../../../src/lib/lms/config';

const root = 'https://lms.example/pluginfile/42/pakket/';

describe('package settings', () => {
  it('reads the meta tag JSON, with 70 % mastery by default', () => {
    expect(parseLmsConfig({ format: 'scorm12', courseId: 'ja-tenzij-a1', moduleIds: ['01-burgerkracht-en-loslaten'] })).toEqual({
      format: 'scorm12',
      courseId: 'ja-tenzij-a1',
      moduleIds: ['01-burgerkracht-en-loslaten'],
      masteryScore: DEFAULT_MASTERY_SCORE,
    });
    expect(DEFAULT_MASTERY_SCORE).toBe(0.7);
    expect(parseLmsConfig({ format: 'cmi5', courseId: 'c', moduleIds: ['a', 'b'], masteryScore: 0.8 })?.masteryScore).toBe(0.8);
  });

  it('refuses wrong settings, so a broken package runs as the normal site', () => {
    for (const wrong of [
      null,
      'x',
      { format: 'scorm3', courseId: 'c', moduleIds: ['a'] },
      { format: 'cmi5', courseId: ' ', moduleIds: ['a'] },
      { format: 'cmi5', courseId: 'c', moduleIds: ['a b'] },
      { format: 'cmi5', courseId: 'c', moduleIds: [] },
      { format: 'cmi5', courseId: 'c', moduleIds: ['a'], masteryScore: 2 },
    ])
      expect(parseLmsConfig(wrong)).toBeNull();
  });

  it('takes an IRI as course id, as the packager writes for cmi5', () => {
    const iri = 'https://ja-tenzij.example/lms/route-ambtenaren';
    expect(parseLmsConfig({ format: 'cmi5', courseId: iri, moduleIds: ['01-a'] })?.courseId).toBe(iri);
  });
});

describe('bookmark', () => {
  it('is the page path relative to the package, without query or hash', () => {
    expect(packagePath(`${root}modules/burgerkracht-en-loslaten/?endpoint=x#uw-vakkennis`, root)).toBe('modules/burgerkracht-en-loslaten/');
    expect(packagePath(root, root)).toBe('');
    expect(packagePath('https://elders.example/modules/', root)).toBe('');
  });

  it('goes only to a plain path inside the package', () => {
    expect(bookmarkUrl('modules/burgerkracht-en-loslaten/scenario/', root)).toBe(`${root}modules/burgerkracht-en-loslaten/scenario/`);
    for (const bad of [
      '',
      '/etc/',
      '../ander-pakket/',
      'modules/../../x',
      'javascript:alert(1)',
      '//elders.example/',
      'https://elders.example/',
      'a b',
      'modules\\x',
    ])
      expect(bookmarkUrl(bad, root)).toBeNull();
  });
});
