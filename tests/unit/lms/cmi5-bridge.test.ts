import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLmsBridge, type LmsConfig } from '../../../src/lib/lms/bridge';
import { CHOSE_VERB, STATE_ID } from '../../../src/lib/lms/cmi5-session';
import { LMS_MESSAGES } from '../../../src/lib/lms/messages';
import { FakeStorage } from '../../support/fake-storage';
import { ACTIVITY_ID, ENDPOINT, FakeLrs, PUBLISHER_ID, REGISTRATION, SESSION_ID, fakeXhrClass } from '../../support/fake-lrs';
import { contentModules, longestWalk, resolveNext } from '../../support/lms-content';
import { fakePage, playModule } from '../../support/lms-environment';

// cmi5 against a fake LMS/LRS that records every statement: the order and the fields the cmi5
// rules require, one "chose" per scenario decision, a session across pages, and errors.

const MODULE = '01-burgerkracht-en-loslaten';
const SECRET = 'GEHEIM-reflectie-c5a1';
const config: LmsConfig = { format: 'cmi5', courseId: `ja-tenzij-${MODULE}`, moduleIds: [MODULE], masteryScore: 0.7 };
const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';

let lrs: FakeLrs;
beforeEach(() => {
  lrs = new FakeLrs({ masteryScore: 0.7 });
  vi.stubGlobal('XMLHttpRequest', fakeXhrClass(lrs.fetch));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const categories = (s: Record<string, any>) => (s['context']?.contextActivities?.category ?? []).map((c: { id: string }) => c.id);

/** The checks every cmi5 defined statement must pass (cmi5 spec 9.x). */
function expectDefined(statement: Record<string, any>) {
  expect(statement['id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(statement['actor']['account']).toBeTruthy();
  expect(statement['object']['id']).toBe(ACTIVITY_ID);
  expect(statement['context']['registration']).toBe(REGISTRATION);
  expect(statement['context']['extensions'][SESSION_EXT]).toBe(SESSION_ID);
  expect(statement['context']['contextActivities']['grouping']).toContainEqual(expect.objectContaining({ id: PUBLISHER_ID }));
  expect(categories(statement)).toContain(CMI5_CATEGORY);
}

describe('cmi5 with a fake LRS', () => {
  it('sends initialized, chose per decision, passed, completed and terminated in order, with the required fields', async () => {
    const page = fakePage({ path: `modules/burgerkracht-en-loslaten/${lrs.launchQuery()}`, fetch: lrs.fetch });
    const bridge = await startLmsBridge(config, page.env);
    expect(bridge.status).toBe('connected');
    expect(lrs.verbs()).toEqual(['initialized']);

    playModule(page.store, MODULE, SECRET);
    page.leave();
    const m = contentModules().find((c) => c.parts.id === MODULE)!;
    const decisions = (() => {
      const byId = new Map(m.scenario!.nodes.map((n) => [n.id, n]));
      const walk: [string, string][] = [];
      let node = m.scenario!.start;
      for (let step = 0; step < 100 && byId.get(node)?.choices?.length; step++) {
        const choice = byId.get(node)!.choices![0]!;
        walk.push([node, choice.id]);
        node = resolveNext(m.scenario!, choice.next);
      }
      return walk;
    })();
    await vi.waitFor(() => expect(lrs.verbs().at(-1)).toBe('terminated'));

    // The check is answered before the scenario is played, so passed comes before the decisions.
    expect(lrs.verbs()).toEqual(['initialized', 'passed', ...decisions.map(() => 'chose'), 'completed', 'terminated']);
    for (const s of lrs.statements.filter((s) => s['verb']['id'] !== CHOSE_VERB.id)) expectDefined(s);
    const [initialized, ...rest] = lrs.statements;
    expect(initialized!['result']).toBeUndefined();
    const passed = rest.find((s) => s['verb']['id'].endsWith('/passed'))!;
    expect(passed['result']).toMatchObject({
      success: true,
      score: { scaled: 1, raw: m.parts.questionIds.length, min: 0, max: m.parts.questionIds.length },
    });
    expect(passed['result']['duration']).toMatch(/^PT/);
    expect(categories(passed)).toContain(MOVEON_CATEGORY);
    const completed = rest.find((s) => s['verb']['id'].endsWith('/completed'))!;
    expect(completed['result']).toMatchObject({ completion: true });
    expect(completed['result']).not.toHaveProperty('success');
    expect(categories(completed)).toContain(MOVEON_CATEGORY);
    const terminated = lrs.statements.at(-1)!;
    expect(terminated['result']['duration']).toMatch(/^PT/);
    expect(terminated['result']).not.toHaveProperty('completion');

    const chose = lrs.statements.filter((s) => s['verb']['id'] === CHOSE_VERB.id);
    expect(chose.map((s) => [s['object']['id'], s['result']['response']])).toEqual(
      decisions.map(([node, choice]) => [`${ACTIVITY_ID}/scenario/${m.scenario!.id}/${node}`, choice]),
    );
    for (const s of chose) {
      expect(s['context']['registration']).toBe(REGISTRATION);
      expect(s['context']['extensions'][SESSION_EXT]).toBe(SESSION_ID);
      expect(s['context']['contextActivities']['parent']).toEqual([{ objectType: 'Activity', id: ACTIVITY_ID }]);
      // cmi5 allowed statements carry neither the cmi5 nor the moveOn category.
      expect(categories(s)).toEqual([]);
    }
    // Timestamps never go back: the LRS sees the order the learner did things in.
    const times = lrs.statements.map((s) => Date.parse(s['timestamp']));
    expect(times).toEqual(times.toSorted((a, b) => a - b));

    // After "initialized" (the library's own request) every statement goes with keepalive, so a closing tab still delivers.
    const posts = lrs.requests.filter((r) => r.url.endsWith('/statements'));
    expect(posts.slice(1).length).toBeGreaterThan(0);
    expect(posts.slice(1).every((r) => r.keepalive)).toBe(true);
    // The progress went to the State API.
    expect(JSON.parse(lrs.documents.get(STATE_ID)!)).toMatchObject({
      location: 'modules/burgerkracht-en-loslaten/',
      sent: { completed: true, passed: true },
    });
    // No reflection text in anything sent.
    expect(lrs.requests.map((r) => r.url + r.body).join('\n')).not.toContain(SECRET);
  });

  it('continues the session on the next page of the package without a second fetch or initialized', async () => {
    const session = new FakeStorage();
    const page1 = fakePage({ path: `modules/burgerkracht-en-loslaten/${lrs.launchQuery()}`, fetch: lrs.fetch, session });
    await startLmsBridge(config, page1.env);
    page1.hide();
    const fetchPosts = () => lrs.requests.filter((r) => r.url.includes('/cmi5/fetch/')).length;
    expect(fetchPosts()).toBe(1);

    const page2 = fakePage({ path: 'modules/burgerkracht-en-loslaten/scenario/', fetch: lrs.fetch, session });
    const bridge = await startLmsBridge(config, page2.env);
    expect(bridge.status).toBe('connected');
    expect(fetchPosts()).toBe(1);
    page2.leave();
    await vi.waitFor(() => expect(lrs.verbs()).toEqual(['initialized', 'terminated']));
    expect(lrs.statements[1]!['context']['extensions'][SESSION_EXT]).toBe(SESSION_ID);
  });

  it('sends failed only when the session ends below the mastery score, then terminated', async () => {
    const page = fakePage({ path: `modules/burgerkracht-en-loslaten/${lrs.launchQuery()}`, fetch: lrs.fetch });
    await startLmsBridge(config, page.env);
    const questions = contentModules().find((c) => c.parts.id === MODULE)!.parts.questionIds;
    playModule(page.store, MODULE, SECRET, questions);
    await vi.waitFor(() => expect(lrs.verbs()).toContain('completed'));
    expect(lrs.verbs()).not.toContain('failed');
    page.leave();
    await vi.waitFor(() => expect(lrs.verbs().slice(-2)).toEqual(['failed', 'terminated']));
    const failed = lrs.statements.at(-2)!;
    expect(failed['result']).toMatchObject({ success: false, score: { scaled: 0 } });
    expect(lrs.verbs().filter((v) => v === 'passed')).toEqual([]);
  });

  it('resumes on another computer from the state document and never sends completed twice in a registration', async () => {
    const first = fakePage({ path: `modules/burgerkracht-en-loslaten/scenario/${lrs.launchQuery()}`, fetch: lrs.fetch });
    await startLmsBridge(config, first.env);
    playModule(first.store, MODULE, SECRET);
    first.leave();
    await vi.waitFor(() => expect(lrs.verbs().at(-1)).toBe('terminated'));

    const local = new FakeStorage();
    const second = fakePage({ path: lrs.launchQuery(), fetch: lrs.fetch, session: new FakeStorage(), local });
    const bridge = await startLmsBridge(config, second.env);
    expect(bridge.resumed).toBe(true);
    expect(second.wentTo).toEqual([new URL('modules/burgerkracht-en-loslaten/scenario/', second.env.packageRoot).href]);
    const walk = longestWalk(contentModules()[0]!.scenario!);
    expect(Object.keys(second.store.getState().sections[MODULE] ?? {}).length).toBeGreaterThan(0);
    expect(second.store.getState().reflections).toEqual({});
    expect(walk.choices.length).toBeGreaterThan(0);

    const third = fakePage({
      path: 'modules/burgerkracht-en-loslaten/scenario/',
      fetch: lrs.fetch,
      session: second.env.session as FakeStorage,
      local,
    });
    expect(Object.keys(third.store.getState().sections[MODULE] ?? {}).length).toBeGreaterThan(0);
    await startLmsBridge(config, third.env);
    third.store.markSectionRead(MODULE, 'nog-een-keer');
    third.leave();
    await vi.waitFor(() => expect(lrs.verbs().at(-1)).toBe('terminated'));
    expect(lrs.verbs().filter((v) => v === 'completed')).toHaveLength(1);
    expect(lrs.verbs().filter((v) => v === 'passed')).toHaveLength(1);
    expect(lrs.verbs().filter((v) => v === 'initialized')).toHaveLength(2);
  });

  it('shows in Dutch that the session expired (401) and keeps local progress', async () => {
    const page = fakePage({ path: `modules/burgerkracht-en-loslaten/${lrs.launchQuery()}`, fetch: lrs.fetch });
    await startLmsBridge(config, page.env);
    lrs.expired = true;
    page.store.markSectionRead(MODULE, contentModules()[0]!.parts.sectionSlugs[0]!);
    page.hide();
    await vi.waitFor(() => expect(page.notices).toEqual([LMS_MESSAGES.expired]));
    expect(LMS_MESSAGES.expired).toContain('blijft bewaard in deze browser');
    expect(Object.keys(page.store.getState().sections[MODULE]!)).toHaveLength(1);
  });

  it('runs as the normal site when opened without launch parameters', async () => {
    const page = fakePage({ path: 'modules/burgerkracht-en-loslaten/', fetch: lrs.fetch });
    const bridge = await startLmsBridge(config, page.env);
    expect(bridge.status).toBe('no-lms');
    expect(page.notices).toEqual([LMS_MESSAGES.noLms]);
    expect(lrs.requests).toEqual([]);
  });

  it('says so when the LRS cannot be reached, and keeps local progress', async () => {
    let offline = false;
    const fetch: typeof globalThis.fetch = (input, init) => (offline ? Promise.reject(new TypeError('offline')) : lrs.fetch(input, init));
    const page = fakePage({ path: `modules/burgerkracht-en-loslaten/${lrs.launchQuery()}`, fetch });
    await startLmsBridge(config, page.env);
    offline = true;
    page.store.markSectionRead(MODULE, contentModules()[0]!.parts.sectionSlugs[0]!);
    page.hide();
    await vi.waitFor(() => expect(page.notices).toEqual([LMS_MESSAGES.unreachable]));
    expect(Object.keys(page.store.getState().sections[MODULE]!)).toHaveLength(1);
    expect(ENDPOINT).toMatch(/\/$/);
  });
});
