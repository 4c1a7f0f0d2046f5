import { expect } from '@open-wc/testing';
import { checkFeed } from '../../src/feed/validate.js';
import { volunteeringSection } from '../../src/feed/sections/volunteering.js';
import type { Volunteering } from '../../src/feed/types.js';
import { emptyAnswers, requiredAge, restoreDraft, SLOTS, type Answers } from '../../src/volunteer-signup/answers.js';
import { checkAnswers } from '../../src/volunteer-signup/check-answers.js';
import { volunteerFeeds } from '../mocks/volunteer-feeds.js';

const full = checkFeed(volunteerFeeds.full, [volunteeringSection]).feed.volunteering!;
const minimal = checkFeed(volunteerFeeds.minimal, [volunteeringSection]).feed.volunteering!;

const good = (overrides: Partial<Answers> = {}): Answers => ({
  ...emptyAnswers(['welcome-host']),
  name: 'Ada',
  email: 'ada@example.org',
  confirmed_age: 16,
  consent_given_at: '2026-11-23T15:00:00.000Z',
  ...overrides,
});
const keys = (v: Volunteering, a: Answers) => checkAnswers(v, a).map((p) => `${p.field}:${p.key}`);

describe('volunteer signup answers', () => {
  it('accepts a complete signup', () => {
    expect(checkAnswers(full, good())).to.deep.equal([]);
  });

  it('lists every problem in the order the form shows the fields', () => {
    expect(keys(full, emptyAnswers(['peer-facilitator']))).to.deep.equal(['name:name', 'email:email', 'age_confirm:age', 'consent:consent']);
    expect(keys(full, emptyAnswers())).to.deep.equal(['roles:roles', 'name:name', 'email:email', 'consent:consent']);
  });

  it('takes no name made of invisible marks alone', () => {
    for (const blank of ['', '   ', '\u200b\u200b', '\u200e \u2060']) expect(keys(full, good({ name: blank })), JSON.stringify(blank)).to.deep.equal(['name:name']);
    expect(keys(full, good({ name: '\u200fعائشة\u200f' }))).to.deep.equal([]);
  });

  it('tells a missing email from a malformed one', () => {
    for (const bad of ['ada', 'ada@example', 'ada @example.org', '@example.org', 'ada@@example.org', 'ada@.example.org', 'ada@example..org', 'ada@example.org.']) {
      expect(keys(full, good({ email: bad })), bad).to.deep.equal(['email:email-format']);
    }
    expect(keys(full, good({ email: '  ' }))).to.deep.equal(['email:email']);
    expect(keys(full, good({ email: ' ada+care@example.co.uk ' }))).to.deep.equal([]);
  });

  it('checks a phone number only when one is given and the feed asks for it', () => {
    for (const ok of ['', '555 0142', '+44 (20) 7946-0958', '020/7946.0958']) expect(keys(full, good({ phone: ok })), ok).to.deep.equal([]);
    for (const bad of ['12345', 'ada@example.org', 'call me']) expect(keys(full, good({ phone: bad })), bad).to.deep.equal(['phone:phone']);
    expect(keys(minimal, good({ phone: 'call me' }))).to.deep.equal([]);
  });

  it('takes a phone number written in another script or copied with its marks: Arabic-Indic or full-width digits, dashes, direction marks', () => {
    for (const ok of ['٠١٢٣ ٤٥٦ ٧٨٩', '۰۲۱ ۸۸۸۸ ۷۷۷۷', '555–0142', '\u200e+1 555 0142\u200e', '０３−１２３４−５６７８', '555\u00a00142']) {
      expect(keys(full, good({ phone: ok })), ok).to.deep.equal([]);
    }
    for (const bad of ['٠١٢٣٤', '555 0142 ext. 3']) expect(keys(full, good({ phone: bad })), bad).to.deep.equal(['phone:phone']);
  });

  it('asks for the age confirmation only when the feed does', () => {
    expect(keys(full, good({ confirmed_age: 0 }))).to.deep.equal(['age_confirm:age']);
    expect(keys(minimal, good({ confirmed_age: 0 }))).to.deep.equal([]);
  });

  it('takes an age confirmed for that age and any lower one, never for a higher one', () => {
    expect(keys(full, good({ roles: ['welcome-host', 'peer-facilitator'], confirmed_age: 16 }))).to.deep.equal(['age_confirm:age']);
    expect(keys(full, good({ roles: ['welcome-host', 'peer-facilitator'], confirmed_age: 21 }))).to.deep.equal([]);
    expect(keys(full, good({ roles: ['welcome-host'], confirmed_age: 21 }))).to.deep.equal([]);
  });

  it('needs the age of the oldest role chosen, and none when no chosen role gives one', () => {
    expect(requiredAge(full, [])).to.equal(0);
    expect(requiredAge(full, ['welcome-host'])).to.equal(16);
    expect(requiredAge(full, ['welcome-host', 'peer-facilitator'])).to.equal(21);
    expect(requiredAge(full, ['warmline-listener'])).to.equal(0);
    expect(requiredAge(full, ['warmline-listener', 'welcome-host'])).to.equal(16);
    expect(keys(full, good({ roles: ['warmline-listener'], confirmed_age: 0 }))).to.deep.equal([]);
  });

  it('restores a stored draft field by field, keeping only roles the feed has and slots that exist', () => {
    const draft = restoreDraft(
      { roles: ['gone', 'welcome-host'], name: 'Ada', email: 7, availability: ['mo-morning', 'xx-noon'], confirmed_age: '21', submission_id: 'abc', extra: '<b>' },
      full,
    );
    expect(draft).to.deep.equal({ ...emptyAnswers(['welcome-host']), name: 'Ada', availability: ['mo-morning'], submission_id: 'abc' });
    expect(restoreDraft({ confirmed_age: 16 }, full)?.confirmed_age).to.equal(16);
    expect(restoreDraft({ consent_given_at: '2026-11-23T15:00:00.000Z', consent_version: '2026-09' }, full)).to.deep.include({ consent_given_at: '2026-11-23T15:00:00.000Z', consent_version: '2026-09' });
    expect(restoreDraft({ confirmed_age: 16.5 }, full)?.confirmed_age).to.equal(0);
    expect(restoreDraft(null, full)).to.equal(undefined);
    expect(restoreDraft('text', full)).to.equal(undefined);
  });

  it('offers 21 slots, Monday morning to Sunday evening', () => {
    expect(SLOTS).to.have.length(21);
    expect([SLOTS[0], SLOTS[5], SLOTS[20]]).to.deep.equal(['mo-morning', 'tu-evening', 'su-evening']);
  });
});
