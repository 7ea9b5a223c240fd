import { describe, expect, it } from 'vitest';
import { lmsBuild } from '../../../src/lib/config/lms-build';
import { GemeenteSchema } from '../../../src/lib/schemas/gemeente';
import { loadGemeente } from '../../../src/lib/config/gemeente';

const ENV = {
  LMS_FORMAT: 'scorm12',
  LMS_COURSE_ID: 'https://x.example/lms/module/01-a',
  LMS_MODULES: '01-burgerkracht-en-loslaten, 02-van-nee-maar-naar-ja-tenzij',
};

describe('the settings of an LMS build', () => {
  it('is the normal site without LMS_FORMAT', () => {
    expect(lmsBuild({}, 0.7)).toBeUndefined();
    expect(lmsBuild({ LMS_FORMAT: ' ' }, 0.7)).toBeUndefined();
  });

  it('reads the format, course, modules and the municipality’s pass mark, which LMS_MASTERY overrides', () => {
    expect(lmsBuild(ENV, 0.7)).toEqual({
      format: 'scorm12',
      courseId: 'https://x.example/lms/module/01-a',
      moduleIds: ['01-burgerkracht-en-loslaten', '02-van-nee-maar-naar-ja-tenzij'],
      masteryScore: 0.7,
    });
    expect(lmsBuild({ ...ENV, LMS_MASTERY: '0.8' }, 0.7)?.masteryScore).toBe(0.8);
  });

  it('stops the build with the variable named and a Dutch hint', () => {
    expect(() => lmsBuild({ ...ENV, LMS_FORMAT: 'scorm3' }, 0.7)).toThrow(/veld "LMS_FORMAT": kies scorm12, scorm2004, cmi5/);
    expect(() => lmsBuild({ ...ENV, LMS_MASTERY: '70' }, 0.7)).toThrow(/veld "LMS_MASTERY": is groter dan 1/);
    expect(() => lmsBuild({ ...ENV, LMS_MODULES: 'burgerkracht' }, 0.7)).toThrow(/LMS_MODULES.*noem modulemappen/);
    expect(() => lmsBuild({ LMS_FORMAT: 'cmi5' }, 0.7)).toThrow(/veld "LMS_COURSE_ID": ontbreekt/);
  });
});

describe('the pass mark in gemeente.config.yaml', () => {
  const base = loadGemeente();
  it('is 70 % unless the municipality sets it', () => {
    expect(base.lms.slaaggrens).toBe(0.7);
    expect(GemeenteSchema.parse({ ...base, lms: { slaaggrens: 0.8 } }).lms.slaaggrens).toBe(0.8);
  });

  it('refuses a percentage written as a whole number, saying how to write it', () => {
    const result = GemeenteSchema.safeParse({ ...base, lms: { slaaggrens: 70 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('is groter dan 1; schrijf 70 procent als 0.7');
  });
});
