declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<{ feed: string }>;
  export default component;
}
