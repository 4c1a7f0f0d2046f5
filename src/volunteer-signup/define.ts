import { define } from '../internal/define.js';
import { CareVolunteerSignup } from './volunteer-signup.js';

define('care-volunteer-signup', CareVolunteerSignup);

declare global {
  interface HTMLElementTagNameMap {
    'care-volunteer-signup': CareVolunteerSignup;
  }
}
export { CareVolunteerSignup };
