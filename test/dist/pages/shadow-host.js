// An app's own element that renders a widget inside its shadow root, where the loader cannot see it.
customElements.define('app-panel', class extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: 'open' }).innerHTML = '<care-awareness-banner src="feed.json"></care-awareness-banner>';
  }
});
