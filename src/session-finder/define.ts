import { define } from '../internal/define.js';
import { CareSessionFinder } from './session-finder.js';

define('care-session-finder', CareSessionFinder);

declare global {
  interface HTMLElementTagNameMap {
    'care-session-finder': CareSessionFinder;
  }
}
export { CareSessionFinder };
