import { expect } from '@open-wc/testing';
import type { Referral } from '../../src/feed/types.js';
import { contactLinks, dialDigits } from '../../src/referral-lookup/contacts.js';

const referral = (fields: Partial<Referral>): Referral => ({ id: 'r', name: 'R', kind: 'service', ...fields });
const hrefs = (fields: Partial<Referral>) => contactLinks(referral(fields)).map((link) => [link.kind, link.href]);

describe('contact links', () => {
  it('dials the digits of a number as people write it', () => {
    expect(dialDigits('988')).to.equal('988');
    expect(dialDigits('(217) 555-0100')).to.equal('2175550100');
    expect(dialDigits('+44 20 7946 0000')).to.equal('+442079460000');
    expect(dialDigits('1-800-273-TALK')).to.equal('18002738255');
  });

  it('makes no number of text that is not one', () => {
    expect(dialDigits('ask at the desk')).to.equal(undefined);
    expect(dialDigits('javascript:alert(1)')).to.equal(undefined);
    expect(dialDigits('12')).to.equal(undefined);
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
