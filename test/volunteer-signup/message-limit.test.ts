/**
 * The message box takes 4,000 characters. Nothing a person writes or pastes is cut: the count shows as the
 * limit nears and says how far over a longer message is, a screen reader hears it at a few steps and after a
 * paste (not at every key), and Send lists a message over the limit to shorten, sending nothing.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { button, shadowQueryAll, until, visibleText } from '../helpers.js';
import { startWorker, worker } from '../mocks/browser.js';
import { signupUrls } from '../mocks/volunteer-feeds.js';
import { signupHandlers } from '../mocks/volunteer-handlers.js';
import { control, fill, fillValid, mountSignup as mount, send } from './helpers.js';
import { bodies, recordSignups } from './record.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

const MESSAGE = 'Anything you would like us to know?';
const box = (el: CareVolunteerSignup, label = MESSAGE) => control(el, label);
/** What describes the message box (aria-describedby), as a screen reader says it after the label. */
const description = (el: CareVolunteerSignup) => (box(el).getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim()).join(' | ');
/** What the live regions hold: what a screen reader has been told. */
const said = (el: CareVolunteerSignup) => shadowQueryAll(el, '[role="status"]').map((p) => p.textContent!.trim()).filter(Boolean).join(' | ');
/**
 * The signup, once the code that counts (with the code that checks and sends) has come: it is asked for when the
 * form shows, long before a person has typed 3,500 characters.
 */
async function mountSignup(...args: Parameters<typeof mount>) {
  const el = await mount(...args);
  await import('../../src/volunteer-signup/deliver.js');
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
  return el;
}

/** A paste, as the browser reports it: the box's new value, then an input event of that kind. */
async function paste(el: CareVolunteerSignup, value: string, label = MESSAGE) {
  box(el, label).value = value;
  box(el, label).dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  await el.updateComplete;
}

describe('<care-volunteer-signup> the message’s limit', () => {
  before(startWorker);
  beforeEach(() => {
    sessionStorage.clear();
    worker.use(...signupHandlers);
  });
  afterEach(() => worker.resetHandlers());

  it('cuts nothing put in the box by the browser’s own editing, past the limit', async () => {
    const el = await mountSignup();
    box(el).focus();
    const text = `${'I can bake. '.repeat(340)}And I drive.`;
    expect(text.length).to.be.above(4000);
    document.execCommand('insertText', false, text);
    await el.updateComplete;
    expect(box(el).value.length, 'characters in the box').to.equal(text.length);
    expect(box(el).value.endsWith('And I drive.')).to.equal(true);
  });

  it('shows the count from 500 characters left, describes the box with it, and says it at 500 and 100 left, not at every key', async () => {
    const el = await mountSignup();
    await fill(el, MESSAGE, 'a'.repeat(3499));
    expect(visibleText(el)).not.to.contain('characters left');
    expect(said(el)).to.equal('');
    await fill(el, MESSAGE, 'a'.repeat(3500));
    expect(visibleText(el)).to.contain('500 of 4,000 characters left');
    expect(description(el)).to.equal('500 of 4,000 characters left');
    expect(said(el)).to.equal('500 of 4,000 characters left');
    await expect(el).to.be.accessible();
    await fill(el, MESSAGE, 'a'.repeat(3501));
    expect(visibleText(el)).to.contain('499 of 4,000 characters left');
    expect(said(el), 'not at every key').to.equal('500 of 4,000 characters left');
    await fill(el, MESSAGE, 'a'.repeat(3900));
    expect(said(el)).to.equal('100 of 4,000 characters left');
    await fill(el, MESSAGE, 'a'.repeat(3950));
    expect(said(el)).to.equal('100 of 4,000 characters left');
    await fill(el, MESSAGE, 'a'.repeat(4000));
    expect(visibleText(el)).to.contain('0 of 4,000 characters left');
    // Back away from the limit: the count goes, and nothing stale is left to be read.
    await fill(el, MESSAGE, 'a'.repeat(200));
    expect(visibleText(el)).not.to.contain('characters');
    expect(box(el).hasAttribute('aria-describedby')).to.equal(false);
    expect(said(el)).to.equal('');
  });

  it('counts a character as a person sees one: an emoji or a letter outside the basic plane is one', async () => {
    const el = await mountSignup();
    await fill(el, MESSAGE, `${'🙂'.repeat(3600)}`);
    expect(visibleText(el)).to.contain('400 of 4,000 characters left');
  });

  it('keeps the whole of a paste over the limit, and shows and says how far over it is; a second paste is said too', async () => {
    const el = await mountSignup();
    await fill(el, MESSAGE, 'a'.repeat(3900));
    await paste(el, 'a'.repeat(4312));
    expect(box(el).value).to.have.length(4312);
    expect(visibleText(el)).to.contain('312 over the limit of 4,000 characters');
    expect(description(el)).to.equal('312 over the limit of 4,000 characters');
    expect(said(el)).to.equal('312 over the limit of 4,000 characters');
    await expect(el).to.be.accessible();
    await paste(el, 'a'.repeat(4400));
    expect(said(el)).to.equal('400 over the limit of 4,000 characters');
    // Typing on, over the limit: shown, not said at every key.
    await fill(el, MESSAGE, 'a'.repeat(4401));
    expect(visibleText(el)).to.contain('401 over the limit of 4,000 characters');
    expect(said(el)).to.equal('400 over the limit of 4,000 characters');
    // Back under it: said.
    await fill(el, MESSAGE, 'a'.repeat(3990));
    expect(said(el)).to.equal('10 of 4,000 characters left');
  });

  it('sends nothing while the message is over the limit: Send lists it, marks the box and says why beside it; shortened, it goes whole', async () => {
    const el = await mountSignup();
    await fillValid(el);
    const long = `${'I can bake. '.repeat(340)}And I drive.`;
    await fill(el, MESSAGE, long);
    const sent = recordSignups(signupUrls.ok);
    await send(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(sent.list).to.have.length(0);
    const problems = shadowQueryAll<HTMLAnchorElement>(el, '[part="problems"] a');
    expect(problems.map((a) => a.textContent)).to.deep.equal(['Shorten your message to 4,000 characters or fewer.']);
    expect(problems[0].getAttribute('href')).to.equal('#f-message');
    expect(box(el).getAttribute('aria-invalid')).to.equal('true');
    expect(description(el)).to.equal(`${long.length - 4000} over the limit of 4,000 characters | Shorten your message to 4,000 characters or fewer.`);
    await expect(el).to.be.accessible();
    problems[0].click();
    expect(el.shadowRoot!.activeElement).to.equal(box(el));
    const fitting = long.slice(0, 4000);
    await fill(el, MESSAGE, fitting);
    expect(box(el).hasAttribute('aria-invalid')).to.equal(false);
    const done = oneEvent(el, 'care-volunteer-sent');
    button(el, 'Send')!.click();
    await done;
    await until(() => sent.list.length === 1 && sent.list[0].body !== '', 15000, 'the signup');
    sent.stop();
    expect(bodies(sent.list)[0].message).to.equal(fitting.trim());
  });

  const ar = (n: number) => n.toLocaleString('ar');
  for (const [lang, sendLabel, label, left, over, problem] of [
    ['es', 'Enviar', '¿Hay algo', 'Caracteres disponibles: 500 de 4000', 'Excede el límite de 4000 caracteres en 312', 'Acorte su mensaje a 4000 caracteres o menos.'],
    ['he', 'שליחה', 'יש עוד משהו', 'תווים שנותרו: 500 מתוך 4,000', '312 מעבר למגבלה של 4,000 תווים', 'נא לקצר את ההודעה ל-4,000 תווים לכל היותר.'],
    ['ar', 'إرسال', 'هل هناك', `الأحرف المتبقية: ${ar(500)} من ${ar(4000)}`, `الرسالة أطول من الحد المسموح (${ar(4000)} حرف) بمقدار ${ar(312)}`, `اختصر رسالتك إلى ${ar(4000)} حرف أو أقل.`],
  ] as const) {
    it(`counts and asks in ${lang}`, async () => {
      const el = await mountSignup();
      el.lang = lang;
      await until(() => !visibleText(el).includes('Send'), 15000, 'the strings');
      await fill(el, label, 'a'.repeat(3500));
      expect(visibleText(el)).to.contain(left);
      await paste(el, 'a'.repeat(4312), label);
      expect(said(el)).to.equal(over);
      button(el, sendLabel)!.click();
      await until(() => shadowQueryAll(el, '[part="problems"] a').length > 0, 15000, 'the answers to check');
      expect(shadowQueryAll(el, '[part="problems"] a').map((a) => a.textContent)).to.include(problem);
      await expect(el).to.be.accessible();
    });
  }
});
