import { define } from '../internal/define.js';
import { CareAwarenessBanner } from './awareness-banner.js';

define('care-awareness-banner', CareAwarenessBanner);

declare global {
  interface HTMLElementTagNameMap {
    'care-awareness-banner': CareAwarenessBanner;
  }
}
export { CareAwarenessBanner };
