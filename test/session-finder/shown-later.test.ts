/**
 * Widgets in a part of the page that shows later: a tab, an accordion, a block a site builder hides until a button
 * is pressed (display: none, so the widget has no width while it renders).
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { shadowQueryAll, until } from '../helpers.js';

/** Whether the "Filters" panel is open, its choices in view (as its summary says to a screen reader: expanded). */
const filtersOpen = (finder: Element) =>
  shadowQueryAll(finder, 'summary').some((summary) => summary.textContent!.trim() === 'Filters' && (summary.parentElement as HTMLDetailsElement).open);

async function finderInHiddenBlock(width: number) {
  const block = fixtureSync<HTMLDivElement>(html`<div hidden style="width: ${width}px">
    <care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>
  </div>`);
  const finder = block.querySelector('care-session-finder') as CareSessionFinder;
  await until(() => shadowQueryAll(finder, '[part="session"]').length > 0, 15_000, 'the sessions listed while hidden');
  return { block, finder };
}

describe('a session finder in a block shown after it rendered', () => {
  it('opens its filters where there is room, as it does when shown from the start', async () => {
    const { block, finder } = await finderInHiddenBlock(800);
    block.hidden = false;
    await until(() => filtersOpen(finder), 15_000, 'the filters open once shown');
  });

  it('keeps them closed where there is no room (a phone, a sidebar)', async () => {
    const { block, finder } = await finderInHiddenBlock(400);
    block.hidden = false;
    await finder.updateComplete;
    // Time for a change of size to be seen, were one to open them.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await finder.updateComplete;
    expect(finder.getBoundingClientRect().width).to.equal(400);
    expect(filtersOpen(finder)).to.equal(false);
  });
});
