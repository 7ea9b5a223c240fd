import type { APIRequestContext } from '@playwright/test';

// The test's handle on the fake cmi5 LMS and learning record store in the test server
// (tests/support/fake-lrs-server.mjs): start a session as an LMS does, and read what arrived.

export const REGISTRATION = 'f1c5a8e2-7d3b-4c1a-9e6f-2b8d4a7c9e10';
export const ACTOR_ACCOUNT = { homePage: 'https://lms.example', name: 'leerling-12' };
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface Recorded {
  /** The session the LMS had started when the statement arrived. */
  session: string;
  statement: Record<string, any>;
}

export class FakeLms {
  session = '';

  constructor(
    private readonly request: APIRequestContext,
    readonly activityId: string,
    readonly masteryScore: number,
  ) {}

  /** Starts a session as an LMS does: a new session id, the "launched" statement, and the AU's launch URL. */
  async launch(auUrl: string): Promise<string> {
    const response = await this.request.post('/lrs/launch', {
      data: { registration: REGISTRATION, activityId: this.activityId, masteryScore: this.masteryScore },
    });
    const { session, query } = (await response.json()) as { session: string; query: string };
    this.session = session;
    return `${auUrl}?${query}`;
  }

  /** Every statement of this registration, and every request body the package sent. */
  async log(): Promise<{ statements: Recorded[]; bodies: string[] }> {
    return (await this.request.get(`/lrs/log?registration=${REGISTRATION}`)).json();
  }

  /** The verbs, last part of the IRI, of one session's statements, the LMS's "launched" included. */
  async verbs(session = this.session): Promise<string[]> {
    const { statements } = await this.log();
    return statements.filter((s) => s.session === session).map((s) => String(s.statement['verb']['id']).split('/').pop()!);
  }
}
