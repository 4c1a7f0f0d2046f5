import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { SessionWindow, type WindowSettings } from '../../src/session-finder/session-window.js';
import { LARGE_FEED } from '../../src/session-finder/view.js';
import { generateFeed } from '../mocks/generate-feed.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { until } from '../helpers.js';

const settings: WindowSettings = { days: 28, zone: 'America/Chicago', showInactive: false, search: true };
const DAY_MS = 86_400_000;
const large = parseFeed(generateFeed({ sessions: LARGE_FEED * 3, seed: 3, now: FINDER_NOW })).feed;
const small = parseFeed(finderFeed).feed;

/** A window, and the states it went through (complete, how many rows, the last row's start). */
function watched() {
  const states: { complete: boolean; rows: number; lastStart: number }[] = [];
  const window: SessionWindow = new SessionWindow(() => states.push({ complete: window.complete, rows: window.rows.length, lastStart: window.rows.at(-1)?.start ?? 0 }));
  return { window, states };
}

describe('SessionWindow', () => {
  it('works a small feed out at once, whole', () => {
    const { window, states } = watched();
    window.update(small, FINDER_NOW, settings, () => expect.fail('a small feed has no first screen of its own'));
    expect(states).to.have.length(1);
    expect(states[0].complete).to.equal(true);
    expect(window.entries.map((e) => e.session.id)).to.include('circle');
    expect(window.rows.every((row) => row.start < FINDER_NOW.getTime() + settings.days * DAY_MS)).to.equal(true);
  });

  it('gives a large feed the next day first, when it fills the screen, then the whole window', async () => {
    const { window, states } = watched();
    window.update(large, FINDER_NOW, settings, (rows) => rows.length > 25);
    expect(states[0].complete).to.equal(false);
    expect(states[0].lastStart).to.be.below(FINDER_NOW.getTime() + DAY_MS);
    await until(() => window.complete, 5000, 'the whole window');
    expect(states.at(-1)!.rows).to.be.above(states[0].rows);
    expect(states.at(-1)!.lastStart).to.be.above(FINDER_NOW.getTime() + 7 * DAY_MS);
  });

  it('takes the first week when the next day does not fill the screen', () => {
    const { window, states } = watched();
    const asked: number[] = [];
    window.update(large, FINDER_NOW, settings, (rows) => (asked.push(rows.length), false));
    expect(asked).to.have.length(2);
    expect(asked[1]).to.be.above(asked[0]);
    expect(states[0].rows).to.equal(asked[1]);
    window.stop();
  });

  it('keeps the whole window of the same feed shown until the new one is in (the minute turned)', async () => {
    const { window, states } = watched();
    window.update(large, FINDER_NOW, settings, () => true);
    await until(() => window.complete, 5000, 'the whole window');
    const whole = states.length;
    window.update(large, new Date(FINDER_NOW.getTime() + 60_000), settings, () => expect.fail('no first screen again'));
    expect(window.complete).to.equal(true);
    expect(states).to.have.length(whole);
    await until(() => states.length > whole, 5000, 'the new window');
    expect(states.at(-1)!.complete).to.equal(true);
  });

  it('does nothing more once stopped', async () => {
    const { window, states } = watched();
    window.update(large, FINDER_NOW, settings, () => true);
    window.stop();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(states).to.have.length(1);
    expect(window.complete).to.equal(false);
  });
});
