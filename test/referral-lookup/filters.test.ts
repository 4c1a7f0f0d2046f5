import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import type { Referral } from '../../src/feed/types.js';
import { en } from '../../src/i18n/en.js';
import { applyFilters, applyPresets, indexReferrals, parseCodes, readPresets, type LookupFilters } from '../../src/referral-lookup/filters.js';
import { lookupEn } from '../../src/referral-lookup/strings.js';
import es from '../../src/referral-lookup/locales/es.js';
import { applyFacets, facetValues } from '../../src/referral-lookup/facets.js';
import { topicCodes } from '../../src/referral-lookup/topics.js';
import { referralFeeds } from '../mocks/referral-feeds.js';

const { feed } = parseFeed(referralFeeds.lookup);
const english = { ...en, ...lookupEn };
const { urgent, others } = indexReferrals(feed, english);
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

  it('takes a hyphen for a space, typed or in the feed: a code is found as the card shows it', () => {
    expect(filter({ query: 'substance-use' })).to.deep.equal(['recovery']);
    expect(filter({ query: 'PEER-support' })).to.deep.equal(['warmline', 'recovery']);
    expect(filter({ query: 'peer support' })).to.deep.equal(['warmline', 'recovery']);
    const written = indexReferrals(parseFeed({ ...referralFeeds.lookup, referrals: [
      { id: 'a', name: 'Harbour Youth Team', kind: 'service', description: 'After self harm, or a drop in mood.' },
      { id: 'b', name: 'Self-help library', kind: 'service' },
    ] }).feed, english).others;
    const search = (query: string) => ids(applyFilters(written, { query }));
    expect(search('self-harm')).to.deep.equal(['a']);
    expect(search('drop-in')).to.deep.equal(['a']);
    expect(search('self help')).to.deep.equal(['b']);
  });

  it('finds a kind or topic by the names shown for it: the feed’s labels in every language, ours in the UI language', () => {
    expect(filter({ query: 'military' })).to.deep.equal(['veterans']);
    expect(filter({ query: 'militares' })).to.deep.equal(['veterans']);
    expect(filter({ query: 'drugs' })).to.deep.equal(['recovery']);
    const spanish = indexReferrals(feed, { ...english, ...es }).others;
    const search = (query: string) => ids(applyFilters(spanish, { query }));
    expect(search('consejería')).to.deep.equal(['clinic', 'lakeshore']);
    expect(search('CONSEJERIA')).to.deep.equal(['clinic', 'lakeshore']);
    expect(search('duelo')).to.deep.equal(['grief']);
    expect(search('drogas')).to.deep.equal(['recovery']);
    // The codes still find them in any language.
    expect(search('grief')).to.deep.equal(['grief']);
  });

  it('takes every apostrophe and quote mark as one, and ß as ss', () => {
    for (const query of ["women's", 'women’s', 'womens', 'WOMEN‘S', 'womenʼs', 'women`s']) expect(filter({ query }), query).to.deep.equal(['haven']);
    const strasse = indexReferrals(parseFeed({ ...referralFeeds.lookup, referrals: [{ id: 'b', name: 'Beratung Hauptstraße', kind: 'service' }] }).feed, english).others;
    expect(ids(applyFilters(strasse, { query: 'hauptstrasse' }))).to.deep.equal(['b']);
    expect(ids(applyFilters(strasse, { query: 'HAUPTSTRAẞE' }))).to.deep.equal(['b']);
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

  it('keeps a preset code that only urgent services have, and leaves out one no service has', () => {
    const read = (topic?: string, kind?: string) => readPresets(topic, kind, feed.referrals);
    expect(read('suicide')).to.deep.equal({ presets: { topics: ['suicide', 'self-harm', 'crisis'], kinds: undefined }, unmatched: [] });
    expect(ids(applyPresets(others, read('suicide').presets))).to.deep.equal([]);
    expect(read(undefined, 'crisis-line')).to.deep.equal({ presets: { topics: undefined, kinds: ['crisis-line'] }, unmatched: [] });
    expect(read('worried nonsense', 'counseling')).to.deep.equal({
      presets: { topics: ['crisis', 'suicide', 'self-harm'], kinds: undefined }, unmatched: [['topic', 'nonsense'], ['kind', 'counseling']],
    });
  });

  it('compares preset codes in any case, the page’s and the feed’s', () => {
    const { feed: capitals } = parseFeed({ ...referralFeeds.lookup, referrals: [
      { id: 'circle', name: 'Bereavement Circle', kind: 'Peer-Support', topics: ['Grief'] },
      { id: 'food', name: 'Food Bank', kind: 'social-service', topics: ['money'] },
    ] });
    const entries = indexReferrals(capitals, english).others;
    for (const [topic, kind] of [['Grief', undefined], ['grief', undefined], ['GRIEF', 'peer-support'], [undefined, 'PEER-SUPPORT']]) {
      const { presets, unmatched } = readPresets(topic, kind, capitals.referrals);
      expect(unmatched, `${topic} ${kind}`).to.deep.equal([]);
      expect(ids(applyPresets(entries, presets)), `${topic} ${kind}`).to.deep.equal(['circle']);
    }
  });

  it('reads an attribute’s codes, and refuses what is not a code', () => {
    expect(parseCodes('grief')).to.deep.equal(['grief']);
    expect(parseCodes(' domestic-violence, sexual-violence ')).to.deep.equal(['domestic-violence', 'sexual-violence']);
    expect(parseCodes('')).to.equal(undefined);
    expect(parseCodes(undefined)).to.equal(undefined);
    expect(parseCodes('Grief & Loss')).to.equal(null);
  });
});
