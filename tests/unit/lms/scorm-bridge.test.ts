import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { startLmsBridge, type LmsConfig } from '../../../src/lib/lms/bridge';
import { LMS_MESSAGES } from '../../../src/lib/lms/messages';
import { decodeSuspendData } from '../../../src/lib/lms/suspend-data';
import { createProgressClient } from '../../../src/lib/progress/client';
import { FakeStorage } from '../../support/fake-storage';
import { contentModules } from '../../support/lms-content';
import { fakePage, PACKAGE_ROOT, playModule } from '../../support/lms-environment';

// The bridge against scorm-again's SCORM 1.2 and 2004 APIs as the LMS side: a learner plays
// module A1 through, the CMI data is checked, and a second computer resumes from it.

const MODULE = '01-burgerkracht-en-loslaten';
const SECRET = 'GEHEIM-reflectie-91c2';
const config = (format: 'scorm12' | 'scorm2004', mastery = 0.7): LmsConfig => ({
  format,
  courseId: `ja-tenzij-${MODULE}`,
  moduleIds: [MODULE],
  masteryScore: mastery,
});
const scope = () => ({ moduleIds: [MODULE], scenarioIds: [contentModules().find((m) => m.parts.id === MODULE)!.scenario!.id] });

/** Records every value the content sets, to check that no reflection text reaches the LMS. */
function recordValues(api: object, setter: string): string[] {
  const sent: string[] = [];
  const target = api as Record<string, (...args: string[]) => unknown>;
  const original = target[setter]!.bind(api);
  target[setter] = (element: string, value: string) => {
    sent.push(`${element}=${value}`);
    return original(element, value);
  };
  return sent;
}

describe('SCORM 1.2 with scorm-again as the LMS', () => {
  it('reports status, score, suspend data, location and session time of a module played through', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    const sent = recordValues(api, 'LMSSetValue');
    const page = fakePage({ lms: { API: api } });
    const bridge = await startLmsBridge(config('scorm12'), page.env);
    expect(bridge.status).toBe('connected');
    expect(api.isInitialized()).toBe(true);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('modules/burgerkracht-en-loslaten/');

    const wrong = contentModules()[0]!.parts.questionIds.slice(0, 1);
    playModule(page.store, MODULE, SECRET, wrong);
    const total = contentModules()[0]!.parts.questionIds.length;
    const percent = String(Math.round(((total - 1) / total) * 100));
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe((total - 1) / total >= 0.7 ? 'passed' : 'failed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe(percent);
    expect(api.LMSGetValue('cmi.core.score.max')).toBe('100');
    const suspend = api.LMSGetValue('cmi.suspend_data');
    expect(suspend.length).toBeLessThan(4096);
    const decoded = decodeSuspendData(suspend, scope())!;
    expect(Object.keys(decoded.sections[MODULE]!)).toEqual(contentModules()[0]!.parts.sectionSlugs.toSorted());
    expect(decoded.scenarios[scope().scenarioIds[0]!]?.outcomeNodeId).not.toBeNull();

    page.hide();
    page.leave();
    expect(api.isTerminated()).toBe(true);
    expect(sent.filter((v) => v.startsWith('cmi.core.exit='))).toEqual(['cmi.core.exit=suspend']);
    expect(sent.find((v) => v.startsWith('cmi.core.session_time='))).toMatch(/^cmi\.core\.session_time=\d{2,4}:\d{2}:\d{2}\.\d{2}$/);
    expect(sent.join('\n')).not.toContain(SECRET);
    expect(page.notices).toEqual([]);
  });

  it('resumes on another computer: merges the LMS progress and goes to the bookmark from the start page', async () => {
    const first = new Scorm12API({ logLevel: 5 });
    const page1 = fakePage({ lms: { API: first }, path: 'modules/burgerkracht-en-loslaten/scenario/' });
    await startLmsBridge(config('scorm12'), page1.env);
    const m = contentModules()[0]!;
    for (const slug of m.parts.sectionSlugs.slice(0, 2)) page1.store.markSectionRead(MODULE, slug);
    page1.leave();

    const second = new Scorm12API({ logLevel: 5 });
    second.loadFromJSON(JSON.parse(JSON.stringify(first.cmi)));
    const page2 = fakePage({ lms: { API: second }, path: '' });
    const bridge = await startLmsBridge(config('scorm12'), page2.env);
    expect(bridge.resumed).toBe(true);
    expect(page2.wentTo).toEqual([`${PACKAGE_ROOT}modules/burgerkracht-en-loslaten/scenario/`]);
    expect(Object.keys(page2.store.getState().sections[MODULE] ?? {})).toEqual(m.parts.sectionSlugs.slice(0, 2).toSorted());

    // The bookmarked page continues the same LMS session: no second LMSInitialize, no jump.
    const page3 = fakePage({ lms: { API: second }, path: 'modules/burgerkracht-en-loslaten/scenario/' });
    const continued = await startLmsBridge(config('scorm12'), page3.env);
    expect(continued).toMatchObject({ status: 'connected', resumed: false });
    expect(page3.wentTo).toEqual([]);
    expect(second.LMSGetLastError()).toBe('0');
  });

  it('uses the mastery score the LMS sets', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ student_data: { mastery_score: '100' } });
    const page = fakePage({ lms: { API: api } });
    await startLmsBridge(config('scorm12', 0.5), page.env);
    playModule(page.store, MODULE, SECRET, contentModules()[0]!.parts.questionIds.slice(0, 1));
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('failed');
  });
});

describe('SCORM 2004 with scorm-again as the LMS', () => {
  it('reports completion, success, scaled score, location, suspend data and an ISO 8601 session time', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const sent = recordValues(api, 'SetValue');
    const page = fakePage({ lms: { API_1484_11: api } });
    await startLmsBridge(config('scorm2004'), page.env);
    expect(api.GetValue('cmi.completion_status')).toBe('incomplete');
    expect(api.GetValue('cmi.success_status')).toBe('unknown');

    playModule(page.store, MODULE, SECRET);
    const total = contentModules()[0]!.parts.questionIds.length;
    expect(api.GetValue('cmi.completion_status')).toBe('completed');
    expect(api.GetValue('cmi.success_status')).toBe('passed');
    expect(api.GetValue('cmi.score.scaled')).toBe('1');
    expect(api.GetValue('cmi.score.raw')).toBe(String(total));
    expect(api.GetValue('cmi.score.max')).toBe(String(total));
    expect(api.GetValue('cmi.location')).toBe('modules/burgerkracht-en-loslaten/');
    expect(decodeSuspendData(api.GetValue('cmi.suspend_data'), scope())).not.toBeNull();

    page.leave();
    expect(api.isTerminated()).toBe(true);
    expect(sent.find((v) => v.startsWith('cmi.exit='))).toBe('cmi.exit=suspend');
    expect(sent.find((v) => v.startsWith('cmi.session_time='))).toMatch(/^cmi\.session_time=PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
    expect(sent.join('\n')).not.toContain(SECRET);
  });

  it('uses cmi.scaled_passing_score and keeps a completion the LMS already had', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON({ scaled_passing_score: '1', completion_status: 'completed' });
    const page = fakePage({ lms: { API_1484_11: api } });
    await startLmsBridge(config('scorm2004'), page.env);
    expect(api.GetValue('cmi.completion_status')).toBe('completed');
    const m = contentModules()[0]!;
    for (const q of m.parts.questionIds)
      page.store.saveCheckAnswer(MODULE, q, q === m.parts.questionIds[0] ? 'z' : m.rightOptions[q]!, q !== m.parts.questionIds[0]);
    expect(api.GetValue('cmi.success_status')).toBe('failed');
  });
});

describe('no LMS, and LMS errors', () => {
  it('runs as the normal site with one notice per browser session when no LMS is found', async () => {
    const session = new FakeStorage();
    const page = fakePage({ lms: null, session });
    const bridge = await startLmsBridge(config('scorm12'), page.env);
    expect(bridge.status).toBe('no-lms');
    expect(page.notices).toEqual([LMS_MESSAGES.noLms]);
    expect(LMS_MESSAGES.noLms).toBe('Geen leeromgeving gevonden: uw voortgang blijft alleen in deze browser.');
    expect(page.store.markSectionRead(MODULE, 'x')).toEqual({ saved: true });

    const next = fakePage({ lms: null, session });
    await startLmsBridge(config('scorm12'), next.env);
    expect(next.notices).toEqual([]);
  });

  it('says in Dutch that local progress is kept when the LMS refuses a commit, and keeps it', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.LMSCommit = () => 'false';
    const page = fakePage({ lms: { API: api } });
    await startLmsBridge(config('scorm12'), page.env);
    expect(page.notices).toEqual([LMS_MESSAGES.refused]);
    expect(LMS_MESSAGES.refused).toContain('blijft bewaard in deze browser');
    page.store.markSectionRead(MODULE, contentModules()[0]!.parts.sectionSlugs[0]!);
    page.hide();
    expect(page.notices).toEqual([LMS_MESSAGES.refused]);
    expect(Object.keys(page.store.getState().sections[MODULE]!)).toHaveLength(1);
  });

  it('never writes an empty state over the LMS copy when the learner store cannot load', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ suspend_data: 'jt1.eerder-opgeslagen', core: { lesson_status: 'incomplete' } });
    const sent = recordValues(api, 'LMSSetValue');
    const page = fakePage({ lms: { API: api } });
    page.env.progress = createProgressClient(() => Promise.reject(new Error('download failed')));
    const bridge = await startLmsBridge(config('scorm12'), page.env);
    expect(bridge.status).toBe('connected');
    page.leave();
    expect(sent.filter((v) => v.startsWith('cmi.suspend_data='))).toEqual([]);
    expect(api.isTerminated()).toBe(true);
  });

  it('says so when the LMS does not start the session', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.Initialize('');
    api.Terminate('');
    const page = fakePage({ lms: { API_1484_11: api } });
    const bridge = await startLmsBridge(config('scorm2004'), page.env);
    expect(bridge.status).toBe('error');
    expect(page.notices).toEqual([LMS_MESSAGES.ended]);
  });
});
