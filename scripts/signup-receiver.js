// A small receiver for volunteer signups, kept in memory only: the demo site
// (`npm start`) sends its signups here and shows what arrived at /signups, and
// the signup's end-to-end test runs one as a real endpoint
// (test/volunteer-signup/receiver-plugin.js). It records every attempt, as a
// real endpoint would see them, and can be told to fail the next few.

const MAX_BODY = 64 * 1024;
const CORS = {
  // Signups carry no cookies (credentials: 'omit'), so any page may post here.
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': 'content-type, accept',
};

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > MAX_BODY) reject(new Error('too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** The fields of a JSON or form-encoded body, or undefined when it is neither. */
function parseFields(type, body) {
  try {
    if (type.startsWith('application/json')) return JSON.parse(body);
    if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(body));
  } catch {
    // fall through: not what it says it is
  }
  return undefined;
}

const escape = (value) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createSignupReceiver() {
  /** Every attempt that arrived: { at, contentType, accept, status, fields }. */
  const attempts = [];
  let failuresLeft = 0;

  const send = (res, status, body) =>
    res.writeHead(status, { ...CORS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));

  return {
    attempts,

    /** Answers the next `count` attempts with 503, as a struggling server would. */
    failNext(count) {
      failuresLeft = Math.max(0, Number(count) || 0);
    },

    clear() {
      attempts.length = 0;
      failuresLeft = 0;
    },

    /** The attempts it accepted (2xx), one per submission_id: what a receiver that drops duplicates keeps. */
    signups() {
      const kept = new Map();
      for (const attempt of attempts) {
        const id = attempt.fields?.submission_id;
        if (attempt.status < 300 && !kept.has(id)) kept.set(id, attempt);
      }
      return [...kept.values()];
    },

    /** The endpoint: a signup as JSON or form-encoded, POSTed. */
    async receive(req, res) {
      if (req.method === 'OPTIONS') return res.writeHead(204, CORS).end();
      if (req.method !== 'POST') return send(res, 405, { error: 'POST a signup here' });
      const contentType = req.headers['content-type'] ?? '';
      let body;
      try {
        body = await readBody(req);
      } catch {
        return send(res, 413, { error: 'too large' });
      }
      const fields = parseFields(contentType, body);
      const status = !fields || typeof fields !== 'object' ? 400 : failuresLeft > 0 ? 503 : 200;
      if (status === 503) failuresLeft--;
      attempts.push({ at: new Date().toISOString(), contentType, accept: req.headers.accept ?? '', status, fields });
      return send(res, status, status === 200 ? { ok: true } : { error: status === 400 ? 'not JSON or form data' : 'try again later' });
    },

    /** The /signups page: what arrived, grouped by signup, and buttons to try the failure paths. */
    page() {
      const groups = new Map();
      for (const attempt of attempts) {
        const id = attempt.fields?.submission_id ?? '(none)';
        groups.set(id, [...(groups.get(id) ?? []), attempt]);
      }
      const rows = [...groups].reverse().map(([id, tries]) => {
        const fields = (tries.findLast((t) => t.status < 300) ?? tries.at(-1)).fields ?? {};
        const list = Object.entries(fields).map(([key, value]) => `<dt>${escape(key)}</dt><dd>${escape(Array.isArray(value) ? value.join(', ') : value)}</dd>`);
        const statuses = tries.map((t) => t.status).join(', ');
        return `<section class="card"><h2>${escape(fields.name ?? 'Signup')}</h2>
          <p>${tries.length} attempt(s), answered ${escape(statuses)}; submission ${escape(id)}</p><dl class="times">${list.join('')}</dl></section>`;
      });
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Signups received · Care Widgets demo</title><link rel="stylesheet" href="site.css"></head>
<body><main class="wrap content" id="main"><h1>Signups received</h1>
<p>What the demo's volunteer form sent to this server, kept in memory until it stops. <a href="volunteer.html">Back to the form</a>.</p>
<p>${this.signups().length} signup(s) accepted from ${attempts.length} attempt(s).${failuresLeft ? ` The next ${failuresLeft} attempt(s) will fail.` : ''}</p>
<form method="post" action="signups/fail-next"><button type="submit">Make the next 2 attempts fail</button></form>
<form method="post" action="signups/clear"><button type="submit">Forget everything received</button></form>
${rows.join('\n') || '<p>Nothing yet.</p>'}
</main></body></html>`;
    },

    /**
     * The demo's routes: POST `endpoint` receives, GET /signups shows, POST /signups/fail-next and
     * /signups/clear act. Returns false for any other request.
     */
    route(req, res, endpoint) {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path === endpoint) {
        void this.receive(req, res);
        return true;
      }
      if (path === '/signups' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'self'" }).end(this.page());
        return true;
      }
      if ((path === '/signups/fail-next' || path === '/signups/clear') && req.method === 'POST') {
        if (path.endsWith('clear')) this.clear();
        else this.failNext(2);
        res.writeHead(303, { location: '/signups' }).end();
        return true;
      }
      return false;
    },
  };
}
