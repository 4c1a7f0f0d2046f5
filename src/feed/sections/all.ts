import { messagesSection } from './messages.js';
import { referralsSection } from './referrals.js';
import { sessionsSection } from './sessions.js';
import { volunteeringSection } from './volunteering.js';

/** Every section, in the feed's order: what parseFeed and the feed tools check. */
export const allSections = [sessionsSection, referralsSection, messagesSection, volunteeringSection];
