import type { Schedule } from '../../src/feed/types.js';
import type { Occurrence } from '../../src/time/expand.js';

/** A parsed schedule as the validator would leave it: an 18:30 one-off in Chicago unless told otherwise. */
export const schedule = (fields: Partial<Schedule> & Pick<Schedule, 'start_date'>): Schedule => ({
  repeat: 'none', interval: 1, time: '18:30', timezone: 'America/Chicago', ...fields,
});

export const range = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

export const startsOf = (list: Occurrence[]): string[] => list.map((occ) => occ.start.toISOString());

export const occurrence = (start: string, end?: string, date = start.slice(0, 10)): Occurrence =>
  end === undefined ? { start: new Date(start), date } : { start: new Date(start), end: new Date(end), date };
