import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import type { Referral } from '../../src/feed/types.js';
import { applyFilters, applyPresets, indexReferrals, parseCodes, type LookupFilters } from '../../src/referral-lookup/filters.js';
import { applyFacets, facetValues } from '../../src/referral-lookup/facets.js';
import { topicCodes } from '../../src/referral-lookup/topics.js';
import { referralFeeds } from '../mocks/referral-feeds.js';

const { feed } = parseFeed(referralFeeds.lookup);
const { urgent, others } = indexReferrals(feed);
const ids = (list: { referral: Referral }[]) => list.map((e) => e.referral.id);
const openOnes = new Set(['clinic', 'lakeshore']);
const filter = (filters: LookupFilters) => ids(applyFacets(applyFilters(others, filters), filters, feed, (r) => openOnes.has(r.id)));

describe('lookup filters', () => {
  it('keeps urgent referrals apart, and lists the rest by kind, the feed’s order within a kind', () => {
    expect(urgent.map((r) => r.id)).to.deep.equal(['lifeline', 'safe-harbor']);
    expect(ids(others)).to.deep.equal(['clinic', 'lakeshore', 'grief', 'warmline', 'recovery', 'drop-in', 'haven', 'veterans']);
  });

  it('filters by topic choice, through its codes', () => {
    expect(filter({ topic: 'grief' })).to.deep.equal(['grief']);
    expect(filter({ topic: 'money' })).to.deep.equal(['drop-in']);
    expect(filter({ topic: 'hurting' })).to.deep.equal(['haven']);
    expect(filter({ topic: 'veterans' })).to.deep.equal(['veterans']);
  });

  it('filters by how to reach a service', () => {
    expect(filter({ channel: 'whatsapp' })).to.deep.equal(['recovery', 'drop-in']);
    expect(filter({ channel: 'text' })).to.deep.equal(['warmline']);
    expect(filter({ channel: 'chat' })).to.deep.equal(['veterans']);
    expect(filter({ channel: 'walk-in' })).to.deep.equal(['recovery', 'drop-in']);
    expect(filter({ channel: 'call' })).to.have.length(6);
  });

  it('filters by cost, language (a service without languages speaks the organization’s) and audience', () => {
    expect(filter({ cost: 'insurance' })).to.deep.equal(['lakeshore']);
    expect(filter({ language: 'es' })).to.deep.equal(['clinic', 'drop-in']);
    expect(filter({ language: 'es-MX' })).to.deep.equal(['clinic', 'drop-in']);
    expect(filter({ language: 'en' })).to.include.members(['warmline', 'recovery']);
    // Services for everyone (no audiences) serve parents too.
    expect(filter({ audience: 'parents' })).to.deep.equal(['clinic', 'lakeshore', 'warmline', 'recovery', 'drop-in', 'veterans']);
  });

  it('searches names, descriptions, areas, eligibility, kinds and topics, ignoring case and accents', () => {
    expect(filter({ query: 'BILLS' })).to.deep.equal(['drop-in']);
    expect(filter({ query: 'acogida' })).to.deep.equal(['drop-in']);
    expect(filter({ query: 'Acógida eastside' })).to.deep.equal(['drop-in']);
    expect(filter({ query: 'substance use' })).to.deep.equal(['recovery']);
    expect(filter({ query: 'aged 4' })).to.deep.equal(['lakeshore']);
    expect(filter({ query: 'counselling' })).to.deep.equal(['clinic', 'lakeshore']);
    expect(filter({ query: 'nothing like this' })).to.deep.equal([]);
  });

  it('keeps only open services with open now', () => {
    expect(filter({ openNow: true })).to.deep.equal(['clinic', 'lakeshore']);
  });

  it('combines filters', () => {
    expect(filter({ channel: 'call', cost: 'free', topic: 'alone' })).to.deep.equal(['warmline']);
  });

  it('offers the values the services have', () => {
    const values = Object.fromEntries(facetValues(others, feed));
    expect(Object.keys(values)).to.deep.equal(['channel', 'cost', 'language', 'audience']);
    expect(values.channel).to.have.members(['call', 'text', 'whatsapp', 'chat', 'walk-in']);
    expect(values.cost).to.have.members(['free', 'sliding-scale', 'insurance']);
    expect(values.audience).to.have.members(['parents', 'youth', 'grief', 'women']);
  });

  it('applies the page’s presets: topic codes and kinds', () => {
    expect(ids(applyPresets(others, { topics: ['grief'] }))).to.deep.equal(['grief']);
    expect(ids(applyPresets(others, { kinds: ['counselling'] }))).to.deep.equal(['clinic', 'lakeshore']);
    expect(ids(applyPresets(others, { topics: topicCodes('hurting'), kinds: ['social-service'] }))).to.deep.equal(['haven']);
    expect(ids(applyPresets(others, {}))).to.have.length(8);
  });

  it('reads an attribute’s codes, and refuses what is not a code', () => {
    expect(parseCodes('grief')).to.deep.equal(['grief']);
    expect(parseCodes(' domestic-violence, sexual-violence ')).to.deep.equal(['domestic-violence', 'sexual-violence']);
    expect(parseCodes('')).to.equal(undefined);
    expect(parseCodes(undefined)).to.equal(undefined);
    expect(parseCodes('Grief & Loss')).to.equal(null);
  });
});
