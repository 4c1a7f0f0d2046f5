/**
 * A page that enforces Trusted Types (`require-trusted-types-for 'script'`) and allows only the
 * policy names docs/trusted-types.md lists (`trusted-types lit-html care-widgets`): the widgets
 * render, and the finder's structured data is written and rewritten with no violation. Engines
 * without Trusted Types ignore the directives; the structured data must be written there too.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { loadFrame } from './frame.js';

type PageWindow = Window & { cspViolations: string[]; pageErrors: string[]; trustedTypes?: unknown };

const structuredData = (finder: Element) => finder.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
const eventNames = (json: string) => (JSON.parse(json) as { '@graph': { name: string; startDate: string }[] })['@graph'].map((e) => `${e.name} ${e.startDate}`);

describe('under enforced Trusted Types', () => {
  it('serves the page with the Trusted Types directives', async () => {
    const policy = (await fetch('/test/dist/pages/trusted-types.html')).headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("require-trusted-types-for 'script'").and.contain('trusted-types lit-html care-widgets');
  });

  it('writes the structured data on every update, with no violation', async () => {
    const { frame, win } = await loadFrame<PageWindow>('/test/dist/pages/trusted-types.html');
    const finder = win.document.querySelector('care-session-finder')!;
    await until(() => structuredData(finder) !== '', 8000, 'the structured data');
    const first = eventNames(structuredData(finder));
    expect(first.length).to.be.greaterThan(2);
    expect(first[0]).to.match(/^Tea and talk 20\d\d-/);
    // Fewer days ahead: fewer events, written again.
    finder.setAttribute('days-ahead', '4');
    await until(() => eventNames(structuredData(finder)).length < first.length, 3000, 'the structured data rewritten');
    expect(finder.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    expect(win.document.querySelector('care-awareness-banner')!.shadowRoot!.textContent).to.contain('Listening helps more than advice.');
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });

  it('lists the sessions, leaving out only the structured data, on a site that forgot the name care-widgets', async () => {
    const { frame, win } = await loadFrame<PageWindow>('/test/dist/pages/trusted-types-forbidden.html');
    const finder = win.document.querySelector('care-session-finder')!;
    await until(() => !!finder.shadowRoot?.querySelector('[part="session"]'), 8000, 'the sessions');
    await until(() => win.cspViolations.length > 0, 3000, 'the browser to report the refused policy');
    expect(finder.shadowRoot!.querySelector('[part="session"] .title')!.textContent).to.equal('Tea and talk');
    expect(structuredData(finder)).to.equal('');
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });
});
