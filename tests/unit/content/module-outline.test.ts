import { describe, expect, it } from 'vitest';
import { buildModuleOutline } from '../../../src/lib/content/module-outline';
import { readModules } from '../../support/content-reader';

const a1 = readModules().find((m) => m.id === '01-burgerkracht-en-loslaten')!;

describe('the module outline', () => {
  const base = {
    id: a1.id,
    data: { code: 'A1', title: 'Burgerkracht zien en loslaten', audience: 'ambtenaar' as const },
    href: '/leren/modules/burgerkracht-en-loslaten/',
    digest: a1.digest,
  };

  it("takes the sections' anchors and the prompts from the module text", () => {
    const outline = buildModuleOutline({ ...base, questionIds: ['v1', 'v2'], scenario: { id: 'a1-plantsoen', title: 'Het plantsoen' } });
    expect(outline.sectionSlugs).toEqual(a1.digest.sections.map((s) => s.slug));
    expect(outline.sectionSlugs).toContain('burgerkracht-zien-door-de-ogen-van-bewoners');
    expect(outline.reflections.map((r) => r.id)).toContain('a1-wereld-van-bewoners');
    expect(outline.reflections.every((r) => r.prompt.length >= 10)).toBe(true);
    expect(outline).toMatchObject({ questionCount: 2, questionIds: ['v1', 'v2'], scenarioId: 'a1-plantsoen', scenarioHref: '/leren/modules/burgerkracht-en-loslaten/scenario/' });
  });

  it('has no scenario link and no questions when the module has neither', () => {
    const outline = buildModuleOutline({ ...base, questionIds: [], scenario: undefined });
    expect(outline).toMatchObject({ questionCount: 0, questionIds: [], scenarioId: undefined, scenarioTitle: undefined, scenarioHref: undefined });
  });
});
