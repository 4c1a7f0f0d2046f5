import { zonedDayTimeToMs } from '../../src/time/zoned.js';
import { expandSchedule } from '../../src/time/expand.js';
import type { Schedule, Day } from '../../src/feed/types.js';
describe('bench', () => {
  it('expands 5000 weekly sessions over 8 weeks', () => {
    const zones = ['America/Chicago', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Australia/Sydney', 'Asia/Jakarta', 'America/Santiago', 'Europe/Berlin'];
    const days: Day[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
    const list: Schedule[] = Array.from({ length: 5000 }, (_, i) => ({
      start_date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      repeat: 'weekly', interval: 1 + (i % 2), days: [days[i % 7]],
      time: `${String(8 + (i % 13)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, duration: 90,
      timezone: zones[i % zones.length],
    }));
    // 8 weeks that include the US and EU spring changes
    const range = { from: new Date('2026-03-01T12:00:00Z'), to: new Date('2026-04-26T12:00:00Z') };
    const runs: number[] = [];
    if (location.search.includes('warm') || true) { const t = performance.now(); for (const z of zones) for (let d = 20500; d < 20580; d++) zonedDayTimeToMs(z, d, 600); console.log('intl warm', (performance.now() - t).toFixed(1)); }
    let count = 0;
    for (let r = 0; r < 6; r++) {
      const t0 = performance.now();
      count = 0;
      for (const s of list) count += expandSchedule(s, range).length;
      runs.push(performance.now() - t0);
    }
    console.log(`occurrences ${count}; ms per run: ${runs.map((x) => x.toFixed(1)).join(', ')}`);
  });
});
