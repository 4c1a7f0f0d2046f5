/**
 * Host pages for layout tests: an iframe of a given width whose document loads
 * the widgets as a site does, with the site's own CSS and markup around them.
 * Each page has its own window, so a theme's `html { font-size }` or the
 * document's scroll width are measured as a visitor's browser has them.
 */
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { feeds } from '../mocks/feeds.js';

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
  /** The finder's feed (the banner's comes from `bannerFeed`). */
  finderFeed?: object;
  bannerFeed?: object;
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
  await Promise.all(['care-session-finder', 'care-awareness-banner'].map((tag) => win.customElements.whenDefined(tag)));
  // Data from this window's realm, as the page's own script would hand it over.
  const copy = (data: object) => win.JSON.parse(JSON.stringify(data));
  type Widget = HTMLElement & { feed?: unknown; now?: Date; updateComplete: Promise<unknown> };
  const widgets = [...doc.querySelectorAll<Widget>('care-session-finder, care-awareness-banner')];
  for (const el of widgets) {
    if (el.localName === 'care-session-finder') {
      el.now = new win.Date(FINDER_NOW.getTime());
      el.feed = copy(options.finderFeed ?? finderFeed);
    } else {
      el.feed = copy(options.bannerFeed ?? feeds.rotating);
    }
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

/** Opens every session's details in a finder and waits for them to render. */
export async function openAllDetails(finder: HTMLElement): Promise<void> {
  const closed = inside<HTMLDetailsElement>(finder, 'details:not([open])');
  const toggled = closed.map((d) => new Promise((resolve) => d.addEventListener('toggle', resolve, { once: true })));
  for (const d of closed) d.open = true;
  await Promise.all(toggled);
  await (finder as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}
