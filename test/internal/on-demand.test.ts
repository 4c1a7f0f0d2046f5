/**
 * Code loaded on demand (internal/on-demand.ts): a module that could not be fetched is fetched
 * again on the next try, in every engine, and one that arrived is kept.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { onDemand } from '../../src/internal/on-demand.js';
import { startWorker, worker } from '../mocks/browser.js';

describe('onDemand', () => {
  let reachable = false;
  const requested: string[] = [];
  const shared: string[] = [];
  before(async () => {
    await startWorker();
    worker.use(http.get('/on-demand/part.js', ({ request }) => {
      requested.push(new URL(request.url).search);
      return reachable ? new HttpResponse('export const part = "here";', { headers: { 'Content-Type': 'text/javascript' } }) : HttpResponse.error();
    }), http.get('/on-demand/shared.js', ({ request }) => {
      shared.push(new URL(request.url).search);
      // A file the bundler shares with code that imports it statically: the part is one of its exports.
      return shared.length > 1 ? new HttpResponse('export const r = { part: "here" };', { headers: { 'Content-Type': 'text/javascript' } }) : HttpResponse.error();
    }));
  });
  after(() => worker.resetHandlers());

  it('asks the network again after a failure, under another address each time; shares a try on its way; keeps what arrived', async () => {
    const load = (): Promise<{ part: string }> => onDemand(() => import('/on-demand/part.js' as string) as Promise<{ part: string }>, import.meta.url);
    await load().then(() => expect.fail('the part arrived while unreachable'), () => {});
    await load().then(() => expect.fail('the part arrived while unreachable'), () => {});
    expect(requested).to.deep.equal(['', '?1']);
    reachable = true;
    const [first, second] = await Promise.all([load(), load()]);
    expect(first.part).to.equal('here');
    expect(second).to.equal(first);
    expect(await load()).to.equal(first);
    expect(requested).to.deep.equal(['', '?1', '?2']);
  });

  it('after a failure anywhere in the page, asks again from everywhere under the other address, picking the part as the build does', async () => {
    // As the build writes it: the part picked out of a file of several.
    const built = Object.assign(() => import('/on-demand/shared.js' as string).then((file: { r: { part: string } }) => file.r), {
      toString: () => '()=>import("/on-demand/shared.js").then(e=>e.r)',
    });
    await onDemand(built, import.meta.url).then(() => expect.fail('the part arrived while unreachable'), () => {});
    // Another caller of the same file.
    const elsewhere = await onDemand(built, new URL('/somewhere/else.js', import.meta.url).href);
    expect(elsewhere.part).to.equal('here');
    expect(await onDemand(built, import.meta.url)).to.equal(elsewhere);
    expect(shared).to.deep.equal(['', '?1']);
  });
});
