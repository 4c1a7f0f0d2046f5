/** A file's text, imported with Vite's `?inline` suffix (minified in the build). */
declare module '*?inline' {
  const text: string;
  export default text;
}

/** The build's mode (vite.config.ts: loader-es, loader-iife), put in by Vite at build time. */
interface ImportMeta {
  readonly env: { readonly MODE: string };
}
