import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FacilitationGuideSchema, HANDOUT_MATERIAL_ID, fastLaneMinutes } from '../../../src/lib/schemas/facilitation-guide';
import { WorkshopMaterialsSchema, type WorkshopMaterials } from '../../../src/lib/schemas/workshop-materials';
import { ScenarioSchema } from '../../../src/lib/schemas/scenario';
import { parseWithFriendlyErrors } from '../../../src/lib/schemas/friendly-errors';
import { guideProblems } from '../../../src/lib/guide/check-guide';
import { sheetsFor } from '../../../src/lib/guide/print-sheets';
import { moduleFolders, readText, readYaml, root } from '../../support/content-files';

const folders = moduleFolders();
const code = (folder: string) => /^code: (\w+)/m.exec(readText(`modules/${folder}/index.mdx`))![1]!;

function load(folder: string) {
  const guideFile = `modules/${folder}/draaiboek.yaml`;
  const materialsFile = `modules/${folder}/materiaal.yaml`;
  const scenarioFile = `modules/${folder}/scenario.yaml`;
  const guide = parseWithFriendlyErrors(FacilitationGuideSchema, readYaml(guideFile), guideFile);
  const materials: WorkshopMaterials | undefined = existsSync(join(root, materialsFile))
    ? parseWithFriendlyErrors(WorkshopMaterialsSchema, readYaml(materialsFile), materialsFile)
    : undefined;
  const scenario = parseWithFriendlyErrors(ScenarioSchema, readYaml(scenarioFile), scenarioFile);
  return { guide, materials, scenario, files: { guideFile, materialsFile, scenarioFile } };
}

const byCode = (wanted: string) => load(folders.find((f) => code(f) === wanted)!);

describe.each(folders)('guide and materials of %s', (folder) => {
  const { guide, materials, scenario, files } = load(folder);

  it('match each other and the scenario: every printed material exists, every printable is named, the timing counts the real decisions', () => {
    const errors = guideProblems({
      guide: { file: files.guideFile, data: guide },
      materials: materials && { file: files.materialsFile, data: materials },
      scenario: { file: files.scenarioFile, data: scenario },
    });
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('prints the hand-out and at least one material of its own', () => {
    const ids = guide.printed.map((p) => p.id);
    expect(ids).toContain(HANDOUT_MATERIAL_ID);
    expect(ids.filter((id) => id !== HANDOUT_MATERIAL_ID).length).toBeGreaterThanOrEqual(1);
  });

  it('has a fast lane that saves at least a quarter of the scenario time', () => {
    const step = guide.schedule.find((s) => s.kind === 'scenario')!;
    expect(fastLaneMinutes(guide.scenarioTiming)).toBeLessThanOrEqual(step.minutes * 0.75);
  });

  it('pauses the scenario at the moments its scenario play names', () => {
    const titles = new Map(scenario.nodes.map((n) => [n.id, n.title]));
    expect(guide.scenarioTiming.pauses.length).toBeGreaterThanOrEqual(1);
    for (const pause of guide.scenarioTiming.pauses) expect(titles.has(pause.node)).toBe(true);
  });
});

describe('the materials the issue asks for', () => {
  it('A2 has six objection cards on three A4 sheets, each with the four questions of the ja-tenzij-toets', () => {
    const cards = byCode('A2').materials!.materials.find((m) => m.id === 'bezwaarkaarten')!;
    expect(cards.layout).toBe('kaarten');
    expect(cards.items).toHaveLength(6);
    expect(sheetsFor(cards.layout, cards.items.length)).toBe(3);
    for (const card of cards.items) expect(card.sections[0]?.items).toHaveLength(4);
  });

  it('A4 has role cards for initiator, civil servant and observer, and every initiator card hides a concern', () => {
    const roles = byCode('A4').materials!.materials.find((m) => m.id === 'rollenkaarten')!;
    const initiators = roles.items.filter((item) => item.label?.startsWith('Rol A'));
    expect(initiators.length).toBeGreaterThanOrEqual(2);
    for (const card of initiators) expect(card.hidden?.text.length).toBeGreaterThan(40);
    expect(roles.items.some((item) => item.label?.startsWith('Rol B'))).toBe(true);
    expect(roles.items.some((item) => item.label?.startsWith('Rol C'))).toBe(true);
  });

  it('A4 prints the same day of Marloes de Boer as the module tells', () => {
    const day = byCode('A4').materials!.materials.find((m) => m.id === 'dinsdag-van-marloes')!;
    const text = readText(`modules/${folders.find((f) => code(f) === 'A4')}/index.mdx`);
    const times = day.items[0]!.sections.flatMap((s) => s.items ?? []).filter((line) => /^\d\d\.\d\d uur/.test(line));
    expect(times.length).toBeGreaterThanOrEqual(5);
    for (const line of times) expect(text).toContain(line);
  });

  it('B2 has a participation plan on one page with room to write what is fixed, what is open, the step and the feedback', () => {
    const plan = byCode('B2').materials!.materials.find((m) => m.id === 'participatieplan')!;
    expect(plan.layout).toBe('blad');
    expect(plan.items).toHaveLength(1);
    const headings = plan.items[0]!.sections.map((s) => s.heading.toLowerCase()).join(' | ');
    for (const part of ['vast', 'open', 'trede', 'terugkoppeling']) expect(headings).toContain(part);
  });

  it('every guide plans a follow-up after four weeks', () => {
    for (const folder of folders) expect(load(folder).guide.followUp.weeks).toBe(4);
  });
});
