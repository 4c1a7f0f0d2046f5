/**
 * custom-elements.json, as pages, editors and Storybook read it: exactly the
 * public attributes, events and styling hooks of each element. Needs
 * `npm run manifest` first (npm test does it).
 */
import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

async function element(tag: string): Promise<Declaration> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json`);
  return found;
}

const names = (list: { name: string }[] | undefined) => (list ?? []).map((x) => x.name).sort();

describe('custom-elements.json', () => {
  it('lists the banner’s public attributes, events and hooks, and no internal state', async () => {
    const banner = await element('care-awareness-banner');
    expect(names(banner.attributes)).to.deep.equal(['interval', 'lang', 'no-dismiss', 'src']);
    expect(names(banner.events)).to.deep.equal(['care-feed-error', 'care-feed-load', 'care-message-dismiss']);
    expect(names(banner.cssParts)).to.include.members(['base', 'message', 'urgent', 'control', 'error']);
    expect(names(banner.cssProperties)).to.include.members(['--care-accent', '--care-banner-min-height']);
  });

  it('lists the session finder’s public attributes and events', async () => {
    const finder = await element('care-session-finder');
    expect(names(finder.attributes)).to.deep.equal([
      'audience', 'days-ahead', 'hash-state', 'kind', 'lang', 'language', 'no-filters', 'place', 'show-inactive', 'src', 'structured-data', 'viewer-timezone',
    ]);
    expect(names(finder.events)).to.deep.equal(['care-feed-error', 'care-feed-load', 'care-filter-change']);
    expect(names(finder.cssParts)).to.include.members(['session', 'filters', 'crisis', 'empty']);
  });

  it('lists <care-feed> with its src', async () => {
    expect(names((await element('care-feed')).attributes)).to.deep.equal(['src']);
  });
});
