/**
 * The widgets on the kinds of pages church, school and library sites are made
 * of: each kind of parent box, themes that shrink the root font size, narrow
 * phones, and Windows high contrast (forced colours).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { finderFeed } from '../mocks/session-feeds.js';
import { feeds } from '../mocks/feeds.js';
import { inForcedColours, pastTheEdges, spaceText, until } from '../helpers.js';
import { referralFeeds, referrals } from '../mocks/referral-feeds.js';
import { volunteerFeed, volunteerRoles } from '../mocks/volunteer-feeds.js';
import { inside, openAllDetails, openHostPage, type HostPage, type WidgetTag as Tag } from './host-page.js';

const WIDGETS: Record<Tag, string> = {
  'care-awareness-banner': '<care-awareness-banner></care-awareness-banner>',
  'care-session-finder': '<care-session-finder viewer-timezone="America/Chicago"></care-session-finder>',
  'care-referral-lookup': '<care-referral-lookup quick-exit viewer-timezone="America/Chicago"></care-referral-lookup>',
  'care-volunteer-signup': '<care-volunteer-signup></care-volunteer-signup>',
};
const TAGS = Object.keys(WIDGETS) as Tag[];
const ALL = TAGS.map((tag) => WIDGETS[tag]).join('');

/**
 * In each widget, what a person reads in the body's text size, and what they press or type in
 * (each at least 44 px tall: for a checkbox or radio, the label around it).
 */
const READ: Record<Tag, string> = {
  'care-awareness-banner': '[part="text"]',
  'care-session-finder': '.title, [part="summary"], input[type="search"], .button',
  'care-referral-lookup': '[part="referral"] > p, .topic, input[type="search"], select, .button, [part="details"] dd',
  'care-volunteer-signup': '.intro, legend, .role-title, .field > label, input[id^="f-"]:not([type="checkbox"]), textarea, .button',
};
const PRESS: Record<Tag, string> = {
  'care-awareness-banner': 'button',
  'care-session-finder': 'button, input[type="search"], select, summary, label.check',
  'care-referral-lookup': 'button, a.button, input[type="search"], select, summary, label.check, label.topic',
  'care-volunteer-signup': 'button, input[id^="f-"]:not([type="checkbox"]), textarea, label.check, label.slot',
};

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
    const ROOT_62 = 'html { font-size: 62.5% } body { font-size: 1.6rem }';

    /** What a person reads, and what they press, in each widget, with every disclosure open. */
    async function readAndPress({ all }: HostPage) {
      const widgets = TAGS.map((tag) => all(tag)[0]);
      for (const widget of widgets) await openAllDetails(widget);
      return {
        text: Object.fromEntries(widgets.map((w) => [w.localName, inside(w, READ[w.localName as Tag])])) as Record<Tag, HTMLElement[]>,
        controls: Object.fromEntries(widgets.map((w) => [w.localName, inside(w, PRESS[w.localName as Tag])])) as Record<Tag, HTMLElement[]>,
      };
    }

    for (const [theme, css, size] of [
      ['a 62.5 % root and 1.6rem body text', ROOT_62, 16],
      ['20 px body text', 'body { font-size: 20px }', 20],
    ] as const) {
      it(`takes the body’s ${size} px text on a page with ${theme}, with controls at least 44 px tall`, () =>
        withPage(ALL, { css }, async (page) => {
          const { text, controls } = await readAndPress(page);
          for (const tag of TAGS) {
            expect(text[tag].length, tag).to.be.above(tag === 'care-awareness-banner' ? 0 : 5);
            for (const el of text[tag]) expect(px(page.win.getComputedStyle(el).fontSize), `${tag} ${el.className || el.localName}`).to.equal(size);
            expect(controls[tag].length, tag).to.be.above(tag === 'care-awareness-banner' ? 1 : 5);
            for (const el of controls[tag]) expect(el.getBoundingClientRect().height, `${tag} ${el.outerHTML.slice(0, 60)}`).to.be.at.least(44);
          }
        }));
    }

    it('takes --care-font-size over the page’s size', () =>
      withPage(ALL, { css: `${ROOT_62} ${TAGS.join(', ')} { --care-font-size: 18px }` }, async (page) => {
        const { text } = await readAndPress(page);
        for (const tag of TAGS) {
          expect(text[tag].length, tag).to.be.above(0);
          for (const el of text[tag]) expect(px(page.win.getComputedStyle(el).fontSize), `${tag} ${el.className || el.localName}`).to.equal(18);
        }
      }));

    it('lays out on a 62.5 % theme exactly as on a plain page with the same text size', async () => {
      // Any length taken from the root's size (rem) would come out smaller on the themed page.
      const measure = (css: string) =>
        withPage(ALL, { css }, async ({ all }) => {
          const widgets = TAGS.map((tag) => all(tag)[0]);
          for (const widget of widgets) await openAllDetails(widget);
          return widgets.map((widget) => [widget.localName, ...inside(widget, '*').map((part) => {
            const { width, height } = part.getBoundingClientRect();
            return `${part.localName}.${String(part.className)} ${Math.round(width)}×${Math.round(height)}`;
          })]);
        });
      const [themed, plain] = [await measure(ROOT_62), await measure('')];
      for (const [i, tag] of TAGS.entries()) expect(themed[i], tag).to.deep.equal(plain[i]);
    });

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

    const longReferralFeed = {
      ...referralFeeds.lookup,
      organization: { ...referralFeeds.lookup.organization, emergency: { number: '112', label: 'Notrufbereitschaftsdienstvermittlungszentrale 112' } },
      places: [
        ...referralFeeds.lookup.places,
        { id: 'zentrum', name: 'Gemeindezentrumsversammlungssaal', address: 'Hauptstraßenverkehrsberuhigungszonenecke 12\nKreisstadtverwaltungsbezirk', directions: 'Seiteneingangsbeschilderungsbeleuchtungsanlage' },
      ],
      referrals: [
        { ...referrals.lifeline, name: 'Telefonseelsorgebereitschaftsdienstkoordinationsstelle' },
        {
          id: 'beratung', name: 'Schwangerschaftskonfliktberatungsstellenverzeichnis', kind: 'counselling', place: 'zentrum',
          description: 'Lebensberatungsangebotsübersichtsbroschürenverteilungsstelle',
          topics: ['family', 'veterans'], phone: '0800 1110222', email: 'kontaktaufnahmeformularbearbeitungsstelle@beratungsstellenverbund.example.org',
          url: 'https://beratungsstellenverbund.example.org/angebote/schwangerschaftskonfliktberatungsstellenverzeichnis',
          hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }], cost: 'free', languages: ['de'],
          eligibility: 'Anspruchsberechtigungsnachweisvorlagepflicht', area: 'Landkreisverwaltungsbezirksgrenzgebiet', verified: '2026-11-01',
        },
        ...Object.values(referrals).slice(1),
      ],
      labels: { topics: { veterans: 'Bundeswehrveteranenfamilienangehörigenbetreuung' } },
    };
    const longVolunteerFeed = volunteerFeed({
      intro: 'Nachbarschaftshilfeorganisationsstrukturentwicklung',
      roles: [
        {
          id: 'koordination', title: 'Ehrenamtskoordinationsbeauftragtenstellvertretung',
          description: 'Selbsthilfegruppenleiterinnenfortbildungsveranstaltungsreihe',
          commitment: 'Wochenendbereitschaftsdienstplanungsabsprache', training: 'Gesprächsführungskompetenzvertiefungsseminar', min_age: 18,
        },
        ...volunteerRoles,
      ],
      consent: { text: 'Datenschutzeinwilligungserklärungsformularunterzeichnung', version: '2026-09' },
    });

    /** The elements inside a widget that reach past the page's right edge (what is hidden for all but screen readers is clipped). */
    const pastTheEdge = (el: HTMLElement, width: number) => [
      ...new Set(inside(el, '*')
        .filter((part) => part.getBoundingClientRect().right > width + 0.5 && !part.closest('.visually-hidden'))
        .map((part) => `${el.localName} ${part.localName}.${part.className}`)),
    ];

    // With the body's 8 px margins the widgets get 304 px, and 280 px: the narrowest they are made for.
    // Right to left, what does not fit spills past the left edge; with WCAG 1.4.12's text spacing, words grow.
    for (const [width, lang] of [[320, 'en'], [296, 'en'], [320, 'ar'], [296, 'ar'], [320, 'he'], [296, 'he']] as const) {
      it(`keeps a ${width} px page from scrolling sideways, with every session, referral and filter open${lang === 'en' ? '' : `, in lang="${lang}" with text spacing`}`, () =>
        withPage(lang === 'en' ? ALL : ALL.replace(/<(care-[\w-]+)/g, `<$1 lang="${lang}"`), {
          width,
          feeds: { 'care-awareness-banner': longBannerFeed, 'care-session-finder': longFinderFeed, 'care-referral-lookup': longReferralFeed, 'care-volunteer-signup': longVolunteerFeed },
        }, async ({ doc, all }) => {
          const [, finder, lookup, signup] = TAGS.map((tag) => all(tag)[0]);
          if (lang !== 'en') {
            // Each widget shows its feed once its own words have come: on a busy machine, one by one.
            await until(() => inside(signup, 'legend')[0]?.textContent?.startsWith('Which roles') === false
              && inside(finder, '.crisis').length > 0 && inside(lookup, '[part="urgent"]').length > 0, 10000, 'the strings');
            for (const tag of TAGS) spaceText(all(tag)[0]);
          }
          await openAllDetails(finder); // the sessions' details, and "More filters" with its lists of places and audiences
          await openAllDetails(lookup); // the referrals' details (address, area, who it is for), and its filters
          expect(inside(finder, '.crisis')[0].textContent).to.contain('Telefonseelsorge');
          expect(inside(finder, 'option').some((o) => o.textContent!.includes('Gemeindezentrums'))).to.equal(true);
          expect(inside(lookup, '[part="urgent"]')[0].textContent).to.contain('Telefonseelsorge');
          expect(inside(lookup, '[part="details"]').some((d) => d.textContent!.includes('Hauptstraßenverkehrs'))).to.equal(true);
          expect(inside(lookup, '.topic').some((t) => t.textContent!.includes('Bundeswehr'))).to.equal(true);
          expect(inside(signup, '.role-title')[0].textContent).to.equal('Ehrenamtskoordinationsbeauftragtenstellvertretung');
          expect(TAGS.flatMap((tag) => pastTheEdge(all(tag)[0], width))).to.deep.equal([]);
          expect(TAGS.flatMap((tag) => pastTheEdges(all(tag)[0], '.visually-hidden, [part="quick-exit"]'))).to.deep.equal([]);
          expect(doc.documentElement.scrollWidth).to.be.at.most(width);
        }));
    }
  });

  describe('keep their own text settings where a theme’s box hands its own down', () => {
    // What a sidebar, a menu or a hero block of a theme sets for its own text, and every box inside it inherits.
    const THEME_BOX = 'white-space: nowrap; text-transform: uppercase; letter-spacing: 0.3em; word-spacing: 1em; text-indent: 3em;'
      + ' font-style: italic; text-shadow: 2px 2px 2px red; word-break: keep-all; -webkit-user-select: none; user-select: none;';

    // Handed down to what is inside the box, or set on every element in it, the widget itself included.
    const WAYS = { 'inside such a box': { css: `.theme { ${THEME_BOX} }` }, 'where a rule sets it on every element of such a box': { css: `.theme * { ${THEME_BOX} }` } };
    for (const [way, { css }] of Object.entries(WAYS)) for (const width of [320, 800]) {
      it(`stays readable and within a ${width} px page ${way}`, () =>
        withPage(`<div class="theme">${ALL}</div>`, { width, css }, async ({ doc, win, all }) => {
          for (const tag of TAGS) {
            const widget = all(tag)[0];
            await openAllDetails(widget);
            const text = inside(widget, READ[tag]);
            expect(text.length, tag).to.be.above(0);
            for (const el of text) {
              const style = win.getComputedStyle(el);
              const what = `${tag} ${el.className || el.localName}`;
              // Wrapping as the widget lays it out: an address keeps its lines (pre-line); a field's own is the browser's.
              if (!el.matches('input, select, textarea')) expect(style.whiteSpace, what).to.be.oneOf(['normal', 'pre-line']);
              expect([style.textTransform, style.letterSpacing, style.wordSpacing, style.textIndent, style.fontStyle, style.textShadow, style.wordBreak], what)
                .to.deep.equal(['none', 'normal', '0px', '0px', 'normal', 'none', 'normal']);
            }
            // A phone number or an address can be selected and copied.
            expect(win.getComputedStyle(inside(widget, '.state, [part="text"], [part="referral"], .intro, .title')[0]).userSelect, tag).not.to.equal('none');
            expect(pastTheEdges(widget, '.visually-hidden, [part="quick-exit"]'), tag).to.deep.equal([]);
          }
          expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
        }));
    }
  });

  describe('in forced colours (Windows high contrast)', () => {
    inForcedColours();

    /** The alpha of a computed colour: 0 for transparent. */
    const alpha = (colour: string) => {
      const [, rgba, slash] = /^rgba\(.*,\s*([\d.]+)\)$|\/\s*([\d.]+)\)$/.exec(colour) ?? [];
      return Number(rgba ?? slash ?? 1);
    };

    it('runs with forced colours on', () =>
      withPage(WIDGETS['care-session-finder'], {}, ({ win }) => {
        expect(win.matchMedia('(forced-colors: active)').matches).to.equal(true);
      }));

    it('keeps the signup’s error summary boxed and its wrong answers outlined, within 280 px, in Arabic and Hebrew', async () => {
      for (const lang of ['ar', 'he']) {
        await withPage(`<care-volunteer-signup lang="${lang}"></care-volunteer-signup>`, { width: 296 }, async ({ win, all }) => {
          const signup = all('care-volunteer-signup')[0];
          await until(() => inside(signup, 'legend')[0]?.textContent?.startsWith('Which roles') === false, 4000, 'the strings');
          inside<HTMLButtonElement>(signup, 'button.send')[0].click();
          await until(() => inside(signup, '[part="problems"]').length > 0, 4000, 'the error summary');
          const summary = win.getComputedStyle(inside(signup, '[part="problems"]')[0]);
          expect([summary.borderTopStyle, alpha(summary.borderTopColor)]).to.deep.equal(['solid', 1]);
          const wrong = inside(signup, 'input[aria-invalid="true"]:not([type="checkbox"])');
          expect(wrong.length).to.be.above(0);
          for (const input of wrong) expect(win.getComputedStyle(input).outlineStyle, input.id).to.equal('solid');
          expect(pastTheEdges(signup), lang).to.deep.equal([]);
        });
      }
    });

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
        const finder = all('care-session-finder')[0] as HTMLElement;
        const look = (el: HTMLElement) => {
          const style = win.getComputedStyle(el);
          return [style.backgroundColor, style.color, style.borderTopColor, style.borderTopWidth, style.outlineStyle, style.boxShadow].join(' ');
        };
        const [near] = inside<HTMLButtonElement>(finder, 'button[aria-pressed]');
        const print = inside(finder, '.print')[0];
        expect(look(near)).to.equal(look(print));
        near.click();
        await until(() => near.getAttribute('aria-pressed') === 'true', 5000, 'nearest first');
        expect(look(near)).not.to.equal(look(print));
      }));

    /** What has a border of its own in each widget: controls, and the boxes around a session, referral or role. */
    const BORDERED: Record<Tag, string> = {
      'care-awareness-banner': 'button',
      'care-session-finder': 'button, input[type="search"], select, summary.button, [part="session"], [part="badge"]',
      'care-referral-lookup': 'button, a.button, input[type="search"], select, summary.button, .topic, [part="referral"]',
      'care-volunteer-signup': 'button, input[id^="f-"]:not([type="checkbox"]), textarea, [part="role"]',
    };
    /** What the keyboard reaches in each widget, at least. */
    const REACHED: Record<Tag, string[]> = {
      'care-awareness-banner': ['button'],
      'care-session-finder': ['button', 'input', 'summary'],
      'care-referral-lookup': ['button', 'a', 'input', 'summary'],
      'care-volunteer-signup': ['button', 'a', 'input', 'textarea'],
    };

    for (const tag of TAGS) {
      it(`keeps a border on every control of <${tag}>, and a focus ring on each the keyboard reaches`, () =>
        withPage(`<a id="before" href="#top">Home</a>${WIDGETS[tag]}`, {}, async ({ win, doc, all }) => {
          const widget = all(tag)[0];
          await openAllDetails(widget);
          const canvas = win.getComputedStyle(doc.body).backgroundColor;
          const controls = inside(widget, BORDERED[tag]);
          expect(controls.length).to.be.above(0);
          for (const control of controls) {
            const style = win.getComputedStyle(control);
            expect(style.borderTopStyle, control.outerHTML.slice(0, 60)).to.equal('solid');
            expect(alpha(style.borderTopColor), control.outerHTML.slice(0, 60)).to.equal(1);
            expect(style.borderTopColor).not.to.equal(canvas);
          }
          // In from the page's link before it, by the keyboard, as :focus-visible needs.
          doc.getElementById('before')!.focus();
          await sendKeys({ press: 'Tab' });
          expect(doc.activeElement, 'Tab reaches the widget').to.equal(widget);
          const reached = new Set<string>();
          // Tab through the widget, to the first thing after it.
          for (let i = 0; i < 200 && doc.activeElement === widget; i++) {
            const focused = widget.shadowRoot!.activeElement!;
            const style = win.getComputedStyle(focused);
            reached.add(focused.localName);
            expect(style.outlineStyle, focused.outerHTML.slice(0, 60)).to.equal('solid');
            expect(px(style.outlineWidth)).to.be.at.least(2);
            expect(style.outlineColor).not.to.equal(canvas);
            await sendKeys({ press: 'Tab' });
          }
          expect(doc.activeElement, 'the keyboard leaves the widget').not.to.equal(widget);
          expect([...reached]).to.include.members(REACHED[tag]);
        }));
    }
  });
});
