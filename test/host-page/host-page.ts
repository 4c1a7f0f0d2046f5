/**
 * Host pages for layout tests: an iframe of a given width whose document loads
 * the widgets as a site does, with the site's own CSS and markup around them.
 * Each page has its own window, so a theme's `html { font-size }` or the
 * document's scroll width are measured as a visitor's browser has them.
 */
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { feeds } from '../mocks/feeds.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { volunteerFeeds } from '../mocks/volunteer-feeds.js';
import { until } from '../helpers.js';

/** Every widget a page may hold, with the feed it gets unless a test gives another, and the clock that feed is written for. */
const WIDGETS = {
  'care-awareness-banner': { feed: feeds.rotating, now: undefined },
  'care-session-finder': { feed: finderFeed, now: FINDER_NOW },
  'care-referral-lookup': { feed: referralFeeds.lookup, now: LOOKUP_NOW },
  'care-volunteer-signup': { feed: volunteerFeeds.full, now: undefined },
};
export type WidgetTag = keyof typeof WIDGETS;

export type PageWindow = Window & typeof globalThis;

export interface HostPage {
  win: PageWindow;
  doc: Document;
  /** The page's widgets, by tag. */
  all<E extends HTMLElement = HTMLElement>(selector: string): E[];
  close(): void;
}

interface Options {
  /** The page's width in CSS px (the iframe's). */
  width?: number;
  /** The site's stylesheet. */
  css?: string;
  /** A widget's feed, by tag, in place of its usual one. */
  feeds?: Partial<Record<WidgetTag, object>>;
}

/** Opens `body` in a page `width` px wide, gives its widgets their feeds, and waits until they have rendered. */
export async function openHostPage(body: string, options: Options = {}): Promise<HostPage> {
  const { width = 800, css = '' } = options;
  const frame = document.createElement('iframe');
  frame.style.cssText = `display:block;width:${width}px;height:600px;border:0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style>
    <script type="module" src="/src/index.ts"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = win.document;
  const tags = Object.keys(WIDGETS) as WidgetTag[];
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  // Data from this window's realm, as the page's own script would hand it over.
  const copy = (data: object) => win.JSON.parse(JSON.stringify(data));
  type Widget = HTMLElement & { feed?: unknown; now?: Date; updateComplete: Promise<unknown> };
  const widgets = [...doc.querySelectorAll<Widget>(tags.join(', '))];
  for (const el of widgets) {
    const { feed, now } = WIDGETS[el.localName as WidgetTag];
    if (now) el.now = new win.Date(now.getTime());
    el.feed = copy(options.feeds?.[el.localName as WidgetTag] ?? feed);
  }
  await Promise.all(widgets.map((el) => el.updateComplete));
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  return {
    win,
    doc,
    all: <E extends HTMLElement>(selector: string) => [...doc.querySelectorAll<E>(selector)],
    close: () => frame.remove(),
  };
}

/** Elements inside a widget's shadow root. */
export const inside = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [...(el.shadowRoot?.querySelectorAll<E>(selector) ?? [])];

/**
 * Opens every disclosure in a widget (a finder's sessions and "More filters", a lookup's referrals
 * and its filters) and waits until what they hold has rendered, code loaded on demand included.
 */
export async function openAllDetails(widget: HTMLElement): Promise<void> {
  const closed = inside<HTMLDetailsElement>(widget, 'details:not([open])');
  const toggled = closed.map((d) => new Promise((resolve) => d.addEventListener('toggle', resolve, { once: true })));
  for (const d of closed) d.open = true;
  await Promise.all(toggled);
  // The lookup's details and filters, and the finder's session details, come with code loaded when first needed.
  if (widget.localName === 'care-referral-lookup') {
    await until(() => closed.every((d) => d.querySelector('[part="details"], .facets select')), 4000, 'the lookup’s details');
  }
  if (widget.localName === 'care-session-finder') {
    await until(() => inside(widget, '.session details[open]').every((d) => d.querySelector('[part="details"]')), 4000, 'the sessions’ details');
  }
  await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}
