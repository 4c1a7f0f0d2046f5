import { zonedDayTimeToMs } from '../../src/time/zoned.js';
import { toDateString, toDayNumber, weekdayIndex, mondayOf } from '../../src/time/calendar.js';
describe('micro', () => {
  it('parts', () => {
    const zones = ['America/Chicago', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Australia/Sydney', 'Asia/Jakarta', 'America/Santiago', 'Europe/Berlin'];
    const d0 = toDayNumber('2026-03-01');
    const time = (name: string, fn: () => unknown) => { const out = []; for (let r = 0; r < 4; r++) { const t = performance.now(); fn(); out.push((performance.now() - t).toFixed(1)); } console.log(name, out.join(', ')); };
    time('zoned 40k', () => { let x = 0; for (let i = 0; i < 40000; i++) x += zonedDayTimeToMs(zones[i % 8], d0 + (i % 56), 600 + (i % 600)); return x; });
    time('toDateString 40k', () => { let x = 0; for (let i = 0; i < 40000; i++) x += toDateString(d0 + (i % 56)).length; return x; });
    time('Date 80k', () => { let x = 0; for (let i = 0; i < 80000; i++) x += new Date(i * 1000).getTime(); return x; });
    time('loop 310k', () => { let x = 0; const set = new Set([2]); const sm = mondayOf(d0 - 200); for (let i = 0; i < 310000; i++) { const day = d0 + (i % 62); if (set.has(weekdayIndex(day)) && ((mondayOf(day) - sm) / 7) % 2 === 0) x++; } return x; });
  });
});
