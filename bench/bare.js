// The physical limit the widgets are measured against: fetch the same feed,
// JSON.parse it, write its first message and its first 25 sessions (title and
// time), nothing else. The parsed feed stays reachable, as a page that can
// show more of it must keep it.
const ROWS = 25;

/** A feed Text: a string, or a map of language → string. */
const english = (text) => (typeof text === 'string' ? text : text?.en ?? Object.values(text ?? {})[0] ?? '');

const feedName = new URLSearchParams(location.search).get('feed');
const response = await fetch(`/feeds/${feedName}.json`, { credentials: 'omit', headers: { accept: 'application/json' } });
const feed = JSON.parse(await response.text());
window.bench.parsedFeed = feed;

const list = document.getElementById('rows');
const items = [
  ...(feed.messages ?? []).slice(0, 1).map((message) => english(message.text)),
  ...feed.sessions.slice(0, ROWS).map((session) => `${session.schedule.time ?? ''} ${english(session.title)}`),
];
for (const text of items) {
  const item = document.createElement('li');
  item.dataset.benchItem = '';
  item.textContent = text;
  list.append(item);
}
