// A test-runner plugin that runs a real HTTP endpoint for the volunteer signup's end-to-end
// test (no MSW): each test session starts its own on a free port, can tell it to fail the
// next attempts, and reads every attempt it received. Commands, from the browser through
// executeServerCommand: 'signup-receiver:start' { fail, redirect } → { url }, 'signup-receiver:attempts'
// → the attempts, 'signup-receiver:stop'. With `redirect` (a status such as 303), /signups answers
// every POST with that redirect to /signups/thank-you, a page that takes any request and records
// it as { redirected: method }, as a form handler that sends people to its own thank-you page.
import { createServer } from 'node:http';
import { createSignupReceiver } from '../../scripts/signup-receiver.js';

export function signupReceiverPlugin() {
  /** session id → { server, receiver } */
  const running = new Map();

  async function stop(id) {
    const entry = running.get(id);
    running.delete(id);
    if (entry) await new Promise((resolve) => entry.server.close(resolve));
  }

  return {
    name: 'signup-receiver',
    async executeCommand({ command, payload, session }) {
      if (command === 'signup-receiver:start') {
        await stop(session.id);
        const receiver = createSignupReceiver();
        receiver.failNext(payload?.fail ?? 0);
        const redirect = payload?.redirect;
        const server = createServer((req, res) => {
          if (!redirect || req.method === 'OPTIONS') return void receiver.receive(req, res);
          const cors = { 'access-control-allow-origin': '*' };
          if (req.url === '/signups/thank-you') {
            receiver.attempts.push({ redirected: req.method });
            return void res.writeHead(200, { ...cors, 'content-type': 'text/html' }).end('<h1>Thank you</h1>');
          }
          receiver.attempts.push({ status: redirect });
          res.writeHead(redirect, { ...cors, location: '/signups/thank-you' }).end();
        });
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        running.set(session.id, { server, receiver });
        return { url: `http://127.0.0.1:${server.address().port}/signups` };
      }
      if (command === 'signup-receiver:attempts') return running.get(session.id)?.receiver.attempts ?? [];
      if (command === 'signup-receiver:stop') {
        await stop(session.id);
        return true;
      }
      return undefined;
    },
    async serverStop() {
      await Promise.all([...running.keys()].map(stop));
    },
  };
}
