import { LitElement, html, css, svg, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
console.log(LitElement, html, css, svg, nothing, property, state);
