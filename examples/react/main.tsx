import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { App } from './App.js';

/** Renders the example into `container`, reading the feed at `feed`. */
export function mount(container: HTMLElement, feed: string): () => void {
  const root = createRoot(container);
  flushSync(() => root.render(<App feed={feed} />));
  return () => root.unmount();
}
