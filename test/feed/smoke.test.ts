import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/validate.js';

describe('smoke', () => {
  it('parses', () => {
    const { feed, problems } = parseFeed({ version: 1, organization: { name: 'X', timezone: 'America/Chicago' } });
    expect(feed.organization.timezone).to.equal('America/Chicago');
    expect(problems).to.deep.equal([]);
  });
});
