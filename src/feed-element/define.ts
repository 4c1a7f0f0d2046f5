import { define } from '../internal/define.js';
import { CareFeed } from './feed-element.js';
// The widgets' care-feed-* events bubble through <care-feed>: typed for a page that imports only this entry.
import '../internal/events.js';

define('care-feed', CareFeed);

declare global {
  interface HTMLElementTagNameMap {
    'care-feed': CareFeed;
  }
}
export { CareFeed };
