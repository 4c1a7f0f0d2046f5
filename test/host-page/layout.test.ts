/**
 * The widgets on the kinds of pages church, school and library sites are made
 * of: each kind of parent box, themes that shrink the root font size, narrow
 * phones, and Windows high contrast (forced colours).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { finderFeed } from '../mocks/session-feeds.js';
import { feeds } from '../mocks/feeds.js';
import { inside, openAllDetails, openHostPage, type HostPage } from './host-page.js';

const WIDGETS = {
  'care-session-finder': '<care-session-finder viewer-timezone="America/Chicago"></care-session-finder>',
  'care-awareness-banner': '<care-awareness-banner></care-awareness-banner>',
};
type Tag = keyof typeof WIDGETS;

/** Each kind of parent a webmaster pastes a widget into; `widget` is the widget's markup. */
const PARENTS: Record<string, (widget: string) => string> = {
  'a block': (w) => `<div>${w}</div>`,
  'a flex row': (w) => `<div style="display:flex">${w}</div>`,
  'a centred flex column': (w) => `<div style="display:flex;flex-direction:column;align-items:center">${w}</div>`,
  'a grid cell that hugs its content': (w) => `<div style="display:grid;justify-items:start">${w}</div>`,
  'a table cell': (w) => `<table><tr><td>${w}</td></tr></table>`,
  'an inline-block': (w) => `<div style="display:inline-block">${w}</div>`,
};

/** The same, beside a fixed-width sidebar, as two-column site layouts have it. */
const SIDEBAR = '<nav style="width:200px;flex:none">Home · Mass times · Groups · Contact</nav>';
const BESIDE_SIDEBAR: Record<string, (widget: string) => string> = {
  'a flex row beside a sidebar': (w) => `<div style="display:flex;gap:16px">${SIDEBAR}${w}</div>`,
  'a grid beside a sidebar': (w) => `<div style="display:grid;grid-template-columns:200px auto;justify-items:start;gap:16px">${SIDEBAR}${w}</div>`,
  'a table beside a sidebar': (w) => `<table><tr><td style="width:200px">${SIDEBAR}</td><td>${w}</td></tr></table>`,
  'a full-width table beside a sidebar': (w) => `<table width="100%"><tr><td>${SIDEBAR}</td><td>${w}</td></tr></table>`,
};

/** True when the banner puts its rotation controls on a row of their own, below the text (its narrow layout). */
const bannerIsNarrow = (banner: HTMLElement) =>
  inside(banner, '[part~="controls"]')[0].getBoundingClientRect().top > inside(banner, '[part="text"]')[0].getBoundingClientRect().bottom - 1;

const widthOf = (el: Element) => el.getBoundingClientRect().width;
const px = (value: string) => Number.parseFloat(value);

async function withPage<T>(body: string, options: Parameters<typeof openHostPage>[1], check: (page: HostPage) => Promise<T> | T): Promise<T> {
  const page = await openHostPage(body, options);
  try {
    return await check(page);
  } finally {
    page.close();
  }
}

describe('widgets on host pages', () => {
  describe('take a sensible width in every kind of parent', () => {
    for (const tag of Object.keys(WIDGETS) as Tag[]) {
      for (const [parent, wrap] of Object.entries(PARENTS)) {
        for (const pageWidth of [800, 320]) {
          it(`<${tag}> in ${parent}, on a ${pageWidth} px page`, () =>
            withPage(wrap(WIDGETS[tag]), { width: pageWidth }, ({ doc, all }) => {
              const el = all(tag)[0];
              // The page's body has 8 px margins: a phone gives the widget all of its 304 px.
              expect(widthOf(el)).to.be.at.least(Math.min(280, pageWidth - 16));
              expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(pageWidth);
            }));
        }
      }
      for (const [parent, wrap] of Object.entries(BESIDE_SIDEBAR)) {
        it(`<${tag}> in ${parent}`, () =>
          withPage(wrap(WIDGETS[tag]), { width: 800 }, ({ doc, all }) => {
            const el = all(tag)[0];
            expect(widthOf(el)).to.be.at.least(280);
            expect(el.getBoundingClientRect().left, 'the widget sits beside the sidebar').to.be.at.least(200);
            expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(800);
          }));
      }
    }

    it('lays the banner out by its own width, not the page’s', () =>
      withPage(
        `<care-awareness-banner id="wide"></care-awareness-banner>
        <div style="display:flex;gap:16px"><nav style="width:400px;flex:none">Sidebar</nav><care-awareness-banner id="beside"></care-awareness-banner></div>
        <div style="display:inline-block"><care-awareness-banner id="inline"></care-awareness-banner></div>`,
        { width: 900 },
        ({ doc }) => {
          const banner = (id: string) => doc.getElementById(id) as HTMLElement;
          expect(bannerIsNarrow(banner('wide')), 'full width').to.equal(false);
          expect(bannerIsNarrow(banner('beside')), `${widthOf(banner('beside'))} px beside a sidebar`).to.equal(true);
          expect(widthOf(banner('inline'))).to.be.at.least(280);
        },
      ));

    it('stacks a session’s details in one column when the finder is narrow', () =>
      withPage(
        `<div style="display:flex;gap:16px"><nav style="width:460px;flex:none">Sidebar</nav>${WIDGETS['care-session-finder']}</div>${WIDGETS['care-session-finder']}`,
        { width: 800 },
        async ({ all }) => {
          const [narrow, wide] = all('care-session-finder');
          const columns = (finder: HTMLElement) => {
            const [dt, dd] = [inside(finder, '[part="details"] dt')[0], inside(finder, '[part="details"] dd')[0]];
            return Math.abs(dt.getBoundingClientRect().left - dd.getBoundingClientRect().left) < 1 ? 1 : 2;
          };
          await openAllDetails(narrow);
          await openAllDetails(wide);
          expect(columns(narrow), `${widthOf(narrow)} px`).to.equal(1);
          expect(columns(wide)).to.equal(2);
        },
      ));
  });

  describe('follow the page’s text size', () => {
    const BOTH = `${WIDGETS['care-awareness-banner']}${WIDGETS['care-session-finder']}`;
    const ROOT_62 = 'html { font-size: 62.5% } body { font-size: 1.6rem }';

    /** What a person reads, and what they press, in both widgets. */
    function readAndPress({ all }: HostPage) {
      const [banner, finder] = [all('care-awareness-banner')[0], all('care-session-finder')[0]];
      return {
        text: [...inside(banner, '[part="text"]'), ...inside(finder, '.title, [part="summary"], input[type="search"], .button')],
        controls: [...inside(banner, 'button'), ...inside(finder, 'button, input[type="search"], select, summary, label.check')],
      };
    }

    for (const [theme, css, size] of [
      ['a 62.5 % root and 1.6rem body text', ROOT_62, 16],
      ['20 px body text', 'body { font-size: 20px }', 20],
    ] as const) {
      it(`takes the body’s ${size} px text on a page with ${theme}, with controls at least 44 px tall`, () =>
        withPage(BOTH, { css }, (page) => {
          const { text, controls } = readAndPress(page);
          expect(text.length).to.be.above(10);
          for (const el of text) expect(px(page.win.getComputedStyle(el).fontSize), el.className || el.localName).to.equal(size);
          expect(controls.length).to.be.above(10);
          for (const el of controls) expect(el.getBoundingClientRect().height, el.outerHTML.slice(0, 60)).to.be.at.least(44);
        }));
    }

    it('takes --care-font-size over the page’s size', () =>
      withPage(BOTH, { css: `${ROOT_62} care-awareness-banner, care-session-finder { --care-font-size: 18px }` }, (page) => {
        for (const el of readAndPress(page).text) expect(px(page.win.getComputedStyle(el).fontSize)).to.equal(18);
      }));

    it('measures its narrow layout in the page’s text size, not the root’s', () =>
      withPage(
        `<div style="display:flex;gap:16px"><nav style="width:380px;flex:none">Sidebar</nav>${WIDGETS['care-awareness-banner']}</div>`,
        { css: ROOT_62 },
        ({ all }) => {
          const banner = all('care-awareness-banner')[0];
          // 388 px is under 30 lines of 16 px text: too narrow for the text and its controls on one row.
          expect(widthOf(banner)).to.be.within(380, 400);
          expect(bannerIsNarrow(banner)).to.equal(true);
        },
      ));
  });

  describe('wrap every text a feed supplies', () => {
    // German compound nouns are ordinary words.
    const word = (stem: string, id = '') => `${stem}${id}`;
    const longFinderFeed = {
      ...finderFeed,
      organization: { ...finderFeed.organization, emergency: { number: '112', label: 'Notrufbereitschaftsdienstvermittlungszentrale 112' } },
      places: finderFeed.places.map((p) => ({
        ...p,
        name: word('Gemeindezentrumsversammlungssaal', p.id),
        address: 'Hauptstraßenverkehrsberuhigungszonenecke 12',
        directions: 'Seiteneingangsbeschilderungsbeleuchtungsanlage',
      })),
      sessions: (finderFeed.sessions as { id: string; online?: object; registration?: object }[]).map((s) => ({
        ...s,
        title: word('Trauerbegleitungsgesprächskreisnachmittag', s.id),
        description: 'Selbsthilfegruppenleiterinnenfortbildungsveranstaltungsreihe',
        cost: 'Unkostenbeitragsrückerstattungsmöglichkeit',
        facilitator: 'Ehrenamtskoordinationsbeauftragtenteam',
        contact: { name: 'Gemeindereferentinnenbüro', email: 'kontaktaufnahmeformularbearbeitungsstelle@gemeindezentrum.example.org' },
        ...(s.online ? { online: { ...s.online, notes: 'Videokonferenzzugangsdatenübermittlungsverfahren' } } : {}),
        ...(s.registration ? { registration: { ...s.registration, notes: 'Anmeldebestätigungsbenachrichtigungsverfahren' } } : {}),
      })),
      referrals: [{ id: 'seelsorge', name: 'Telefonseelsorgebereitschaftsdienstkoordinationsstelle', kind: 'crisis-line', urgent: true, phone: '0800 1110111' }],
      labels: { audiences: { adults: 'Erwachsenenbildungsveranstaltungsteilnehmende', youth: 'Jugendfreizeiteinrichtungsbesucherinnen' } },
    };
    const longBannerFeed = {
      ...feeds.rotating,
      messages: [
        { id: 'closure', tone: 'urgent', text: 'Winterdienstbedingte Veranstaltungsraumschließungsankündigung' },
        { id: 'line', text: 'Telefonseelsorgebereitschaftsdienstkoordinationsstelle', link: { text: 'Gesprächsterminvereinbarungsmöglichkeiten', url: '/termine' } },
        { id: 'short', text: 'Listening helps.' },
      ],
    };

    /** The elements inside a widget that reach past the page's right edge. */
    const pastTheEdge = (el: HTMLElement, width: number) => [
      ...new Set(inside(el, '*').filter((part) => part.getBoundingClientRect().right > width + 0.5).map((part) => `${part.localName}.${part.className}`)),
    ];

    // With the body's 8 px margins the widgets get 304 px, and 280 px: the narrowest they are made for.
    for (const width of [320, 296]) {
      it(`keeps a ${width} px page from scrolling sideways, with every session and filter open`, () =>
        withPage(`${WIDGETS['care-awareness-banner']}${WIDGETS['care-session-finder']}`, { width, finderFeed: longFinderFeed, bannerFeed: longBannerFeed }, async ({ doc, all }) => {
          const [banner, finder] = [all('care-awareness-banner')[0], all('care-session-finder')[0]];
          await openAllDetails(finder); // the sessions' details, and "More filters" with its lists of places and audiences
          expect(inside(finder, '.crisis')[0].textContent).to.contain('Telefonseelsorge');
          expect(inside(finder, 'option').some((o) => o.textContent!.includes('Gemeindezentrums'))).to.equal(true);
          expect([...pastTheEdge(banner, width), ...pastTheEdge(finder, width)]).to.deep.equal([]);
          expect(doc.documentElement.scrollWidth).to.be.at.most(width);
        }));
    }
  });

  describe('in forced colours (Windows high contrast)', () => {
    before(async function () {
      try {
        await executeServerCommand('emulate-forced-colors', { active: true });
      } catch {
        this.skip(); // only Chromium's driver can emulate forced colours
      }
    });
    after(() => executeServerCommand('emulate-forced-colors', { active: false }).catch(() => undefined));

    /** The alpha of a computed colour: 0 for transparent. */
    const alpha = (colour: string) => {
      const [, rgba, slash] = /^rgba\(.*,\s*([\d.]+)\)$|\/\s*([\d.]+)\)$/.exec(colour) ?? [];
      return Number(rgba ?? slash ?? 1);
    };

    it('runs with forced colours on', () =>
      withPage(WIDGETS['care-session-finder'], {}, ({ win }) => {
        expect(win.matchMedia('(forced-colors: active)').matches).to.equal(true);
      }));

    it('draws each session’s open and closed marker as a triangle, not a solid bar', () =>
      withPage(WIDGETS['care-session-finder'], {}, ({ win, all }) => {
        const summaries = inside(all('care-session-finder')[0], '[part="session"] summary');
        expect(summaries.length).to.be.above(3);
        for (const summary of summaries) {
          const marker = win.getComputedStyle(summary, '::before');
          expect([alpha(marker.borderTopColor), alpha(marker.borderBottomColor), alpha(marker.borderLeftColor)]).to.deep.equal([0, 0, 1]);
        }
      }));

    it('shows a pressed button as pressed', () =>
      withPage(WIDGETS['care-session-finder'], {}, async ({ win, all }) => {
        Object.defineProperty(win.navigator, 'geolocation', {
          configurable: true,
          value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 41.7, longitude: -87.6 } } as GeolocationPosition) },
        });
        const finder = all('care-session-finder')[0] as HTMLElement & { updateComplete: Promise<unknown> };
        const look = (el: HTMLElement) => {
          const style = win.getComputedStyle(el);
          return [style.backgroundColor, style.color, style.borderTopColor, style.borderTopWidth, style.outlineStyle, style.boxShadow].join(' ');
        };
        const [near] = inside<HTMLButtonElement>(finder, 'button[aria-pressed]');
        const print = inside(finder, '.print')[0];
        expect(look(near)).to.equal(look(print));
        near.click();
        await finder.updateComplete;
        expect(near.getAttribute('aria-pressed')).to.equal('true');
        expect(look(near)).not.to.equal(look(print));
      }));

    it('keeps a border on every control, and a focus ring on each the keyboard reaches', () =>
      withPage(`${WIDGETS['care-awareness-banner']}${WIDGETS['care-session-finder']}`, {}, async ({ win, doc, all }) => {
        const widgets = [all('care-awareness-banner')[0], all('care-session-finder')[0]];
        const canvas = win.getComputedStyle(doc.body).backgroundColor;
        for (const control of widgets.flatMap((w) => inside(w, 'button, input[type="search"], select, summary.button, [part="session"], [part="badge"]'))) {
          const style = win.getComputedStyle(control);
          expect(style.borderTopStyle, control.outerHTML.slice(0, 60)).to.equal('solid');
          expect(alpha(style.borderTopColor), control.outerHTML.slice(0, 60)).to.equal(1);
          expect(style.borderTopColor).not.to.equal(canvas);
        }
        inside(widgets[0], 'button')[0].focus();
        const reached = new Set<string>();
        for (let i = 0; i < 16; i++) {
          const host = doc.activeElement!;
          const focused = host.shadowRoot?.activeElement ?? host;
          const style = win.getComputedStyle(focused);
          reached.add(focused.localName);
          expect(style.outlineStyle, focused.outerHTML.slice(0, 60)).to.equal('solid');
          expect(px(style.outlineWidth)).to.be.at.least(2);
          expect(style.outlineColor).not.to.equal(canvas);
          await sendKeys({ press: 'Tab' });
        }
        expect([...reached]).to.include.members(['button', 'input', 'summary']);
      }));
  });
});
