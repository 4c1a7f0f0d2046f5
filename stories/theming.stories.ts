import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { manifest } from '../.storybook/manifest.js';
import { darkPage, lightPage, tokenArgs } from '../.storybook/pages.js';
import { expectText, sharedFeed } from './shared.js';

interface Token {
  name: string;
  description?: string;
  default?: string;
}

/** Every `--care-*` property any element reads (custom-elements.json), once, with its description and default. */
const tokens = new Map<string, Token>();
// The shared base class first: its descriptions are the general ones.
const declarations = (manifest?.modules ?? []).flatMap((module) => module.declarations ?? []);
for (const declaration of [...declarations].sort((a, b) => Number('tagName' in a) - Number('tagName' in b))) {
  for (const property of (declaration as { cssProperties?: Token[] }).cssProperties ?? []) {
    if (property.name.startsWith('--care-') && !tokens.has(property.name)) tokens.set(property.name, property);
  }
}

type Args = Record<string, string | undefined>;

/** The theming guide's live example (theming.mdx): every token a control, on a light and a dark page at once. */
const meta: Meta<Args> = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen', docsBox: false },
  argTypes: Object.fromEntries(
    [...tokens.values()].map((token) => [
      token.name,
      {
        description: token.description,
        control: /-(accent|surface|urgent|border|text|muted|link)$/.test(token.name) ? { type: 'color' } : { type: 'text' },
        table: { category: 'tokens', defaultValue: { summary: token.default ?? '' } },
      },
    ]),
  ),
};

export default meta;

/** The values set in the controls apply to both pages; the dark page starts from its own lighter values. */
export const EveryToken: StoryObj<Args> = {
  name: 'Every token, light and dark',
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr))">
    ${[['Light page', lightPage], ['Dark page', darkPage]].map(
      ([label, page]) => html`<section aria-label=${label as string} tabindex="0"
        style=${styleMap({ ...(page as Record<string, string>), ...tokenArgs(args), padding: '1.5rem', 'max-height': '44rem', overflow: 'auto' })}>
        <h2 style="margin: 0 0 1rem; font-size: 1rem">${label}</h2>
        ${sharedFeed('stacked')}
      </section>`,
    )}
  </div>`,
  play: ({ canvasElement }) => expectText(canvasElement, 'sessions in the next 8 weeks', 5000, 'care-session-finder'),
};
