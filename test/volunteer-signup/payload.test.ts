import { expect } from '@open-wc/testing';
import { checkFeed } from '../../src/feed/validate.js';
import { volunteeringSection } from '../../src/feed/sections/volunteering.js';
import { emptyAnswers } from '../../src/volunteer-signup/answers.js';
import { buildPayload, encodePayload } from '../../src/volunteer-signup/payload.js';
import { mailtoHref } from '../../src/volunteer-signup/fallbacks.js';
import { newSubmissionId } from '../../src/volunteer-signup/submission-id.js';
import { volunteerFeeds } from '../mocks/volunteer-feeds.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const full = checkFeed(volunteerFeeds.full, [volunteeringSection]).feed.volunteering!;
const minimal = checkFeed(volunteerFeeds.minimal, [volunteeringSection]).feed.volunteering!;
const answers = {
  ...emptyAnswers(['peer-facilitator', 'welcome-host']),
  name: '  Ada Lovelace ',
  email: ' ada@example.org',
  phone: '555 0142 ',
  availability: ['mo-morning', 'tu-evening'],
  confirmed_age: 21,
  consent_given_at: '2026-11-23T14:59:00.000Z',
};
const at = { id: 'f2a1c0de-0000-4000-8000-000000000001', time: new Date('2026-11-23T15:00:00Z'), page: 'https://parish.example/volunteer' };

describe('volunteer signup payload', () => {
  it('holds exactly the spec’s fields and the optional ones the feed asks for and the person answered, trimmed', () => {
    expect(buildPayload(full, answers, at)).to.deep.equal({
      submission_id: at.id,
      submitted_at: '2026-11-23T15:00:00.000Z',
      roles: ['peer-facilitator', 'welcome-host'],
      name: 'Ada Lovelace',
      email: 'ada@example.org',
      phone: '555 0142',
      availability: ['mo-morning', 'tu-evening'],
      age_confirm: true,
      consent_version: '2026-09',
      consent_given_at: '2026-11-23T14:59:00.000Z',
      page: 'https://parish.example/volunteer',
    });
    expect(Object.keys(buildPayload(minimal, answers, at))).to.deep.equal([
      'submission_id', 'submitted_at', 'roles', 'name', 'email', 'consent_version', 'consent_given_at', 'page',
    ]);
  });

  it('sends a phone number in digits a receiver can dial, whatever script or marks it was typed with', () => {
    const phone = (typed: string) => buildPayload(full, { ...answers, phone: typed }, at).phone;
    expect(phone(' ٠١٢٣ ٤٥٦ ٧٨٩ ')).to.equal('0123 456 789');
    expect(phone('\u200f+1 555–0142\u200f')).to.equal('+1 555-0142');
    expect(phone('０３−１２３４−５６７８')).to.equal('03-1234-5678');
    // Nothing but invisible marks is no number: nothing is sent for it.
    expect(phone('\u200b\u200e ')).to.equal(undefined);
  });

  it('says the age was confirmed only for the age the chosen roles ask, and says nothing of age when none asks one', () => {
    expect(buildPayload(full, { ...answers, confirmed_age: 16 }, at).age_confirm).to.equal(false);
    expect(buildPayload(full, { ...answers, roles: ['welcome-host'], confirmed_age: 16 }, at).age_confirm).to.equal(true);
    expect(buildPayload(full, { ...answers, roles: ['warmline-listener'], confirmed_age: 0 }, at)).not.to.have.property('age_confirm');
  });

  it('encodes JSON as it is, and a form with lists joined by commas and an empty honeypot', () => {
    const payload = buildPayload(full, answers, at);
    const json = encodePayload(payload, 'json');
    expect(json.type).to.equal('application/json');
    expect(JSON.parse(json.body)).to.deep.equal(payload);
    const form = encodePayload(payload, 'form');
    expect(form.type).to.equal('application/x-www-form-urlencoded');
    const params = new URLSearchParams(form.body);
    expect(params.get('roles')).to.equal('peer-facilitator,welcome-host');
    expect(params.get('availability')).to.equal('mo-morning,tu-evening');
    expect(params.get('age_confirm')).to.equal('true');
    expect(params.get('name')).to.equal('Ada Lovelace');
    expect(params.get('_gotcha')).to.equal('');
    expect(JSON.parse(json.body)).not.to.have.property('_gotcha');
  });

  it('makes a v4 UUID with crypto.randomUUID, and by hand where that is missing (pages served over plain http)', () => {
    expect(newSubmissionId()).to.match(UUID);
    let calls = 0;
    const insecure = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => (calls++, crypto.getRandomValues(array as Uint8Array) as unknown as T) };
    const made = new Set(Array.from({ length: 50 }, () => newSubmissionId(insecure)));
    expect(calls).to.equal(50);
    expect(made.size).to.equal(50);
    for (const id of made) expect(id).to.match(UUID);
    const zeros = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => array };
    expect(newSubmissionId(zeros)).to.equal('00000000-0000-4000-8000-000000000000');
  });

  it('writes a mailto link with the subject and the lines encoded', () => {
    const href = mailtoHref('volunteer@riverside.example', 'Volunteer signup', [['Your name', 'Ada & Bo'], ['Message', 'Line one?\nLine two']], 'Cut.');
    const url = new URL(href!);
    expect(url.protocol + url.pathname).to.equal('mailto:volunteer@riverside.example');
    expect(url.searchParams.get('subject')).to.equal('Volunteer signup');
    expect(url.searchParams.get('body')).to.equal('Your name\nAda & Bo\n\nMessage\nLine one?\nLine two\n');
    expect(mailtoHref('a?cc=spy@example.org', 's', [], '')).to.match(/^mailto:a%3Fcc%3Dspy@example\.org\?/);
    expect(mailtoHref('Volunteer team <volunteer@riverside.example>', 's', [], '')).to.match(/^mailto:volunteer@riverside\.example\?/);
    expect(mailtoHref('volunteer at riverside dot example', 's', [], '')).to.equal(undefined);
  });
});
