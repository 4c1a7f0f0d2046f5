import { define } from '../internal/define.js';
import { CareReferralLookup } from './referral-lookup.js';

define('care-referral-lookup', CareReferralLookup);

declare global {
  interface HTMLElementTagNameMap {
    'care-referral-lookup': CareReferralLookup;
  }
}
export { CareReferralLookup };
