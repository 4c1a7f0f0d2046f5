/** What a schedule expands to: the types expand.ts makes and status.ts and format.ts read. */
import type { DateString } from '../feed/types.js';

export interface Occurrence {
  start: Date;
  end?: Date;
  /** The calendar date in the session's zone. */
  date: DateString;
}

export interface TimeRange {
  from: Date;
  to: Date;
}
