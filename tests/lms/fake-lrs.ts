import type { Page, Route } from '@playwright/test';

// The learning system's side of cmi5 for the end-to-end tests, on Playwright routes: the one-time fetch
// URL that hands out the auth token, the learning record store (LRS) with LMS.LaunchData and the AU's
// own state documents, and every statement in the order it arrives. The LRS lives on another origin,
// as it often does, so the package must pass the browser's CORS check too.

export const ENDPOINT = 'https://lrs.example/xapi/';
export const REGISTRATION = 'f1c5a8e2-7d3b-4c1a-9e6f-2b8d4a7c9e10';
export const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'leerling-12' }, name: 'A. Leerling' };
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, x-experience-api-version',
  'access-control-allow-methods': 'GET, PUT, POST, DELETE, OPTIONS',
};

export interface Recorded {
  statement: Record<string, any>;
  /** The session the LMS had started when the statement arrived. */
  session: string;
}

export class FakeLms {
  readonly statements: Recorded[] = [];
  /** Every request body that went to the LMS or LRS, to look for text that must not leave the browser. */
  readonly bodies: string[] = [];
  readonly documents = new Map<string, string>();
  session = '';
  private launches = 0;

  constructor(
    readonly activityId: string,
    readonly masteryScore: number,
  ) {}

  /** Starts a session as an LMS does: a new session id, the "launched" statement, and the AU's launch URL. */
  launch(auUrl: string): string {
    this.launches++;
    this.session = `5a0d${String(this.launches).padStart(4, '0')}-6b1e-4c2f-8d3a-9e4b5f6a7b8c`;
    this.statements.push({ session: this.session, statement: this.statement('http://adlnet.gov/expapi/verbs/launched') });
    const query = new URLSearchParams({
      endpoint: ENDPOINT,
      fetch: `https://lms.example/cmi5/fetch/${this.launches}`,
      actor: JSON.stringify(ACTOR),
      registration: REGISTRATION,
      activityId: this.activityId,
    });
    return `${auUrl}?${query}`;
  }

  private statement(verb: string) {
    return {
      actor: ACTOR,
      verb: { id: verb },
      object: { objectType: 'Activity', id: this.activityId },
      context: { registration: REGISTRATION, extensions: { [SESSION_EXTENSION]: this.session } },
    };
  }

  async attach(page: Page) {
    const used = new Set<string>();
    await page.route('https://lms.example/cmi5/fetch/*', async (route) => {
      if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
      const url = route.request().url();
      const first = !used.has(url);
      used.add(url);
      return route.fulfill({
        headers: CORS,
        json: first
          ? { 'auth-token': Buffer.from(`leerling-12:${url.slice(-1)}`).toString('base64') }
          : { 'error-code': '1', 'error-text': 'al gebruikt' },
      });
    });
    await page.route(`${ENDPOINT}**`, (route) => this.answer(route));
  }

  private async answer(route: Route) {
    const request = route.request();
    const method = request.method();
    if (method === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
    const url = new URL(request.url());
    const body = request.postData() ?? '';
    this.bodies.push(body);
    if (url.pathname.endsWith('/activities/state')) {
      const stateId = url.searchParams.get('stateId')!;
      if (stateId === 'LMS.LaunchData')
        return route.fulfill({
          headers: CORS,
          json: {
            contextTemplate: {
              contextActivities: { grouping: [{ objectType: 'Activity', id: this.activityId.replace(/\/au\/.*$/, '') }] },
              extensions: { [SESSION_EXTENSION]: this.session },
            },
            launchMode: 'Normal',
            moveOn: 'CompletedOrPassed',
            masteryScore: this.masteryScore,
          },
        });
      if (method === 'PUT' || method === 'POST') {
        this.documents.set(stateId, body);
        return route.fulfill({ status: 204, headers: CORS });
      }
      const document = this.documents.get(stateId);
      return document
        ? route.fulfill({ headers: { ...CORS, 'content-type': 'application/json' }, body: document })
        : route.fulfill({ status: 404, headers: CORS });
    }
    if (url.pathname.endsWith('/agents/profile')) return route.fulfill({ status: 404, headers: CORS });
    if (url.pathname.endsWith('/statements') && (method === 'POST' || method === 'PUT')) {
      const parsed = JSON.parse(body) as Record<string, any> | Record<string, any>[];
      const list = Array.isArray(parsed) ? parsed : [parsed];
      this.statements.push(...list.map((statement) => ({ statement, session: this.session })));
      return route.fulfill({ headers: CORS, json: list.map((s, i) => s['id'] ?? `id-${this.statements.length + i}`) });
    }
    return route.fulfill({ status: 400, headers: CORS });
  }

  /** The verbs, last part of the IRI, of one session's statements, the LMS's "launched" included. */
  verbs(session = this.session): string[] {
    return this.statements.filter((s) => s.session === session).map((s) => String(s.statement['verb']['id']).split('/').pop()!);
  }
}
