/**
 * A wrong answer's mark never hides where the focus is: the field the error summary's link leads to
 * shows the focus ring, not the same red outline as the wrong fields beside it; in forced colours too.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { inForcedColours, shadowQueryAll, until } from '../helpers.js';
import { control, mountSignup, send } from './helpers.js';

/** The outline as a person sees it: its style, width and offset. */
const ring = (el: Element) => {
  const { outlineStyle, outlineWidth, outlineOffset } = getComputedStyle(el);
  return `${outlineStyle} ${outlineWidth} ${outlineOffset}`;
};

async function followEachLink() {
  const el = await mountSignup();
  const role = control(el, 'Peer group facilitator');
  if (!role.checked) role.click(); // a role with a minimum age, so that the age is asked and missing
  await send(el);
  await until(() => shadowQueryAll(el, '[part="problems"] a').length > 0, 15000, 'the error summary');
  const seen: Record<string, string[]> = {};
  for (const field of ['name', 'email', 'age_confirm', 'consent']) {
    const link = shadowQueryAll<HTMLAnchorElement>(el, `[part="problems"] a[href="#f-${field}"]`)[0];
    expect(link, field).to.be.instanceOf(HTMLAnchorElement);
    link.focus();
    await sendKeys({ press: 'Enter' });
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.id).to.equal(`f-${field}`);
    expect(focused.getAttribute('aria-invalid'), field).to.equal('true');
    // A wrong field that does not have the focus, a box if this is one.
    const box = (o: Element) => (o as HTMLInputElement).type === 'checkbox';
    const other = shadowQueryAll(el, `input[aria-invalid="true"]:not(#f-${field})`).find((o) => box(o) === box(focused))!;
    seen[field] = [ring(focused), ring(other)];
  }
  el.remove();
  return seen;
}

describe('signup: focus on a wrong answer', () => {
  it('shows the focus ring on the field the error summary leads to, unlike the wrong fields beside it', async () => {
    for (const [field, [focused, other]] of Object.entries(await followEachLink())) {
      expect(focused, field).to.equal('solid 3px 2px');
      expect(other, field).not.to.equal(focused);
    }
  });

  describe('in forced colours', () => {
    inForcedColours();

    it('shows the focus ring there too', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      for (const [field, [focused, other]] of Object.entries(await followEachLink())) {
        expect(focused, field).to.equal('solid 3px 2px');
        expect(other, field).not.to.equal(focused);
      }
    });
  });
});
