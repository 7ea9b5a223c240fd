// The learning system's side of cmi5 for the LMS end-to-end tests, inside their server (serve-lms.mjs):
// a one-time fetch URL that hands out the auth token, a learning record store with LMS.LaunchData and
// the AU's own state documents, and every statement in the order it arrived. A real HTTP endpoint and
// not a Playwright route: a statement sent with `keepalive` as the page goes away must really arrive.
//   POST /lrs/launch  {registration, activityId, masteryScore}  a new session: records "launched", returns the AU's query
//   GET  /lrs/log?registration=…                               what arrived: {statements: [{session, statement}], bodies}

const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'leerling-12' }, name: 'A. Leerling' };

export function fakeLrs(origin) {
  const registrations = new Map();
  const tokens = new Map();
  let launches = 0;

  const json = (res, status, data) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(data === undefined ? '' : JSON.stringify(data));
  };

  /** Answers a request under /lrs/, or returns false. */
  return function handle(req, res, body) {
    const url = new URL(req.url ?? '/', origin);
    if (!url.pathname.startsWith('/lrs/')) return false;
    const method = req.method ?? 'GET';
    if (url.pathname === '/lrs/launch' && method === 'POST') {
      const { registration, activityId, masteryScore } = JSON.parse(body);
      const session = `5a0d${String(++launches).padStart(4, '0')}-6b1e-4c2f-8d3a-9e4b5f6a7b8c`;
      const entry = registrations.get(registration) ?? { activityId, masteryScore, statements: [], bodies: [], documents: new Map() };
      entry.session = session;
      registrations.set(registration, entry);
      entry.statements.push({
        session,
        statement: {
          actor: ACTOR,
          verb: { id: 'http://adlnet.gov/expapi/verbs/launched' },
          object: { objectType: 'Activity', id: activityId },
          context: { registration, extensions: { [SESSION_EXTENSION]: session } },
        },
      });
      const fetchUrl = `${origin}/lrs/fetch/${launches}`;
      tokens.set(fetchUrl, { registration, used: false });
      const query = new URLSearchParams({
        endpoint: `${origin}/lrs/xapi/`,
        fetch: fetchUrl,
        actor: JSON.stringify(ACTOR),
        registration,
        activityId,
      });
      json(res, 200, { session, query: query.toString() });
      return true;
    }
    if (url.pathname === '/lrs/log') {
      const entry = registrations.get(url.searchParams.get('registration'));
      json(res, 200, { statements: entry?.statements ?? [], bodies: entry?.bodies ?? [] });
      return true;
    }
    if (url.pathname.startsWith('/lrs/fetch/')) {
      const token = tokens.get(`${origin}${url.pathname}`);
      if (!token || token.used) json(res, 200, { 'error-code': '1', 'error-text': 'al gebruikt' });
      else {
        token.used = true;
        json(res, 200, { 'auth-token': Buffer.from(`leerling-12:${token.registration}`).toString('base64') });
      }
      return true;
    }
    const registration = url.searchParams.get('registration') ?? [...registrations.keys()].at(-1);
    const entry = registrations.get(registration);
    if (!entry) return (json(res, 404), true);
    if (body) entry.bodies.push(body);
    if (url.pathname.endsWith('/activities/state')) {
      const stateId = url.searchParams.get('stateId');
      if (stateId === 'LMS.LaunchData')
        json(res, 200, {
          contextTemplate: {
            contextActivities: { grouping: [{ objectType: 'Activity', id: entry.activityId.replace(/\/au\/.*$/, '') }] },
            extensions: { [SESSION_EXTENSION]: entry.session },
          },
          launchMode: 'Normal',
          moveOn: 'CompletedOrPassed',
          masteryScore: entry.masteryScore,
        });
      else if (method === 'PUT' || method === 'POST') {
        entry.documents.set(stateId, body);
        json(res, 204);
      } else if (entry.documents.has(stateId)) res.writeHead(200, { 'content-type': 'application/json' }).end(entry.documents.get(stateId));
      else json(res, 404);
      return true;
    }
    if (url.pathname.endsWith('/agents/profile')) return (json(res, 404), true);
    if (url.pathname.endsWith('/statements') && (method === 'POST' || method === 'PUT')) {
      const parsed = JSON.parse(body);
      const list = Array.isArray(parsed) ? parsed : [parsed];
      entry.statements.push(...list.map((statement) => ({ session: entry.session, statement })));
      json(
        res,
        200,
        list.map((s) => s.id),
      );
      return true;
    }
    json(res, 400);
    return true;
  };
}
