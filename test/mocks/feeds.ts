/**
 * Small feeds shared by tests and stories. The realistic sample feed that the
 * demo site shows lives in demo/sample-feed.json.
 */
import { finderFeed } from './session-feeds.js';

const organization = { name: 'Riverside Peer Support Network', timezone: 'America/Chicago', language: 'en' };

export const messages = {
  listening: { id: 'listening', text: { en: 'Listening helps more than advice.', es: 'Escuchar ayuda más que aconsejar.' }, tone: 'hope' },
  talk: { id: 'talk', text: 'It is okay to talk about how you feel.', link: { text: 'Find a peer circle', url: '/circles' } },
  help: { id: 'help', text: 'Asking for help is a sign of strength.', tone: 'info' },
  urgent: { id: 'winter-line', text: 'Our helpline is open through the holidays: call 555-0142.', tone: 'urgent' },
};

export const feeds = {
  oneMessage: { version: 1, organization, messages: [messages.listening] },
  rotating: { version: 1, organization, messages: [messages.listening, messages.talk, messages.help] },
  urgent: { version: 1, organization, messages: [messages.urgent, messages.listening, messages.talk] },
  empty: { version: 1, organization, messages: [] },
  arabic: {
    version: 1,
    organization: { ...organization, language: 'ar' },
    messages: [{ id: 'listening-ar', text: { ar: 'الاستماع يساعد أكثر من النصيحة.', en: 'Listening helps more than advice.' } }, messages.talk],
  },
  /** One good message among broken ones: the good one must still show. */
  partlyBroken: {
    version: 1,
    organization,
    messages: [
      { id: 'bad id!', text: 'No usable id' },
      { id: 'no-text' },
      { id: 'bad-link', text: 'A message with a hostile link.', link: { text: 'Click', url: 'javascript:alert(1)' } },
      { id: 'bad-window', text: 'Bad dates', starts: 'next tuesday' },
      messages.listening,
    ],
  },
  finder: finderFeed,
};

export type FeedName = keyof typeof feeds;
