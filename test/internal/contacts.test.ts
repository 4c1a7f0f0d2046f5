import { expect } from '@open-wc/testing';
import type { Referral } from '../../src/feed/types.js';
import { contactLinks } from '../../src/internal/contacts.js';
import { dialNumber } from '../../src/internal/links.js';

const referral = (fields: Partial<Referral>): Referral => ({ id: 'r', name: 'R', kind: 'service', ...fields });
const hrefs = (fields: Partial<Referral>) => contactLinks(referral(fields)).map((link) => [link.kind, link.href]);

describe('contact links', () => {
  it('dials the digits of a number as people write it', () => {
    expect(dialNumber('988')).to.equal('988');
    expect(dialNumber('(217) 555-0100')).to.equal('2175550100');
    expect(dialNumber('217.555.0100')).to.equal('2175550100');
    expect(dialNumber('+44 20 7946 0000')).to.equal('+442079460000');
    expect(dialNumber('1-800-273-TALK')).to.equal('18002738255');
    expect(dialNumber('1-800-suicide')).to.equal('18007842433');
  });

  it('dials only the first number of a line that says more, never digits of two run together', () => {
    const cases: [string, string][] = [
      ['999 or 112', '999'],
      ['112 (or 999)', '112'],
      ['112 / 999', '112'],
      ['988, press 1', '988'],
      ['988 (press 1)', '988'],
      ['988 then press 1', '988'],
      ['1-800-273-TALK (8255)', '18002738255'],
      ['Text HOME to 741741', '741741'],
      ['Open 9-5, call 555-0100', '5550100'],
    ];
    for (const [written, dialled] of cases) expect(dialNumber(written), written).to.equal(dialled);
  });

  it('reads a word spelled on the keypad wherever it stands in the number, and never dials part of it', () => {
    const cases: [string, string | undefined][] = [
      ['1 800 FLOWERS', '18003569377'],
      ['(800) FLOWERS', '8003569377'],
      ['1 (800) 273-TALK', '18002738255'],
      ['1-800-GO-FEDEX', '18004633339'],
      ['1-800-Suicide', '18007842433'],
      // Words of the line after the number are not dialled.
      ['555-0100 TTY', '5550100'],
      ['(217) 555-0100 (Mon-Fri)', '2175550100'],
      ['10AM-5PM: 555-0100', '5550100'],
      // Letters joined to the number that spell no word: its digits alone would dial someone else.
      ['1-800-go-fedex', undefined],
      ['555-01OO', undefined],
    ];
    for (const [written, dialled] of cases) expect(dialNumber(written), written).to.equal(dialled);
  });

  it('never dials the hours written with a number as part of it', () => {
    const cases: [string, string][] = [
      ['24/7 555-0100', '5550100'],
      ['24/7: 0800 111 222', '0800111222'],
      ['24-hour 555-0100', '5550100'],
      ['24 hours: 555-0100', '5550100'],
      ['24h 555-0100', '5550100'],
      ['24x7 555-0100', '5550100'],
      ['555-0100 (24/7)', '5550100'],
    ];
    for (const [written, dialled] of cases) expect(dialNumber(written), written).to.equal(dialled);
    expect(hrefs({ phone: '24/7 555-0100' })).to.deep.equal([['call', 'tel:5550100']]);
  });

  it('dials an extension after a pause, as a phone does with a comma', () => {
    expect(dialNumber('(217) 555-0100 ext. 23')).to.equal('2175550100,23');
    expect(dialNumber('555-0100 Extension 23')).to.equal('5550100,23');
    expect(dialNumber('555-0100 x23')).to.equal('5550100,23');
    expect(dialNumber('555-0100x23')).to.equal('5550100,23');
    // A comma in the text is "or", not a pause.
    expect(dialNumber('999,112')).to.equal('999');
    expect(hrefs({ phone: '(217) 555-0100 ext. 23' })).to.deep.equal([['call', 'tel:2175550100,23']]);
  });

  it('dials a number of two digits written alone, as emergency numbers are (15, 17 and 18 in France)', () => {
    for (const number of ['15', '17', '18', ' 17 ', '\u0661\u0667']) expect(dialNumber(number), number).to.equal(number.trim().replace('\u0661\u0667', '17'));
    // Two digits in a line that says more are no number: hours, a range.
    expect(dialNumber('Open 9-5')).to.equal(undefined);
    expect(dialNumber('15 minutes')).to.equal(undefined);
  });

  it('dials an international number as written in its own country or from abroad', () => {
    expect(dialNumber('+44 (0)20 7946 0000')).to.equal('+442079460000');
    expect(dialNumber('+44 (0) 7700 900123')).to.equal('+447700900123');
    expect(dialNumber('00 44 7700 900123')).to.equal('+447700900123');
    expect(dialNumber('0044 20 7946 0000')).to.equal('+442079460000');
    // A national number keeps its trunk 0.
    expect(dialNumber('020 7946 0000')).to.equal('02079460000');
  });

  it('makes no number of text that is not one', () => {
    expect(dialNumber('ask at the desk')).to.equal(undefined);
    expect(dialNumber('javascript:alert(1)')).to.equal(undefined);
    expect(dialNumber('7')).to.equal(undefined);
    expect(dialNumber('')).to.equal(undefined);
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
