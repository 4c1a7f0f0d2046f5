import type { ArgTypesEnhancer, Decorator, Preview, WebComponentsRenderer } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { initialize, mswLoader } from 'msw-storybook-addon';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { handlers } from '../test/mocks/handlers.js';
import { forStorybook, manifest } from './manifest.js';
import '../src/index.ts';

// Relative URL so the worker is found when the built Storybook lives in a subfolder.
initialize({ onUnhandledRequest: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });

if (manifest) setCustomElementsManifest(forStorybook(manifest));
else console.warn('custom-elements.json is missing: run `npm run manifest` for the docs tables.');

/** A dark host page sets the `--care-*` tokens to values that read on it (see src/internal/tokens.styles.ts). */
const darkPage = {
  background: '#15191d',
  color: '#e9ecef',
  '--care-accent': '#7fd4bc',
  '--care-on-accent': '#0c1f1a',
  '--care-surface': 'rgb(255 255 255 / 0.07)',
  '--care-hope-surface': 'rgb(127 212 188 / 0.14)',
  '--care-border': 'rgb(255 255 255 / 0.4)',
  '--care-urgent': '#ff8f94',
  '--care-urgent-surface': 'rgb(255 143 148 / 0.16)',
  '--care-focus-ring': '3px solid #7fd4bc',
};
const lightPage = { background: '#ffffff', color: '#1b1f23' };

/** The host page around the widget: its language, direction, colours and width come from the toolbar. */
const withHostPage: Decorator = (story, { globals, viewMode }) => {
  const narrow = globals.width === '320';
  const style = {
    ...(globals.page === 'dark' ? darkPage : lightPage),
    'box-sizing': 'border-box',
    padding: '1rem',
    'min-height': viewMode === 'story' ? '100vh' : 'auto',
    ...(narrow ? { width: '320px', outline: '1px dashed rgb(128 128 128 / 0.6)' } : {}),
  };
  return html`<div lang=${globals.locale ?? 'en'} dir=${globals.dir ?? 'ltr'} style=${styleMap(style)}>${story()}</div>`;
};

/** Events, CSS properties and parts are documented in the table, but are not args: no "Set object" controls for them. */
const documentedOnly = new Set(['events', 'css custom properties', 'css shadow parts', 'slots']);
const noControlsForDocsOnly: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      documentedOnly.has(String(argType.table?.category)) ? { ...argType, control: { disable: true } } : argType,
    ]),
  );

/** A toolbar menu of the host page's settings. */
function toolbar(description: string, title: string, icon: string, items: { value: string; title: string; right?: string }[]) {
  return { description, toolbar: { title, icon, dynamicTitle: true, items } };
}

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader],
  decorators: [withHostPage],
  argTypesEnhancers: [noControlsForDocsOnly],
  // Dismissals and saved feed copies live in localStorage; each story starts without them.
  beforeEach() {
    for (const key of Object.keys(localStorage)) if (key.startsWith('care-widgets:')) localStorage.removeItem(key);
  },
  parameters: {
    layout: 'fullscreen',
    msw: { handlers: { feeds: handlers } },
    backgrounds: { disable: true },
    viewport: {
      options: {
        narrow320: { name: '320 px', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        ...MINIMAL_VIEWPORTS,
      },
    },
    controls: { expanded: true },
  },
  globalTypes: {
    locale: toolbar('Language of the host page (lang on the element around the widget)', 'Language', 'globe', [
      { value: 'en', title: 'English', right: 'en' },
      { value: 'es', title: 'Español', right: 'es' },
      { value: 'ar', title: 'العربية', right: 'ar' },
      { value: 'he', title: 'עברית', right: 'he' },
    ]),
    dir: toolbar('Text direction of the host page', 'Direction', 'transfer', [
      { value: 'ltr', title: 'Left to right' },
      { value: 'rtl', title: 'Right to left' },
    ]),
    page: toolbar('Host page colours', 'Page', 'contrast', [
      { value: 'light', title: 'Light page' },
      { value: 'dark', title: 'Dark page' },
    ]),
    width: toolbar('Width of the host page around the widget', 'Width', 'mobile', [
      { value: 'full', title: 'Full width' },
      { value: '320', title: '320 px page' },
    ]),
  },
  initialGlobals: { locale: 'en', dir: 'ltr', page: 'light', width: 'full' },
};

export default preview;
