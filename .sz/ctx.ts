import { LitElement, html, css, svg, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume, provide, createContext, ContextRoot } from '@lit/context';
console.log(LitElement, html, css, svg, nothing, property, state, consume, provide, createContext, ContextRoot);
