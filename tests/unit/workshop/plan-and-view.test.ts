import { describe, expect, it } from 'vitest';
import { chunkByWeight, linesOf } from '../../../src/lib/workshop/plan';
import { createSession } from '../../../src/lib/workshop/session';
import { nextLabel, notesFor, viewOf } from '../../../src/lib/workshop/view';
import { moduleFolders } from '../../support/content-files';
import { loadModel, loadPlan, run, toScenario } from './helpers';

describe('the workshop plan, built from the draaiboek', () => {
  it.each(moduleFolders())(
    '%s: cover, a slide per schedule step, the scenario once, every discussion question, the handout and an end',
    (folder) => {
      const plan = loadPlan(folder);
      const types = plan.slides.map((s) => s.type);
      expect(types[0]).toBe('cover');
      expect(types[types.length - 1]).toBe('end');
      expect(types.filter((t) => t === 'scenario')).toHaveLength(1);
      expect(types.filter((t) => t === 'discussion')).toHaveLength(plan.guide.discussion.length);
      expect(types).toContain('try-this');
      // Every step of the schedule opens with its own slide, in schedule order.
      const sectionSlides = plan.slides.filter((s) => s.type === 'section').map((s) => s.section);
      expect(sectionSlides).toEqual(plan.guide.schedule.map((s) => s.id));
      // Every key point is on a screen exactly once.
      const shown = plan.slides.flatMap((s) => (s.type === 'key-points' ? plan.guide.handout.keyPoints.slice(s.from, s.to) : []));
      expect(shown).toEqual(plan.guide.handout.keyPoints);
    },
  );

  it('splits long lists over screens by weight', () => {
    expect(chunkByWeight([5, 5, 5, 5], (n) => n, 10)).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(chunkByWeight([20, 1], (n) => n, 10)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(chunkByWeight([], (n: number) => n, 10)).toEqual([[0, 0]]);
    expect(linesOf('x'.repeat(141), 70)).toBe(3);
  });
});

describe('the screens', () => {
  const model = loadModel();

  it('names the section and what comes next', () => {
    const s = createSession(model);
    expect(viewOf(model, s).label).toBe('Titel en leervraag');
    expect(nextLabel(model, s, 0)).toBe(model.plan.sections[0]!.title);
  });

  it('tells the presenter to pick first on a tie, and says when the last screen is reached', () => {
    const tie = run(model, toScenario(model, createSession(model)), [{ type: 'next' }, { type: 'next' }, { type: 'next' }]);
    expect(nextLabel(model, tie, 0)).toBe('Eerst kiezen welke optie de groep volgt');
    const last = run(model, createSession(model), [{ type: 'go', slide: model.plan.slides.length - 1 }]);
    expect(nextLabel(model, last, 0)).toBe('Dit is het laatste scherm');
  });

  it('adds what to listen for to a discussion question in the presenter notes', () => {
    const index = model.plan.slides.findIndex((s) => s.type === 'discussion');
    const s = run(model, createSession(model), [{ type: 'go', slide: index }]);
    const notes = notesFor(model, viewOf(model, s));
    expect(notes[0]!.text).toBe(viewOf(model, s).section.notes);
    expect(notes.find((n) => n.heading === 'Luister naar')?.items).toEqual(model.plan.guide.discussion[0]!.listenFor);
  });
});
