/** The calendar file a finder hands over ("Add to calendar"), read back with ical.js (the iCalendar library of Thunderbird). */
import ICAL from 'ical.js';
import { shadowQueryAll, until } from '../helpers.js';

/** The file "Add to calendar" downloads for the finder's first row, its details opened as a person would. */
export async function firstRowCalendarFile(finder: Element): Promise<string> {
  const row = shadowQueryAll(finder, '[part="session"]')[0];
  row.querySelector('summary')!.click();
  const add = () => [...row.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Add to calendar');
  await until(() => !!add(), 15000, 'the details');
  const files: Promise<string>[] = [];
  const originalClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (!this.download) return originalClick.call(this);
    files.push(fetch(this.href).then((r) => r.text()));
  };
  try {
    add()!.click();
    await until(() => files.length > 0, 15000, 'the calendar file');
  } finally {
    HTMLAnchorElement.prototype.click = originalClick;
  }
  return files[0];
}

/** An event of a calendar file: how long each occurrence lasts, and their starts as ical.js expands them (ms since 1970). */
export interface FileEvent {
  length: number;
  starts(): Generator<number>;
}

/**
 * Reads `file` with ical.js, which knows no zone but the file's own VTIMEZONE, and gives `read` its events. Each
 * occurrence lasts what RFC 5545 §3.8.5.3 gives every instance: DURATION, else DTEND − DTSTART, both exact lengths.
 */
export function readCalendarFile<T>(file: string, read: (events: FileEvent[]) => T): T {
  const calendar = new ICAL.Component(ICAL.parse(file));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  try {
    return read(calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      const duration = vevent.getFirstPropertyValue('duration') as ICAL.Duration | null;
      return {
        length: duration ? duration.toSeconds() * 1000 : (event.endDate.toUnixTime() - event.startDate.toUnixTime()) * 1000,
        *starts() {
          const iterator = event.iterator();
          for (let next = iterator.next(); next; next = iterator.next()) yield next.toUnixTime() * 1000;
        },
      };
    }));
  } finally {
    ICAL.TimezoneService.reset();
  }
}

/** An occurrence as the tests compare them: `start – end` in UTC. */
export const span = (start: number, end: number): string => `${new Date(start).toISOString()} – ${new Date(end).toISOString()}`;
