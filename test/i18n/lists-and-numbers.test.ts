/**
 * Lists and numbers inside translated sentences: a list of names is joined as the UI language joins
 * one (Arabic "أ وب", Spanish "a y b", not "a, b"), and a translation writes no number in digits of
 * its own, which would not match the digits the region's numbers come in (`ar-EG`: ٠–٩).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { referralFeeds, LOOKUP_NOW } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll, until, visibleText } from '../helpers.js';

const ZONE = 'America/Chicago';
const speaking = (el: Element, words: string) => until(() => visibleText(el).includes(words), 3000, `“${words}”`);
/** A definition list's terms and descriptions, as a person reads them. */
const facts = (root: Element) => Object.fromEntries([...root.querySelectorAll('dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim()]));

async function openSession(el: Element, title: string): Promise<Element> {
  const row = shadowQueryAll(el, '[part="session"]').find((r) => r.querySelector('.title')!.textContent!.trim() === title)!;
  row.querySelector('summary')!.click();
  await until(() => !!row.querySelector('[part="details"]'), 3000, `the details of ${title}`);
  return row.querySelector('[part="details"]')!;
}

async function openReferral(el: Element, name: string): Promise<Element> {
  const card = () => shadowQueryAll(el, '[part="referral"]').find((c) => c.querySelector('h4')!.textContent!.trim() === name)!;
  card().querySelector('summary')!.click();
  await until(() => !!card().querySelector('[part="details"]'), 3000, `the details of ${name}`);
  return card().querySelector('[part="details"]')!;
}

describe('lists and numbers in the UI language', () => {
  it('joins a session’s access features and languages as Arabic and Spanish do', async () => {
    const { el } = await mountLoaded(html`<care-session-finder lang="ar" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    await speaking(el, 'اليوم');
    expect(facts(await openSession(el, 'Tuesday peer circle'))['إمكانية الوصول']).to.equal('مناسب للكراسي المتحركة وحلقة سمعية');
    expect(facts(await openSession(el, 'Youth sharing circle')).اللغات).to.equal('الإنجليزية والإسبانية');
    await expect(el).to.be.accessible();

    const spanish = (await mountLoaded(html`<care-session-finder lang="es" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`)).el;
    await speaking(spanish, 'Hoy');
    // WebKit names languages with a capital.
    expect(facts(await openSession(spanish, 'Círculo juvenil')).Idiomas.toLowerCase()).to.equal('inglés y español');
  });

  it('joins a service’s languages, audiences and days in Arabic, and names its zone once', async () => {
    const { el } = await mountLoaded(html`<care-referral-lookup lang="ar" viewer-timezone="Europe/London" .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
    await speaking(el, 'بحاجة إلى مساعدة الآن؟');
    const clinic = facts(await openReferral(el, 'Riverside Counselling Clinic'));
    expect(clinic.اللغات).to.equal('الإنجليزية والإسبانية');
    expect(clinic['ساعات العمل']).not.to.contain('بتوقيت التوقيت');
    expect(facts(await openReferral(el, 'Lakeshore Family Counselling'))['لمن الخدمة']).to.equal('الآباء والأمهات والشباب');
    expect(facts(await openReferral(el, 'Eastside Drop-in Centre'))['ساعات العمل']).to.match(/^الثلاثاء والخميس /);
    await expect(el).to.be.accessible();
  });

  it('writes no digits of its own in Arabic sentences that numbers fill in another script', async () => {
    const finder = (await mountLoaded(html`<care-session-finder lang="ar-EG" days-ahead="1" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`)).el;
    await speaking(finder, 'اليوم');
    expect(shadowQueryAll(finder, '[part="summary"]')[0].textContent).not.to.match(/[0-9]/);

    const lookup = (await mountLoaded(html`<care-referral-lookup lang="ar-EG" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.onlyUrgent}></care-referral-lookup>`)).el;
    await speaking(lookup, 'بحاجة إلى مساعدة الآن؟');
    expect(facts(await openReferral(lookup, '988 Suicide & Crisis Lifeline'))['ساعات العمل']).not.to.match(/[0-9]/);
  });

  it('counts the filters in use in the region’s digits, in the lookup as in the finder', async () => {
    const { el } = await mountLoaded(html`<care-referral-lookup lang="ar-EG" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
    await speaking(el, 'بحاجة إلى مساعدة الآن؟');
    const panel = shadowQueryAll<HTMLDetailsElement>(el, 'form details')[0];
    panel.querySelector('summary')!.click();
    await until(() => !!panel.querySelector('input[type="checkbox"]'), 3000, 'the filters');
    panel.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await until(() => /\(.\)$/.test(panel.querySelector('summary')!.textContent!.trim()), 3000, 'the count');
    expect(panel.querySelector('summary')!.textContent!.trim()).to.match(/\(١\)$/);
  });
});
