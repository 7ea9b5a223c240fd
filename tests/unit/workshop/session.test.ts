import { describe, expect, it } from 'vitest';
import { createSession, reduceSession, type WorkshopSession } from '../../../src/lib/workshop/session';
import { viewOf } from '../../../src/lib/workshop/view';
import { isRunning } from '../../../src/lib/workshop/timer';
import type { WorkshopModel } from '../../../src/lib/workshop/model';
import { loadModel, run, toScenario } from './helpers';
import { groupTallies } from '../../../src/lib/workshop/route';

const model = loadModel();
const fresh = () => createSession(model);
const screen = (s: WorkshopSession) => viewOf(model, s).screen;

/** From the scenario's situation at the current decision: vote `hands` times for the option at `index`, reveal and follow. */
function decide(m: WorkshopModel, s: WorkshopSession, index: number, hands = 3): WorkshopSession {
  let next = run(m, s, [{ type: 'next' }]); // situation → vote
  for (let i = 0; i < hands; i++) next = run(m, next, [{ type: 'option', option: index }]);
  return run(m, next, [{ type: 'next' }, { type: 'next' }]); // reveal, follow
}

/** The option index of a choice at the group's current decision. */
const indexOf = (m: WorkshopModel, s: WorkshopSession, choiceId: string) =>
  m.optionsAt(s.path, s.path.length).findIndex((c) => c.id === choiceId);

describe('the workshop session reducer', () => {
  it('starts at the cover with the timer set to the first step', () => {
    const s = fresh();
    expect(screen(s).type).toBe('cover');
    expect(s.timer.durationMs).toBe(model.plan.sections[0]!.minutes * 60_000);
    expect(s.rev).toBe(0);
  });

  it('moves through the slides with next and back, and stops at both ends', () => {
    const s = run(model, fresh(), [{ type: 'next' }]);
    expect(s.slide).toBe(1);
    expect(s.rev).toBe(1);
    expect(run(model, s, [{ type: 'back' }]).slide).toBe(0);
    const start = fresh();
    expect(reduceSession(model, start, { type: 'back' }, 0)).toBe(start);
    const last = run(model, fresh(), [{ type: 'go', slide: model.plan.slides.length - 1 }]);
    expect(reduceSession(model, last, { type: 'next' }, 0)).toBe(last);
  });

  it('sets the timer to the new step when the section changes, unless it is running', () => {
    const casus = model.plan.slides.findIndex((sl) => sl.section === model.plan.sections[1]!.id);
    const paused = run(model, fresh(), [{ type: 'go', slide: casus }]);
    expect(paused.timer.durationMs).toBe(model.plan.sections[1]!.minutes * 60_000);

    const running = run(model, fresh(), [{ type: 'timer.toggle' }, { type: 'go', slide: casus }]);
    expect(running.timer.durationMs).toBe(model.plan.sections[0]!.minutes * 60_000);
    expect(isRunning(running.timer, 2_000)).toBe(true);
  });

  it('runs a decision: hidden count, reveal, follow the majority, show the consequence', () => {
    let s = run(model, toScenario(model, fresh()), [{ type: 'next' }]);
    expect(screen(s).type).toBe('situation');
    s = run(model, s, [{ type: 'next' }]);
    const vote = screen(s);
    expect(vote.type).toBe('vote');
    if (vote.type !== 'vote') return;
    s = run(model, s, [
      { type: 'option', option: 1 },
      { type: 'option', option: 1 },
      { type: 'option', option: 0 },
    ]);
    const counted = screen(s);
    expect(counted.type === 'vote' && counted.votes.revealed).toBe(false);
    expect(counted.type === 'vote' && counted.tally.total).toBe(3);

    s = run(model, s, [{ type: 'next' }]);
    const shown = screen(s);
    expect(shown.type === 'vote' && shown.votes.revealed).toBe(true);
    expect(shown.type === 'vote' && shown.followed).toBe(vote.options[1]!.id);

    s = run(model, s, [{ type: 'next' }]);
    const feedback = screen(s);
    expect(feedback.type).toBe('feedback');
    expect(s.path).toEqual([vote.options[1]!.id]);
    if (feedback.type === 'feedback') {
      expect(feedback.letter).toBe('B');
      // Meters move exactly as the engine says.
      const choice = vote.options[1]!;
      for (const [meter, delta] of Object.entries(choice.effects)) {
        const start = model.plan.scenario.meters.find((m) => m.id === meter)!;
        expect(feedback.step.after[meter]).toBe(Math.min(start.max, Math.max(start.min, start.start + delta)));
      }
    }
    s = run(model, s, [{ type: 'next' }]);
    expect(screen(s).type).toBe('situation');
    expect(viewOf(model, s).label).toMatch(/^Beslissing 2: /);
  });

  it('waits on a tie until the trainer picks, and a pick overrides the majority', () => {
    let s = run(model, toScenario(model, fresh()), [{ type: 'next' }, { type: 'next' }]);
    s = run(model, s, [{ type: 'option', option: 0 }, { type: 'option', option: 1 }, { type: 'next' }]);
    const tied = run(model, s, [{ type: 'next' }]);
    expect(tied.scene).toEqual({ at: 'vote', decision: 0 });
    expect(tied).toBe(s);
    // After the reveal, a number key picks instead of voting.
    s = run(model, s, [{ type: 'option', option: 1 }]);
    const picked = screen(s);
    expect(picked.type === 'vote' && picked.tally.total).toBe(2);
    expect(picked.type === 'vote' && picked.followed).toBe(model.optionsAt([], 0)[1]!.id);
    s = run(model, s, [{ type: 'next' }]);
    expect(s.path).toEqual([model.optionsAt([], 0)[1]!.id]);
  });

  it('treats no votes at all as a tie', () => {
    const s = run(model, toScenario(model, fresh()), [{ type: 'next' }, { type: 'next' }, { type: 'next' }]);
    expect(run(model, s, [{ type: 'next' }])).toBe(s);
    expect(run(model, s, [{ type: 'vote.pick', option: 0 }, { type: 'next' }]).path).toHaveLength(1);
  });

  it('undoes the last vote, and only counts while the result is hidden', () => {
    let s = run(model, toScenario(model, fresh()), [{ type: 'next' }, { type: 'next' }]);
    s = run(model, s, [{ type: 'vote.add', option: 0 }, { type: 'vote.add', option: 2 }, { type: 'vote.undo' }]);
    const nodeId = model.plan.scenario.start;
    expect(s.votes[nodeId]!.counts).toEqual({ [model.optionsAt([], 0)[0]!.id]: 1 });
    s = run(model, s, [{ type: 'vote.reveal' }]);
    expect(run(model, s, [{ type: 'vote.add', option: 0 }])).toBe(s);
    expect(run(model, s, [{ type: 'vote.undo' }])).toBe(s);
    s = run(model, s, [{ type: 'vote.hide' }, { type: 'vote.add', option: 0 }]);
    expect(s.votes[nodeId]!.counts[model.optionsAt([], 0)[0]!.id]).toBe(2);
    // Votes are only taken at a vote screen, and only for offered options.
    expect(run(model, s, [{ type: 'vote.add', option: 7 }])).toBe(s);
    const situation = run(model, s, [{ type: 'back' }]);
    expect(run(model, situation, [{ type: 'option', option: 0 }])).toBe(situation);
  });

  it('plays the best route to the best ending, then shows debrief, route, best route and questions', () => {
    let s = run(model, toScenario(model, fresh()), [{ type: 'next' }]);
    for (const choiceId of model.plan.bestPath) {
      s = decide(model, s, indexOf(model, s, choiceId));
      s = run(model, s, [{ type: 'next' }]);
    }
    expect(s.path).toEqual(model.plan.bestPath);
    const pages: string[] = [];
    while (model.plan.slides[s.slide]!.type === 'scenario') {
      const sc = screen(s);
      expect(sc.type).toBe('ending');
      if (sc.type === 'ending') pages.push(sc.page.type);
      s = run(model, s, [{ type: 'next' }]);
    }
    expect(pages[0]).toBe('outcome');
    expect(pages).toContain('debrief');
    expect(pages).toContain('path');
    expect(pages).toContain('best');
    expect(pages[pages.length - 1]).toBe('reflection');
    // Back from the next slide returns to the last scenario screen.
    const back = run(model, s, [{ type: 'back' }]);
    expect(screen(back)).toMatchObject({ type: 'ending', page: { type: 'reflection' } });
  });

  it('goes back through a decision, and a different pick replaces the rest of the route and its votes', () => {
    let s = run(model, toScenario(model, fresh()), [{ type: 'next' }]);
    s = decide(model, s, 0);
    s = run(model, s, [{ type: 'next' }]);
    s = decide(model, s, 0);
    expect(s.path).toHaveLength(2);
    const secondNode = model.positionAfter(s.path, 1).nodeId;
    expect(s.votes[secondNode]).toBeDefined();
    // feedback 2 → vote 2 → situation 2 → feedback 1 → vote 1
    s = run(model, s, [{ type: 'back' }, { type: 'back' }, { type: 'back' }, { type: 'back' }]);
    expect(s.scene).toEqual({ at: 'vote', decision: 0 });
    expect(s.path).toHaveLength(2);
    // Following the same option keeps the route.
    const same = run(model, s, [{ type: 'next' }]);
    expect(same.path).toHaveLength(2);
    // Picking another option replaces it.
    const other = run(model, s, [{ type: 'vote.pick', option: 1 }, { type: 'next' }]);
    expect(other.path).toEqual([model.optionsAt([], 0)[1]!.id]);
    if (model.positionAfter(other.path, 1).nodeId !== secondNode) expect(other.votes[secondNode]).toBeUndefined();
  });

  it("jumps from the map at the end back to the vote at one of the group's decisions, with its tallies", () => {
    let s = run(model, toScenario(model, fresh()), [{ type: 'next' }]);
    for (let i = 0; i < 40 && screen(s).type !== 'ending'; i++) s = run(model, decide(model, s, 0, 2), [{ type: 'next' }]);
    expect(screen(s).type).toBe('ending');
    expect(groupTallies(model, s)[s.path[1]!]).toBe(2);
    const back = run(model, s, [{ type: 'scene.vote', decision: 1 }]);
    expect(back.scene).toEqual({ at: 'vote', decision: 1 });
    const vote = screen(back);
    expect(vote.type === 'vote' && vote.node.id).toBe(model.positionAfter(s.path, 1).nodeId);
    // Picking another option there and following it replaces the rest of the route.
    const options = model.optionsAt(s.path, 1);
    const other = options.findIndex((o) => o.id !== s.path[1]);
    const replayed = run(model, back, [{ type: 'vote.pick', option: other }, { type: 'next' }]);
    expect(replayed.path).toEqual([s.path[0], options[other]!.id]);
    // Not past the route, and not outside the scenario.
    expect(reduceSession(model, s, { type: 'scene.vote', decision: s.path.length }, 0)).toBe(s);
    const cover = fresh();
    expect(reduceSession(model, cover, { type: 'scene.vote', decision: 0 }, 0)).toBe(cover);
  });

  it('lifts a black screen with the first next or back, without moving', () => {
    const black = run(model, fresh(), [{ type: 'blackout.toggle' }]);
    expect(black.blackout).toBe(true);
    const lifted = run(model, black, [{ type: 'next' }]);
    expect(lifted.blackout).toBe(false);
    expect(lifted.slide).toBe(0);
  });

  it('keeps the trainer notes per section, within a maximum length', () => {
    const id = model.plan.sections[0]!.id;
    const s = run(model, fresh(), [{ type: 'notes.set', section: id, text: 'Goede opening' }]);
    expect(s.notes).toEqual({ [id]: 'Goede opening' });
    expect(run(model, s, [{ type: 'notes.set', section: 'bestaat-niet', text: 'x' }])).toBe(s);
    expect(run(model, s, [{ type: 'notes.set', section: id, text: 'x'.repeat(30_000) }]).notes[id]).toHaveLength(20_000);
  });

  it('resets to a fresh session with a higher revision, so other windows take it over', () => {
    const busy = run(model, fresh(), [{ type: 'next' }, { type: 'next' }, { type: 'timer.toggle' }]);
    const reset = run(model, busy, [{ type: 'reset' }]);
    expect(reset.slide).toBe(0);
    expect(reset.rev).toBe(busy.rev + 1);
  });

  it('sets timer presets and ignores silly ones', () => {
    const s = run(model, fresh(), [{ type: 'timer.preset', minutes: 25 }]);
    expect(s.timer.durationMs).toBe(25 * 60_000);
    expect(run(model, s, [{ type: 'timer.preset', minutes: -1 }])).toBe(s);
  });

  it('gives every screen of a whole workshop its own key and a Dutch label', () => {
    for (const folder of ['03-nieuwe-competenties', '07-afwegen-en-mandaat']) {
      const m = loadModel(folder);
      let s = createSession(m);
      const keys: string[] = [];
      for (let i = 0; i < 400; i++) {
        const view = viewOf(m, s);
        keys.push(view.key);
        expect(view.label.length).toBeGreaterThan(0);
        let next = reduceSession(m, s, { type: 'next' }, 0);
        // Always follow the first option when the group would be stuck on a tie.
        if (next === s) next = reduceSession(m, s, { type: 'vote.pick', option: 0 }, 0);
        if (next === s) break;
        s = next;
      }
      // A pick changes the vote screen without making it another screen; otherwise no screen comes twice.
      const screens = keys.filter((k, i) => k !== keys[i - 1]);
      expect(new Set(screens).size).toBe(screens.length);
      expect(viewOf(m, s).screen.type).toBe('end');
    }
  });
});
