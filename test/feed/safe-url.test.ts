/**
 * safeUrl (feed-format.md, principle 2): only https:, http:, mailto:, tel:,
 * sms: and relative URLs may go in a link, judged as the browser's URL parser
 * would judge them.
 */
import { expect } from '@open-wc/testing';
import { isLinkUrl } from '../../src/feed/checks.js';
import { safeUrl } from '../../src/feed/safe-url.js';
import { SAFE_URLS, UNSAFE_URLS } from '../mocks/feeds/validation/cases.js';

describe('safeUrl', () => {
  it('keeps https, http, mailto, tel, sms and relative URLs', () => {
    for (const url of SAFE_URLS) expect(safeUrl(url), JSON.stringify(url)).to.equal(url.trim());
  });

  it('returns them trimmed', () => {
    expect(safeUrl('  https://example.org/ \n')).to.equal('https://example.org/');
  });

  it('drops every other scheme, however it is written', () => {
    for (const url of UNSAFE_URLS) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
  });

  it('never returns a string that is itself unsafe', () => {
    // What safeUrl returns goes into href as it is: it must pass its own check.
    for (const url of [...SAFE_URLS, ...UNSAFE_URLS]) {
      const kept = safeUrl(url);
      if (kept !== undefined) expect(safeUrl(kept), JSON.stringify(url)).to.equal(kept);
    }
  });

  it('drops what is not a URL string', () => {
    for (const value of [undefined, null, 42, true, {}, ['https://example.org'], '', '   ', 'http://[::1']) {
      expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('judges a URL the way a link would: the result opens the same scheme', () => {
    for (const url of SAFE_URLS) {
      const a = document.createElement('a');
      a.setAttribute('href', safeUrl(url)!);
      expect(['https:', 'http:', 'mailto:', 'tel:', 'sms:'], JSON.stringify(url)).to.include(a.protocol);
    }
  });
});

describe('isLinkUrl', () => {
  /** The rule itself, parsing every time: no control characters, and safeUrl keeps the trimmed text. */
  const parsedVerdict = (url: string) => !/[\u0000-\u001F\u007F]/.test(url.trim()) && safeUrl(url.trim()) === url.trim();

  it('judges each link as the URL parser does, also those it decides without parsing', () => {
    const nearMisses = [
      'http://', 'https://1.2.3.999/', 'https://a.b.c9', 'https://xn--zz.org', 'https://host:99999/', 'https://exa mple.org',
      'tel://@', 'sms://}]', 'mailto:', 'HTTPS://EXAMPLE.ORG/a?b#c', 'https://a_b.org/', 'https://ok.org/\u0001', ' https://a.org ',
    ];
    // Every link of a scheme and up to three pieces: hosts, ports, paths and characters a parser may stumble on.
    const pieces = ['a', '0', '-', '_', '.', '/', '?', '#', '%zz', 'xn--', '@', ':', '[', ']', '\\', '1.2.3.4', '0x', '//', '<', ' '];
    const generated: string[] = [];
    for (const scheme of ['https://', 'http://', 'mailto:', 'tel:', 'sms:', 'javascript:']) {
      for (const a of pieces) for (const b of pieces) for (const c of ['', ...pieces]) generated.push(scheme + a + b + c);
    }
    for (const url of [...SAFE_URLS, ...UNSAFE_URLS, ...nearMisses, ...generated]) {
      expect(isLinkUrl(url), JSON.stringify(url)).to.equal(parsedVerdict(url));
    }
  });
});
