// A site's own script that happens to define an element called care-feed before the widgets load.
customElements.define('care-feed', class extends HTMLElement {});
