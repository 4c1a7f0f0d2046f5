import { createApp } from 'vue';
import App from './App.vue';

/** Renders the example into `container`, reading the feed at `feed`. */
export function mount(container: HTMLElement, feed: string): () => void {
  const app = createApp(App, { feed });
  app.mount(container);
  return () => app.unmount();
}
