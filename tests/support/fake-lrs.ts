// A fake cmi5 LMS/LRS for the bridge's unit tests: the fetch URL hands out one auth token, the
// State API holds LMS.LaunchData and the AU's own documents, and every statement is recorded in
// the order it arrives. The library talks XHR (axios), the bridge fetch; both land here.

export const ACTIVITY_ID = 'https://lms.example/cmi5/au/7f1c';
export const PUBLISHER_ID = 'https://ja-tenzij.example/lms/01-burgerkracht-en-loslaten';
export const REGISTRATION = '5e0c4d0b-1b40-4f7e-9b0e-6e5a2f3b9d10';
export const SESSION_ID = 'b7a9c9c8-3f4e-4a7e-8f57-1a2b3c4d5e6f';
export const ENDPOINT = 'https://lrs.example/xapi/';
export const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'leerling-12' }, name: 'A. Leerling' };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  keepalive: boolean;
}

export class FakeLrs {
  readonly requests: RecordedRequest[] = [];
  readonly statements: Record<string, any>[] = [];
  readonly documents = new Map<string, string>();
  /** When set, the LRS answers every request with 401 (an expired token). */
  expired = false;
  private tokens = 0;
  private fetchUsed = new Set<string>();

  constructor(readonly launchData: Record<string, unknown> = {}) {}

  /** The launch URL's query string for a new session (a new one-time fetch URL each time). */
  launchQuery(): string {
    const fetchUrl = `https://lms.example/cmi5/fetch/${++this.tokens}`;
    return `?${new URLSearchParams({ endpoint: ENDPOINT, fetch: fetchUrl, actor: JSON.stringify(ACTOR), registration: REGISTRATION, activityId: ACTIVITY_ID })}`;
  }

  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === 'string' ? init.body : '';
    const method = (init.method ?? 'GET').toUpperCase();
    this.requests.push({ method, url, headers, body, keepalive: init.keepalive === true });
    const json = (data: unknown, status = 200) =>
      new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
    if (url.startsWith('https://lms.example/cmi5/fetch/')) {
      if (this.fetchUsed.has(url)) return json({ 'error-code': '1', 'error-text': 'already used' });
      this.fetchUsed.add(url);
      return json({ 'auth-token': `dG9rZW4t${url.slice(-1)}` });
    }
    if (!url.startsWith(ENDPOINT)) return new Response('', { status: 404 });
    if (this.expired || !headers['authorization']?.startsWith('Basic dG9rZW4t')) return new Response('', { status: 401 });
    const path = new URL(url);
    if (path.pathname.endsWith('/activities/state')) {
      const stateId = path.searchParams.get('stateId')!;
      if (stateId === 'LMS.LaunchData' && method === 'GET')
        return json({
          contextTemplate: {
            contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_ID }] },
            extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION_ID },
          },
          launchMode: 'Normal',
          moveOn: 'CompletedAndPassed',
          ...this.launchData,
        });
      if (method === 'PUT') {
        this.documents.set(stateId, body);
        return new Response(null, { status: 204 });
      }
      const doc = this.documents.get(stateId);
      return doc ? new Response(doc, { status: 200, headers: { 'content-type': 'application/json' } }) : new Response('', { status: 404 });
    }
    if (path.pathname.endsWith('/agents/profile')) return new Response('', { status: 404 });
    if (path.pathname.endsWith('/statements') && method === 'POST') {
      const parsed = JSON.parse(body) as Record<string, any> | Record<string, any>[];
      const list = Array.isArray(parsed) ? parsed : [parsed];
      this.statements.push(...list);
      return json(list.map((s) => s['id']));
    }
    return new Response('', { status: 400 });
  };

  /** The verbs of the recorded statements, last part of the IRI. */
  verbs(): string[] {
    return this.statements.map((s) => String(s['verb']['id']).split('/').pop()!);
  }
}

/** An XMLHttpRequest that hands its request to `fetchImpl`, enough for axios's XHR adapter (used by @xapi/cmi5). */
export function fakeXhrClass(fetchImpl: (url: string, init: RequestInit) => Promise<Response>) {
  return class FakeXMLHttpRequest {
    readyState = 0;
    status = 0;
    statusText = '';
    responseText = '';
    response: unknown = '';
    responseType = '';
    timeout = 0;
    withCredentials = false;
    onloadend: (() => void) | null = null;
    onreadystatechange: (() => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    onabort: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    upload = { addEventListener() {} };
    private method = 'GET';
    private url = '';
    private headers: Record<string, string> = {};
    private responseHeaders = '';
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
      this.readyState = 1;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    getAllResponseHeaders() {
      return this.responseHeaders;
    }
    addEventListener() {}
    abort() {}
    send(body: unknown) {
      fetchImpl(this.url, { method: this.method, headers: this.headers, ...(typeof body === 'string' ? { body } : {}) }).then(
        async (response) => {
          this.status = response.status;
          this.statusText = response.statusText;
          this.responseText = await response.text();
          this.response = this.responseText;
          this.responseHeaders = [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\r\n');
          this.readyState = 4;
          this.onloadend?.();
        },
        (error: unknown) => this.onerror?.(error),
      );
    }
  };
}
