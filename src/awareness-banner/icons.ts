import { svg } from 'lit/html.js';

/** Small inline icons, drawn as strokes (shortest to write): no image requests, and they take the text colour. */
const icon = (path: string) => svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;

// Each its own export, read as `icons.previous` through `import * as icons`: the minifier names each
// with a letter, where the properties of one object became long names of their own (`G_previous`).
export const previous = icon('M15 5 8 12l7 7');
export const next = icon('M9 5l7 7-7 7');
export const pause = icon('M9 5v14m6-14v14');
export const play = icon('M8 5v14l11-7z');
export const close = icon('M6 6l12 12M18 6 6 18');
