import { expect, oneEvent } from '@open-wc/testing';
import { button, deepActiveElement, mountLoaded, shadowQueryAll, until, visibleText, wait } from '../helpers.js';
import { html } from 'lit';
import { volunteerFeed, volunteerFeeds, volunteerRoles } from '../mocks/volunteer-feeds.js';
import { startWorker, worker } from '../mocks/browser.js';
import { signupHandlers } from '../mocks/volunteer-handlers.js';
import { failingFeedUrls } from '../mocks/handlers.js';
import { control, fill, fillValid, mountSignup, NOW, send, tick } from './helpers.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

const marked = (el: Element) => shadowQueryAll(el, '[aria-invalid="true"]');
/** What a screen reader reads as a control's description: the text of the elements its aria-describedby names. */
const description = (el: Element, c: Element) => (c.getAttribute('aria-describedby') ?? '').split(' ')
  .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '').join(' ').trim();
const summaryLinks = (el: Element) => shadowQueryAll<HTMLAnchorElement>(el, '[part="problems"] a').map((a) => a.textContent!.trim());

/** The text node under `root` that holds `text`. */
function textNode(root: Node, text: string): Text | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if (walker.currentNode.textContent!.includes(text)) return walker.currentNode as Text;
  return undefined;
}

/** The language a screen reader speaks `text` in: that of the nearest element with a lang. */
const langOf = (el: Element, text: string) => textNode(el.shadowRoot!, text)?.parentElement?.closest('[lang]')?.getAttribute('lang');

describe('<care-volunteer-signup> form', () => {
  before(startWorker);
  beforeEach(() => sessionStorage.clear());

  it('shows each role with its time, training and age, the asked-for questions, the consent and the privacy link, and passes axe', async () => {
    const el = await mountSignup();
    const text = visibleText(el);
    for (const expected of [
      'Our groups are run by neighbours', 'Peer group facilitator', 'Co-lead a weekly group', 'Time: About 3 hours a week for six months',
      'Training: Two Saturday trainings and monthly supervision', 'Age 21 or older', 'Welcome host', 'Age 16 or older', 'Warmline listener',
      'I agree that Riverside Peer Support Network may keep my details',
    ]) expect(text).to.contain(expected);
    const privacy = shadowQueryAll<HTMLAnchorElement>(el, 'a').find((a) => a.textContent === 'How we look after your details');
    expect(privacy?.getAttribute('href')).to.equal('https://riverside-peer.example.org/privacy');
    expect(control(el, 'Your name').autocomplete).to.equal('name');
    expect(control(el, 'Email').autocomplete).to.equal('email');
    expect(control(el, 'Email').type).to.equal('email');
    expect(control(el, 'Phone (optional)').autocomplete).to.equal('tel');
    expect(control(el, 'Monday, Morning').type).to.equal('checkbox');
    expect(control(el, 'Sunday, Evening').type).to.equal('checkbox');
    expect(control(el, 'Languages you speak (optional)').value).to.equal('');
    expect(control(el, 'Anything you would like us to know? (optional)').tagName).to.equal('TEXTAREA');
    // No role chosen yet: no age is asked (the feed gives ages on roles only).
    expect(() => control(el, 'I am')).to.throw();
    await expect(el).to.be.accessible();
  });

  it('asks only what the feed asks for, and a feed with one role has it chosen', async () => {
    const el = await mountSignup(volunteerFeeds.minimal);
    expect(() => control(el, 'Phone')).to.throw();
    expect(() => control(el, 'Monday, Morning')).to.throw();
    expect(() => control(el, 'I am')).to.throw();
    expect(control(el, 'Welcome host').checked).to.equal(true);
    expect(visibleText(el)).not.to.contain('How we look after your details');
    await expect(el).to.be.accessible();
  });

  it('describes each control only by what is there, before and after a send with problems', async () => {
    const el = await mountSignup();
    const broken = () => shadowQueryAll(el, '[aria-describedby]').flatMap((c) => c.getAttribute('aria-describedby')!.split(' ')
      .filter((id) => !el.shadowRoot!.getElementById(id)).map((id) => `${c.id || c.localName} → #${id}`));
    await tick(el, 'Peer group facilitator');
    expect(broken(), 'with an age asked').to.deep.equal([]);
    await send(el);
    expect(broken(), 'after a send with problems').to.deep.equal([]);
    expect(description(el, control(el, 'I am 21 or older'))).to.equal('Tick the box to confirm your age.');
  });

  it('asks the highest age the chosen roles give, and no age while no chosen role gives one', async () => {
    const el = await mountSignup();
    await tick(el, 'Warmline listener');
    expect(() => control(el, 'I am')).to.throw();
    await tick(el, 'Welcome host');
    expect(control(el, 'I am 16 or older').checked).to.equal(false);
    await tick(el, 'Peer group facilitator');
    expect(control(el, 'I am 21 or older').checked).to.equal(false);
    expect(description(el, control(el, 'I am 21 or older'))).to.equal('');
    await expect(el).to.be.accessible();
    await tick(el, 'Welcome host');
    await tick(el, 'Peer group facilitator');
    expect(() => control(el, 'I am')).to.throw();
  });

  it('asks the age of a role whose feed writes it in words ("18+"), and offers no role whose age cannot be read', async () => {
    const el = await mountSignup(volunteerFeed({
      roles: [{ ...volunteerRoles[1], min_age: '18+' }, { ...volunteerRoles[0], min_age: 'adults' }, volunteerRoles[2]],
    }));
    expect(visibleText(el)).not.to.contain('Peer group facilitator');
    expect(visibleText(el)).to.contain('Age 18 or older');
    await tick(el, 'Welcome host');
    expect(control(el, 'I am 18 or older').checked).to.equal(false);
  });

  it('unticks the age box when the roles chosen ask a higher age than the one confirmed, and says so politely', async () => {
    const el = await mountSignup();
    await tick(el, 'Welcome host');
    await tick(el, 'I am 16 or older');
    const note = shadowQueryAll(el, '[role="status"]').find((s) => control(el, 'I am').getAttribute('aria-describedby')!.split(' ').includes(s.id))!;
    expect(note.textContent).to.equal('');
    await tick(el, 'Peer group facilitator');
    const box = control(el, 'I am 21 or older');
    expect(box.checked).to.equal(false);
    // In the box's description, and in a live region that was already there, so it is heard when it changes.
    const raised = 'The roles you chose ask for age 21 or older: please tick the box again if that is true for you.';
    expect(description(el, box)).to.equal(raised);
    expect(note.isConnected && note.textContent).to.equal(raised);
    await expect(el).to.be.accessible();
    // Back to roles of 16: what the person confirmed holds again.
    await tick(el, 'Peer group facilitator');
    expect(control(el, 'I am 16 or older').checked).to.equal(true);
    expect(description(el, control(el, 'I am 16 or older'))).to.equal('');
    // Confirming 21 holds for 16 too.
    await tick(el, 'Peer group facilitator');
    await tick(el, 'I am 21 or older');
    expect(description(el, control(el, 'I am 21 or older'))).to.equal('');
    await tick(el, 'Peer group facilitator');
    expect(control(el, 'I am 16 or older').checked).to.equal(true);
    // Unticked by the person: nothing is said.
    await tick(el, 'I am 16 or older');
    await tick(el, 'Peer group facilitator');
    expect(description(el, control(el, 'I am 21 or older'))).to.equal('');
  });

  it('says in Spanish that the age asked changed', async () => {
    const el = await mountSignup();
    el.lang = 'es';
    await until(() => visibleText(el).includes('Enviar'), 3000, 'the Spanish strings');
    await tick(el, 'Welcome host');
    await tick(el, 'Tengo 16 años o más');
    await tick(el, 'Facilitador de grupo de pares');
    expect(description(el, control(el, 'Tengo 21 años o más'))).to.equal('Las tareas que eligió piden 21 años o más: vuelva a marcar la casilla si es su caso.');
  });

  it('marks nothing before the person tries to send; then lists every problem, focuses the list and marks each field', async () => {
    const el = await mountSignup();
    await fill(el, 'Email', 'not an address');
    await fill(el, 'Phone', '12');
    expect(marked(el)).to.have.length(0);
    expect(shadowQueryAll(el, '[part="problems"]')).to.have.length(0);
    await send(el);
    await el.updateComplete;
    expect(summaryLinks(el)).to.deep.equal([
      'Choose at least one role.',
      'Enter your name.',
      'Enter an email address like name@example.org.',
      'Enter a phone number in digits, like 555 0142, or leave it empty.',
      'Tick the box to agree, so that we can keep your details and contact you.',
    ]);
    expect(deepActiveElement()).to.equal(shadowQueryAll(el, '[part="problems"]')[0]);
    const email = control(el, 'Email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById(email.getAttribute('aria-describedby')!)!.textContent).to.equal('Enter an email address like name@example.org.');
    const role = control(el, 'Welcome host');
    expect(role.getAttribute('aria-describedby')).to.contain('e-roles');
    await expect(el).to.be.accessible();
  });

  const cases: [string, (el: CareVolunteerSignup) => Promise<void>, string, string][] = [
    ['no role', (el) => tick(el, 'Peer group facilitator'), 'Choose at least one role.', 'Peer group facilitator'],
    ['no name', (el) => fill(el, 'Your name', '  '), 'Enter your name.', 'Your name'],
    ['no email', (el) => fill(el, 'Email', ''), 'Enter your email address.', 'Email'],
    ['a bad email', (el) => fill(el, 'Email', 'ada@example'), 'Enter an email address like name@example.org.', 'Email'],
    ['a bad phone number', (el) => fill(el, 'Phone', 'ada@example.org'), 'Enter a phone number in digits, like 555 0142, or leave it empty.', 'Phone'],
    ['no age confirmation', (el) => tick(el, 'I am 21 or older'), 'Tick the box to confirm your age.', 'I am'],
    ['no consent', (el) => tick(el, 'I agree'), 'Tick the box to agree, so that we can keep your details and contact you.', 'I agree'],
  ];
  for (const [what, spoil, message, label] of cases) {
    it(`stops a signup with ${what}, says why, and the link goes to the field without touching the address`, async () => {
      const el = await mountSignup();
      await fillValid(el);
      await spoil(el);
      const href = location.href;
      const entries = history.length;
      await send(el);
      expect(summaryLinks(el)).to.deep.equal([message]);
      expect(marked(el).length).to.be.greaterThan(0);
      shadowQueryAll<HTMLAnchorElement>(el, '[part="problems"] a')[0].click();
      expect(deepActiveElement()).to.equal(control(el, label));
      expect(location.href).to.equal(href);
      expect(history.length).to.equal(entries);
    });
  }

  it('unmarks what the person fixes, and marks nothing new until the next try', async () => {
    const el = await mountSignup();
    await fillValid(el);
    await fill(el, 'Your name', '');
    await send(el);
    expect(summaryLinks(el)).to.deep.equal(['Enter your name.']);
    await fill(el, 'Email', 'broken');
    expect(summaryLinks(el)).to.deep.equal(['Enter your name.']);
    await fill(el, 'Your name', 'Ada');
    expect(marked(el)).to.have.length(0);
    expect(shadowQueryAll(el, '[part="problems"]')).to.have.length(0);
    await send(el);
    expect(summaryLinks(el)).to.deep.equal(['Enter an email address like name@example.org.']);
  });

  it('chooses the role selected-role names, and warns once about one the feed does not have', async () => {
    const el = await mountSignup(volunteerFeeds.full, { selectedRole: 'warmline-listener' });
    expect(control(el, 'Warmline listener').checked).to.equal(true);
    expect(control(el, 'Welcome host').checked).to.equal(false);
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const other = await mountSignup(volunteerFeeds.full, { selectedRole: 'tea-maker' });
      // The warning's words load on demand; another update does not report the same bad value again.
      await until(() => warnings.length > 0, 3000, 'the warning');
      other.lang = 'en-GB';
      await other.updateComplete;
      await wait(100);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('selected-role="tea-maker"').and.contain('peer-facilitator, welcome-host, warmline-listener');
      expect(shadowQueryAll<HTMLInputElement>(other, 'input[name="roles"]:checked')).to.have.length(0);
      expect(visibleText(other)).to.contain('Send');
    } finally {
      console.warn = original;
    }
  });

  it('reads role="<id>" as selected-role, and takes it off the element, where it would be an unknown ARIA role', async () => {
    const { el } = await mountLoaded<CareVolunteerSignup>(html`<care-volunteer-signup role="welcome-host" .feed=${volunteerFeeds.full} .now=${NOW}></care-volunteer-signup>`);
    expect(control(el, 'Welcome host').checked).to.equal(true);
    expect(control(el, 'Warmline listener').checked).to.equal(false);
    expect(el.hasAttribute('role')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('names role="…" in its warning when that is what the page wrote and the feed has no such role', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { el } = await mountLoaded<CareVolunteerSignup>(html`<care-volunteer-signup role="tea-maker" .feed=${volunteerFeeds.full} .now=${NOW}></care-volunteer-signup>`);
      await until(() => warnings.length > 0, 3000, 'the warning');
      expect(String(warnings[0][0])).to.contain('role="tea-maker"').and.not.contain('selected-role');
      expect(shadowQueryAll<HTMLInputElement>(el, 'input[name="roles"]:checked')).to.have.length(0);
    } finally {
      console.warn = original;
    }
  });

  it('says calmly that signups are not open when the feed has no volunteering section', async () => {
    const el = await mountSignup(volunteerFeeds.noVolunteering);
    expect(visibleText(el)).to.equal('Volunteer signups are not open here at the moment.');
    expect(shadowQueryAll(el, 'form')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the loading and feed error states, and passes axe in both', async () => {
    const loading = document.createElement('care-volunteer-signup');
    loading.setAttribute('src', failingFeedUrls.never);
    document.body.append(loading);
    await (loading as CareVolunteerSignup).updateComplete;
    expect(visibleText(loading)).to.equal('Loading…');
    await expect(loading).to.be.accessible();
    loading.remove();
    const { el } = await mountLoaded<CareVolunteerSignup>(html`<care-volunteer-signup src=${failingFeedUrls.serverError}></care-volunteer-signup>`);
    expect(visibleText(el)).to.contain('The server had a problem');
    await expect(el).to.be.accessible();
  });

  it('takes an email address and a phone number left to right in Arabic and Hebrew', async () => {
    const el = await mountSignup();
    for (const lang of ['ar', 'he']) {
      el.lang = lang;
      // Right to left once the language's words are here, with them.
      await until(() => getComputedStyle(shadowQueryAll(el, '#f-name')[0]).direction === 'rtl', 3000, `${lang} words`);
      for (const input of shadowQueryAll<HTMLInputElement>(el, '#f-email, #f-phone')) {
        expect(getComputedStyle(input).direction, `${lang} ${input.type}`).to.equal('ltr');
        expect(input.getAttribute('dir'), `${lang} ${input.type}`).to.equal('ltr');
      }
    }
  });

  it('keeps a role’s time and training in their own order in Arabic and Hebrew, when they start with a number', async () => {
    const el = await mountSignup(volunteerFeed({ roles: [{ id: 'host', title: 'Welcome host', commitment: '3 hours a week', training: '2 Saturday sessions' }] }));
    /** Where `part` of a line is drawn, from the left. */
    const xOf = (line: Element, part: string) => {
      const node = textNode(line, part)!;
      const range = document.createRange();
      range.setStart(node, node.textContent!.indexOf(part));
      range.setEnd(node, node.textContent!.indexOf(part) + part.length);
      return range.getBoundingClientRect().x;
    };
    for (const lang of ['ar', 'he']) {
      el.lang = lang;
      await until(() => !visibleText(el).includes('Which roles'), 3000, 'the strings');
      const [time, training] = shadowQueryAll(el, '.role-details li');
      expect(getComputedStyle(time).direction).to.equal('rtl');
      expect(xOf(time, '3'), `${lang}: ${time.textContent}`).to.be.below(xOf(time, 'hours'));
      expect(xOf(training, '2'), `${lang}: ${training.textContent}`).to.be.below(xOf(training, 'Saturday'));
    }
  });

  it('marks feed text the feed has in another language than the page with its own, so a screen reader speaks it in that one', async () => {
    worker.use(...signupHandlers);
    const el = await mountSignup();
    el.lang = 'es';
    await until(() => visibleText(el).includes('Enviar'), 3000, 'the Spanish strings');
    const langs = (texts: string[]) => Object.fromEntries(texts.map((text) => [text, langOf(el, text)]));
    expect(langs([
      'Our groups are run by neighbours', 'Facilitador de grupo de pares', 'Co-lead a weekly group', 'Tiempo:', 'About 3 hours a week',
      'Formación:', 'Two Saturday trainings', 'A partir de 21 años', 'I agree that Riverside', 'Cómo cuidamos sus datos',
    ])).to.deep.equal({
      'Our groups are run by neighbours': 'en', 'Facilitador de grupo de pares': 'es', 'Co-lead a weekly group': 'en', 'Tiempo:': 'es',
      'About 3 hours a week': 'en', 'Formación:': 'es', 'Two Saturday trainings': 'en', 'A partir de 21 años': 'es', 'I agree that Riverside': 'en',
      'Cómo cuidamos sus datos': 'es',
    });
    await tick(el, 'Facilitador de grupo de pares');
    await tick(el, 'Tengo 21 años o más');
    await fill(el, 'Su nombre', 'Ada');
    await fill(el, 'Correo electrónico', 'ada@example.org');
    await tick(el, 'I agree');
    const sent = oneEvent(el, 'care-volunteer-sent');
    button(el, 'Enviar')!.click();
    await sent;
    await el.updateComplete;
    expect(langOf(el, 'Thank you! Our volunteer coordinator')).to.equal('en');
    await expect(el).to.be.accessible();
    worker.resetHandlers();
  });

  it('keeps feed text whole and lays out right to left in Arabic', async () => {
    const el = await mountSignup(volunteerFeed({ intro: 'Volunteer'.repeat(20) }));
    el.lang = 'ar';
    await el.updateComplete;
    expect(shadowQueryAll(el, '[part="base"]')[0].getAttribute('dir')).to.equal('rtl');
    expect(shadowQueryAll(el, '.intro')[0].getAttribute('dir')).to.equal('auto');
  });
});
