import { svg } from 'lit';

/** Small inline icons: no image requests, and they take the text colour. */
const icon = (path: string) => svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;

export const icons = {
  previous: icon('M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z'),
  next: icon('M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z'),
  pause: icon('M7 5h3.5v14H7zm6.5 0H17v14h-3.5z'),
  play: icon('M8 5v14l11-7z'),
  close: icon('M18.3 7.1 16.9 5.7 12 10.6 7.1 5.7 5.7 7.1l4.9 4.9-4.9 4.9 1.4 1.4 4.9-4.9 4.9 4.9 1.4-1.4-4.9-4.9z'),
};
