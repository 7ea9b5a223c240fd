import { describe, expect, it } from 'vitest';
import { createSession, type WorkshopSession } from '../../../src/lib/workshop/session';
import { escapeMarkdown, summaryFileName, summaryMarkdown } from '../../../src/lib/workshop/summary';
import { loadModel, run, toScenario } from './helpers';

const model = loadModel();
const date = new Date(2027, 2, 12, 15, 30);

function playBest(): WorkshopSession {
  let s = run(model, toScenario(model, createSession(model)), [{ type: 'next' }]);
  model.plan.bestPath.forEach((choiceId, i) => {
    const index = model.optionsAt(s.path, s.path.length).findIndex((c) => c.id === choiceId);
    s = run(model, s, [{ type: 'next' }]);
    // Decision 1 is a tie broken by the trainer; the others follow a clear majority.
    if (i === 0)
      s = run(model, s, [
        { type: 'option', option: index },
        { type: 'option', option: index === 0 ? 1 : 0 },
        { type: 'next' },
        { type: 'option', option: index },
      ]);
    else
      s = run(model, s, [
        { type: 'option', option: index },
        { type: 'option', option: index },
        { type: 'option', option: index === 0 ? 1 : 0 },
        { type: 'next' },
      ]);
    s = run(model, s, [{ type: 'next' }, { type: 'next' }]);
  });
  return s;
}

describe('the session summary in Markdown', () => {
  it('lists the route with the votes per decision, the outcome, the best route and the notes', () => {
    let s = playBest();
    s = run(model, s, [{ type: 'notes.set', section: 'opening', text: 'Drie voorbeelden van vakkennis genoteerd.' }]);
    const md = summaryMarkdown(model, s, date);
    const best = model.plan.scenario.nodes.find((n) => n.ending?.rating === 'best')!;
    expect(md).toMatch(/^# Workshop A1: Burgerkracht zien en loslaten\n/);
    expect(md).toContain('12 maart 2027');
    expect(md).toContain(`**Uitkomst:** ${escapeMarkdown(best.ending!.title)} (beste uitkomst).`);
    expect(md).toContain('### De route van de groep');
    const firstNode = model.node(model.plan.scenario.start)!;
    expect(md).toContain(`1. **${escapeMarkdown(firstNode.title)}**`);
    expect(md).toContain('Het was gelijk. De trainer koos');
    expect(md).toContain('De meeste stemmen gingen naar');
    expect(md).toMatch(/\(gevolgd\)\*\*/);
    expect(md).toContain('Totaal: 2 stemmen.');
    expect(md).toContain('Totaal: 3 stemmen.');
    expect(md).toContain('De groep volgde de kortste route naar de beste uitkomst.');
    expect(md).toContain('## Notities van de trainer');
    expect(md).toContain('Drie voorbeelden van vakkennis genoteerd.');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('says when the scenario was not finished and no notes were made', () => {
    const md = summaryMarkdown(model, createSession(model), date);
    expect(md).toContain('Het scenario is niet afgemaakt. De groep nam 0 beslissingen.');
    expect(md).toContain('De groep heeft nog geen beslissing genomen.');
    expect(md).toContain('Er zijn geen notities gemaakt.');
  });

  it('escapes Markdown in content text and names the file by module and date', () => {
    expect(escapeMarkdown('a *b* [c]\n d')).toBe('a \\*b\\* \\[c\\] d');
    expect(summaryFileName(model, date)).toBe('workshop-a1-2027-03-12.md');
  });
});
