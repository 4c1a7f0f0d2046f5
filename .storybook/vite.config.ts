import { defineConfig } from 'vite';

/**
 * Storybook's own Vite config. The root vite.config.ts builds the library and
 * throws for any mode but its own (lib, widgets, loader-es, loader-iife), and Storybook loads it
 * with mode "development" or "production"; so main.ts points the builder here.
 */
export default defineConfig({});
