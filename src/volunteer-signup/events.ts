// The declaration files keep this import (not the one of emit()): an entry that types these events types the shared ones too, on element, document and window.
import '../internal/events.js';
import type { SignupPayload } from './payload.js';
import type { FailureReason } from './fallbacks.js';

export interface VolunteerFailedDetail {
  submissionId: string;
  /** `offline`, `network`, `timeout`, `rejected` (4xx) or `server` (5xx, 408, 429). */
  reason: FailureReason;
  /** What the person is told, in their language. */
  message: string;
  /** The HTTP status, when an answer came. */
  status?: number;
}

declare module '../internal/events.js' {
  interface CareEventMap {
    /** Before each attempt to send; cancelable: preventDefault() and the page sends it itself. */
    'care-volunteer-submit': CustomEvent<SignupPayload>;
    'care-volunteer-sent': CustomEvent<{ submissionId: string; status: number }>;
    'care-volunteer-failed': CustomEvent<VolunteerFailedDetail>;
  }
}
