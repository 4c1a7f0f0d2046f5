/**
 * The built referral lookup under the strict CSP: its first view downloads none of the code of its
 * details, printing, copying and "More filters" (widgets/chunks/more-*.js), which arrives when a
 * person first opens either, and then works.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { loadFrame } from './frame.js';

type PageWindow = Window & { cspViolations: string[]; pageErrors: string[] };

const moreCode = (win: Window) => win.performance.getEntriesByType('resource').filter((e) => /^\/dist\/widgets\/chunks\/more-[\w-]+\.js$/.test(new URL(e.name).pathname));
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function openLookup() {
  const { frame, win } = await loadFrame<PageWindow>('/test/dist/pages/lookup.html');
  const lookup = win.document.querySelector('care-referral-lookup') as HTMLElement;
  const root = () => lookup.shadowRoot!;
  await until(() => !!lookup.shadowRoot?.querySelector('[part="referral"]'), 5000, 'the referrals');
  const card = (name: string) => [...root().querySelectorAll('[part="referral"]')].find((li) => text(li.querySelector('h4')) === name)!;
  return { frame, win, root, card };
}

describe('the referral lookup from dist/', () => {
  it('shows its first view without the code of its details, then opens them, prints a card and copies, with no violation', async () => {
    const { frame, win, root, card } = await openLookup();
    expect(text(root().querySelector('[part="summary"]'))).to.equal('2 services');
    expect(moreCode(win), 'the details’ code, before anything was opened').to.deep.equal([]);

    const details = card('Riverside Counselling Clinic').querySelector('details')!;
    details.querySelector('summary')!.click();
    await until(() => !!details.querySelector('[part="details"]'), 5000, 'the details');
    expect(text(details.querySelector('dl'))).to.contain('Area').and.contain('Riverside County');
    expect(moreCode(win)).to.have.length(1);

    const printed: string[] = [];
    win.print = () => void printed.push(text(root().querySelector('[part="print-card"]')));
    [...details.querySelectorAll('button')].find((b) => text(b) === 'Print a card')!.click();
    await until(() => printed.length > 0, 3000, 'printing');
    expect(printed[0]).to.contain('Riverside Counselling Clinic').and.contain('Call (217) 555-0175');
    win.dispatchEvent(new Event('afterprint'));

    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (copied = value) } });
    [...details.querySelectorAll('button')].find((b) => text(b) === 'Copy details')!.click();
    await until(() => text(details.querySelector('[role="status"]')) === 'Details copied.', 3000, 'the copy');
    expect(copied).to.contain('Riverside Counselling Clinic').and.contain('Website: https://riverside-clinic.example.org/');

    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });

  it('filters by what "More filters" offers once its code arrives', async () => {
    const { frame, win, root } = await openLookup();
    const panel = root().querySelector<HTMLDetailsElement>('form details')!;
    panel.querySelector('summary')!.click();
    await until(() => !!panel.querySelector('select'), 5000, 'the filters');
    const cost = [...panel.querySelectorAll('label')].find((l) => text(l).startsWith('Cost'))!.querySelector('select')!;
    cost.value = 'free';
    cost.dispatchEvent(new Event('change'));
    await until(() => text(root().querySelector('[part="summary"]')) === '1 service', 3000, 'the filtered list');
    expect([...root().querySelectorAll('.others [part="referral"] h4')].map(text)).to.deep.equal(['Riverside Peer Warmline']);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
