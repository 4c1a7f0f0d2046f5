import { labelsSection } from './labels.js';
import { messagesSection } from './messages.js';
import { placesSection } from './places.js';
import { referralsSection } from './referrals.js';
import { sessionsSection } from './sessions.js';
import { volunteeringSection } from './volunteering.js';

/** Every section, in the feed's order: what parseFeed and the feed tools check. */
export const allSections = [placesSection, sessionsSection, referralsSection, messagesSection, volunteeringSection, labelsSection];
