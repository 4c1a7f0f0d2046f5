import { define } from '../internal/define.js';
import { CareFeed } from './feed-element.js';

define('care-feed', CareFeed);

declare global {
  interface HTMLElementTagNameMap {
    'care-feed': CareFeed;
  }
}
export { CareFeed };
