// The benchmark's feeds, generated once per run by test/mocks/generate-feed.ts
// (the same generator the stories use), as JSON text by name: `5000`, `20000`…
import { build } from 'esbuild';

/** A few banner messages for the small feed; the generator writes none. */
const MESSAGES = [
  { id: 'listening', text: { en: 'Listening helps more than advice.', es: 'Escuchar ayuda más que aconsejar.' } },
  { id: 'talk', text: 'It is OK to talk about how you feel.', link: { text: 'Find a group', url: 'https://example.org/groups' } },
  { id: 'help', text: 'Help is free, and you never have to speak.', tone: 'hope' },
];

/** The generator is TypeScript; esbuild turns it into a module Node can import. */
async function loadGenerator() {
  const out = await build({ entryPoints: ['test/mocks/generate-feed.ts'], bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'error' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return module.generateFeed;
}

/** One feed of `sessions` generated sessions around today, with banner messages. */
export async function makeFeeds(sizes, now = new Date()) {
  const generateFeed = await loadGenerator();
  const feeds = new Map();
  for (const sessions of sizes) {
    const feed = generateFeed({ sessions, seed: 7, now });
    feeds.set(String(sessions), JSON.stringify({ ...feed, messages: MESSAGES }));
  }
  return feeds;
}
