/** WCAG contrast of every text run inside a widget's shadow root, against what is painted behind it. */
type RGBA = [number, number, number, number];

export function parseColour(c: string): RGBA {
  let m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(c);
  if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : +m[4]];
  m = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(c);
  if (m) return [+m[1] * 255, +m[2] * 255, +m[3] * 255, m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : +m[4]];
  if (c === 'transparent') return [0, 0, 0, 0];
  throw new Error(`colour? ${c}`);
}
const over = (top: RGBA, below: RGBA): RGBA => {
  const a = top[3];
  return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
};
const lum = ([r, g, b]: RGBA) => {
  const f = (v: number) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
export const ratio = (a: RGBA, b: RGBA) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);

/** The background painted behind `el` (its own and its ancestors', composed over the canvas). */
export function backgroundBehind(el: Element, win: Window): RGBA {
  const layers: RGBA[] = [];
  for (let e: Element | null = el; e; e = parentOf(e)) {
    const bg = parseColour(win.getComputedStyle(e).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  let result: RGBA = [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}
function opacityOf(el: Element, win: Window) {
  let o = 1;
  for (let e: Element | null = el; e; e = parentOf(e)) o *= +win.getComputedStyle(e).opacity;
  return o;
}

export interface LowContrast { text: string; ratio: number; colour: string; where: string }

/** Every element holding visible text whose contrast falls under `min` (4.5 for body text, 3 for large). */
export function lowContrast(widget: Element, win: Window): LowContrast[] {
  const out: LowContrast[] = [];
  const els = [...widget.shadowRoot!.querySelectorAll('*')];
  for (const el of els) {
    if (el.closest('.visually-hidden') || /^(style|script|option)$/.test(el.localName)) continue;
    const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent!.trim()).join(' ').trim();
    const isField = /^(input|textarea)$/.test(el.localName) && !!(el as HTMLInputElement).value;
    if (!text && !isField) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const style = win.getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    let fg = parseColour(style.color);
    fg = [fg[0], fg[1], fg[2], fg[3] * opacityOf(el, win)];
    const bg = backgroundBehind(el, win);
    const r = ratio(over(fg, bg), bg);
    const size = parseFloat(style.fontSize);
    const bold = +style.fontWeight >= 700;
    const min = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (r < min) out.push({ text: (text || 'value').slice(0, 40), ratio: Math.round(r * 100) / 100, colour: style.color, where: `${el.localName}.${el.className}` });
  }
  return out;
}

/** Every widget on one page, each in the states a contrast check needs (inactive sessions, the quick exit). */
export const ALL_WIDGETS = `<care-awareness-banner></care-awareness-banner>
<care-session-finder show-inactive viewer-timezone="America/Chicago"></care-session-finder>
<care-referral-lookup quick-exit viewer-timezone="America/Chicago"></care-referral-lookup>
<care-volunteer-signup></care-volunteer-signup>`;
