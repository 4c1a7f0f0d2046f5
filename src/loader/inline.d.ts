/** A file's text, imported with Vite's `?inline` suffix (minified in the build). */
declare module '*?inline' {
  const text: string;
  export default text;
}
