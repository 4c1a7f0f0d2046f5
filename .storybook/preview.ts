import type { ArgTypesEnhancer, Decorator, Preview, WebComponentsRenderer } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { initialize, mswLoader } from 'msw-storybook-addon';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { handlers } from '../test/mocks/handlers.js';
import { forStorybook, manifest } from './manifest.js';
import { darkPage, lightPage, tokenArgs } from './pages.js';
import { sampleFeedHandlers } from '../stories/shared.js';
import '../src/index.ts';

// Relative URL so the worker is found when the built Storybook lives in a subfolder.
initialize({ onUnhandledRequest: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });

if (manifest) setCustomElementsManifest(forStorybook(manifest));
else console.warn('custom-elements.json is missing: run `npm run manifest` for the docs tables.');

/**
 * The host page around the widget: its language, direction, colours and width come from the
 * toolbar, and the `--care-*` values set in the controls lie over it. On a docs page each story
 * is a box of at most 36rem that scrolls, so a long list does not make the page endless (a guide's
 * story that should show whole sets `parameters.docsBox: false`).
 */
const withHostPage: Decorator = (story, { args, globals, parameters, viewMode }) => {
  const narrow = globals.width === '320';
  const style = {
    ...(globals.page === 'dark' ? darkPage : lightPage),
    ...tokenArgs(args),
    'box-sizing': 'border-box',
    padding: '1rem',
    'min-height': viewMode === 'story' ? '100vh' : 'auto',
    ...(viewMode === 'docs' && parameters.docsBox !== false ? { 'max-height': '36rem', overflow: 'auto' } : {}),
    ...(narrow ? { width: '320px', outline: '1px dashed rgb(128 128 128 / 0.6)' } : {}),
  };
  return html`<div lang=${globals.locale ?? 'en'} dir=${globals.dir ?? 'ltr'} style=${styleMap(style)}>${story()}</div>`;
};

/** Colour tokens get a colour picker; the rest (sizes, fonts, the focus ring) a text box. */
const isColour = (name: string) => /-(accent|surface|urgent|border|text|muted|link)$/.test(name);

/**
 * From the manifest, Storybook lists events, CSS properties, parts and slots. Only CSS properties
 * take a value (a control that restyles the story live, through withHostPage); the rest are
 * documented, with no "Set object" controls.
 */
const documentedOnly = new Set(['events', 'css shadow parts', 'slots']);
const controlsForTokens: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = String(argType.table?.category);
      if (category === 'css custom properties') return [name, { ...argType, control: isColour(name) ? { type: 'color' } : { type: 'text' } }];
      return [name, documentedOnly.has(category) ? { ...argType, control: { disable: true } } : argType];
    }),
  );

/** A toolbar menu of the host page's settings. */
function toolbar(description: string, title: string, icon: string, items: { value: string; title: string; right?: string }[]) {
  return { description, toolbar: { title, icon, dynamicTitle: true, items } };
}

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader],
  decorators: [withHostPage],
  argTypesEnhancers: [controlsForTokens],
  // Dismissals and saved feed copies live in localStorage; each story starts without them.
  beforeEach() {
    for (const key of Object.keys(localStorage)) if (key.startsWith('care-widgets:')) localStorage.removeItem(key);
  },
  parameters: {
    layout: 'fullscreen',
    msw: { handlers: { feeds: handlers, sample: sampleFeedHandlers } },
    options: { storySort: { order: ['Introduction', 'Guides', ['Theming', 'Writing a feed'], 'Widgets'] } },
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
