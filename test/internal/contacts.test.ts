import { expect } from '@open-wc/testing';
import type { Referral } from '../../src/feed/types.js';
import { contactLinks } from '../../src/internal/contacts.js';
import { dialNumber } from '../../src/internal/links.js';
import { WRITTEN_NUMBERS } from './written-numbers.js';

const referral = (fields: Partial<Referral>): Referral => ({ id: 'r', name: 'R', kind: 'service', ...fields });
const hrefs = (fields: Partial<Referral>) => contactLinks(referral(fields)).map((link) => [link.kind, link.href]);

describe('contact links', () => {
  for (const { what, cases } of WRITTEN_NUMBERS) {
    it(`dials ${what}`, () => {
      for (const [written, dialled, how] of cases) expect(dialNumber(written), how ?? written).to.equal(dialled);
    });
  }

  it('makes a call link of each of those numbers that dials what it dials, and none of the others', () => {
    for (const { cases } of WRITTEN_NUMBERS) {
      for (const [written, dialled, how] of cases) expect(hrefs({ phone: written }), how ?? written).to.deep.equal(dialled ? [['call', `tel:${dialled}`]] : []);
    }
  });

  it('gives every channel its link, in the order a person in a hurry wants them', () => {
    expect(hrefs({
      email: 'help@example.org', url: 'https://example.org', chat_url: 'https://example.org/chat',
      whatsapp: '+1 217 555 0185', sms: '(217) 555-0124', phone: '(217) 555-0123',
    })).to.deep.equal([
      ['call', 'tel:2175550123'],
      ['text', 'sms:2175550124'],
      ['whatsapp', 'https://wa.me/12175550185'],
      ['chat', 'https://example.org/chat'],
      ['website', 'https://example.org'],
      ['email', 'mailto:help@example.org'],
    ]);
  });

  it('puts the words a text sends in its link, and shows a `sms:` address as its number', () => {
    const texts = (sms: string) => contactLinks(referral({ sms }));
    expect(texts('Text HOME to 741741')).to.deep.equal([{ kind: 'text', href: 'sms:741741?body=HOME', value: 'Text HOME to 741741' }]);
    expect(texts('text “START” to 85258')).to.deep.equal([{ kind: 'text', href: 'sms:85258?body=START', value: 'text “START” to 85258' }]);
    expect(texts('sms:741741?body=HOME')).to.deep.equal([{ kind: 'text', href: 'sms:741741?body=HOME', value: '741741' }]);
    expect(texts('sms:741741&body=Hi%20there')).to.deep.equal([{ kind: 'text', href: 'sms:741741&body=Hi%20there', value: '741741' }]);
    expect(texts('sms:+1-217-555-0124')).to.deep.equal([{ kind: 'text', href: 'sms:+12175550124', value: '+1-217-555-0124' }]);
    expect(texts('741741')).to.deep.equal([{ kind: 'text', href: 'sms:741741', value: '741741' }]);
  });

  it('gives WhatsApp the full international number, digits only', () => {
    expect(hrefs({ whatsapp: '+44 (0) 7700 900-123' })).to.deep.equal([['whatsapp', 'https://wa.me/447700900123']]);
    expect(hrefs({ whatsapp: '00 44 7700 900123' })).to.deep.equal([['whatsapp', 'https://wa.me/447700900123']]);
  });

  it('keeps what the feed wrote for a person to read', () => {
    expect(contactLinks(referral({ phone: '1-800-273-TALK' }))[0]).to.deep.equal({ kind: 'call', href: 'tel:18002738255', value: '1-800-273-TALK' });
  });

  it('never makes a link of an unsafe or unusable value', () => {
    // The validator drops unsafe URLs; links are still built only through the safe helpers.
    expect(hrefs({
      phone: 'javascript:alert(1)', sms: '<b>1</b>', whatsapp: 'vbscript:msgbox(1)',
      chat_url: 'javascript:alert(1)', url: 'data:text/html,<script>alert(1)</script>',
    })).to.deep.equal([]);
    expect(hrefs({ url: ' java\tscript:alert(1)' })).to.deep.equal([]);
  });
});
