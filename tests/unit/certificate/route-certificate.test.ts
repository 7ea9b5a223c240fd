import { describe, expect, it } from 'vitest';
import { emptyProgressState, type ProgressState } from '../../../src/lib/progress';
import { routeStanding, type CertificateModule } from '../../../src/lib/certificate/route-certificate';

const mod = (n: number): CertificateModule => ({
  id: `0${n}-module`,
  code: `A${n}`,
  title: `Module ${n}`,
  href: `/modules/module-${n}/`,
  sectionSlugs: ['deel'],
  questionIds: ['q1'],
  scenarioId: null,
  reflections: [{ id: `r${n}` }],
});
const route = [mod(1), mod(2)];
const day = (d: number) => new Date(Date.UTC(2026, 11, d, 9)).toISOString();

/** A state in which the given modules are afgerond on the given day. */
function finished(days: Record<number, number>): ProgressState {
  const state = emptyProgressState();
  for (const [n, d] of Object.entries(days)) {
    const { id } = mod(Number(n));
    state.sections[id] = { deel: day(d) };
    state.checks[id] = { q1: { optionId: 'a', correct: false, answeredAt: day(d) } };
    state.reflections[`r${n}`] = { id: `r${n}`, moduleId: id, prompt: 'Vraag', text: 'Tekst', created: day(d), updated: day(d) };
  }
  return state;
}

describe('routeStanding', () => {
  it('is finished when every module is afgerond, dated by the last one', () => {
    const standing = routeStanding(finished({ 1: 3, 2: 5 }), route);
    expect(standing.finished).toBe(true);
    expect(standing.finishedAt).toBe(day(5));
    expect(standing.open).toEqual([]);
    expect(standing.modules.map((m) => [m.module.code, m.status, m.completedAt])).toEqual([
      ['A1', 'afgerond', day(3)],
      ['A2', 'afgerond', day(5)],
    ]);
  });

  it('lists the open modules in route order, with how far the learner got', () => {
    const state = finished({ 2: 4 });
    state.sections[mod(1).id] = { deel: day(1) };
    const standing = routeStanding(state, route);
    expect(standing.finished).toBe(false);
    expect(standing.finishedAt).toBeNull();
    expect(standing.open.map((m) => m.code)).toEqual(['A1']);
    expect(standing.modules.map((m) => m.status)).toEqual(['bezig', 'afgerond']);
  });

  it('is never finished for a route without modules', () => {
    expect(routeStanding(emptyProgressState(), []).finished).toBe(false);
  });
});
