/** MSW handlers for the referral lookup's tests and stories: `/referral-feeds/<name>.json` serves referralFeeds[name]. */
import { http, HttpResponse } from 'msw';
import { referralFeeds, type ReferralFeedName } from './referral-feeds.js';

export const referralFeedUrl = (name: ReferralFeedName) => `/referral-feeds/${name}.json`;

export const referralHandlers = [
  http.get('/referral-feeds/:name.json', ({ params }) => {
    const feed = referralFeeds[params.name as ReferralFeedName];
    return feed ? HttpResponse.json(feed) : new HttpResponse('Not found', { status: 404 });
  }),
];
