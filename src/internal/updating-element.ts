/**
 * The update cycle every element here is built on: Lit's templates (`html`, rendered by lit-html)
 * in an open shadow root, driven by declared properties, with LitElement's lifecycle
 * (`willUpdate`, `render`, `firstUpdated`, `updated`, `updateComplete`) and the same timing.
 *
 * Written here rather than extending LitElement, for every visitor's bytes: LitElement and
 * ReactiveElement are about 3 KB gzip of each page, and most of it serves what no element here
 * uses (decorators, reflecting properties to attributes, custom converters and change checks,
 * ShadyCSS, hydration). What is kept behaves as Lit's does, so a widget reads as a Lit element:
 * - `static properties`: `{ attribute: 'days-ahead', type: Number }`, `{ type: Boolean }`,
 *   `{ attribute: false }` for a property only, `{ state: true }` for internal state;
 * - a property set on the element before its code arrived is kept (the loader defines tags late);
 * - a property set in `willUpdate` or `render` joins that update; one set later asks for another;
 * - unlike Lit, an attribute removed gives its property back its default (not null), and an attribute's new
 *   text is always an update, even where it reads as the same value (a yes/no check reads the text);
 * - `css` style sheets are parsed once and adopted by every shadow root (`adoptStyles` adds one
 *   that came later, with code loaded on demand);
 * - controllers (`addController`) hear of connection and updates.
 */
import { nothing, render, type RootPart } from 'lit/html.js';

export interface PropertyDeclaration {
  /** The attribute's name (default: the property's name in lower case); `false` for a property only. */
  readonly attribute?: string | false;
  /** How the attribute's text is read, as Lit reads it: present or absent, a number, else the text itself. */
  readonly type?: BooleanConstructor | NumberConstructor;
  /** Internal state: updates the element, and has no attribute. */
  readonly state?: boolean;
}
export type PropertyDeclarations = Readonly<Record<string, PropertyDeclaration>>;
/** The properties changed in an update, with their values before it. */
export type PropertyValues = Map<PropertyKey, unknown>;

export interface ReactiveController {
  hostConnected?(): void;
  hostDisconnected?(): void;
  hostUpdate?(): void;
  hostUpdated?(): void;
}

/** A style sheet written with `css`, built once and shared by every shadow root that adopts it. */
export class CSSResult {
  #sheet?: CSSStyleSheet;
  constructor(readonly cssText: string) {}
  get styleSheet(): CSSStyleSheet {
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.replaceSync(this.cssText);
    }
    return this.#sheet;
  }
}
/** A style sheet as `static styles` takes it: ours, or one from Lit's `css`, which has the same shape. */
export interface StyleSheetSource {
  readonly cssText: string;
  /** Lit's is undefined only where a browser cannot adopt style sheets, where it is not read. */
  readonly styleSheet?: CSSStyleSheet;
}
/** Style sheets in lists, nested as a subclass adds its own to its parent's. */
export type CSSResultGroup = StyleSheetSource | readonly CSSResultGroup[];

/** A style sheet's text, as a template literal: `css\`:host { display: block }\``. */
export const css = (strings: TemplateStringsArray): CSSResult => new CSSResult(strings.join(''));

const flatten = (group: CSSResultGroup): StyleSheetSource[] => (Array.isArray(group) ? group.flatMap(flatten) : [group as StyleSheetSource]);

/** What a class learns once from its (and its ancestors') `static properties` and `static styles`. */
interface Finalized {
  /** Each declared property with its declaration. */
  properties: Map<string, PropertyDeclaration>;
  /** Each observed attribute with its property. */
  attributes: Map<string, string>;
  styles: StyleSheetSource[];
}
const finalized = new WeakMap<typeof UpdatingElement, Finalized>();

// On a server (an app's server-side rendering imports the package in Node) there is no HTMLElement: the classes are
// still made, and can be extended, so the import does not throw; the browser's import defines and upgrades them.
// (Named HTMLElement, so that custom-elements.json still reads the class as an element's.)
const HTMLElement = (globalThis.HTMLElement ?? Object) as typeof globalThis.HTMLElement;

export class UpdatingElement extends HTMLElement {
  static properties: PropertyDeclarations = {};
  static styles: CSSResultGroup = [];

  /** @internal */
  static get observedAttributes(): string[] {
    return [...this.finalized.attributes.keys()];
  }

  /** Every declared property, this class's and its ancestors', with its declaration (attributes.ts reads it). @internal */
  static get elementProperties(): ReadonlyMap<string, PropertyDeclaration> {
    return this.finalized.properties;
  }

  /** The declarations, read once per class: defines an accessor for each property on first use. @internal */
  private static get finalized(): Finalized {
    let known = finalized.get(this);
    if (known) return known;
    // Each class adds its own declarations to its parent's; the base has none and no parent of ours.
    const inherited = this === UpdatingElement ? undefined : (Object.getPrototypeOf(this) as typeof UpdatingElement).finalized;
    const properties = new Map(inherited?.properties);
    const own = Object.hasOwn(this, 'properties') ? this.properties : {};
    for (const [name, declaration] of Object.entries(own)) {
      properties.set(name, declaration);
      Object.defineProperty(this.prototype, name, {
        get(this: UpdatingElement) {
          return this.#values.get(name);
        },
        set(this: UpdatingElement, value: unknown) {
          if (!this.#values.has(name)) this.#defaults.set(name, value);
          const old = this.#values.get(name);
          this.#values.set(name, value);
          this.requestUpdate(name, old);
        },
        configurable: true,
        enumerable: true,
      });
    }
    const attributes = new Map<string, string>();
    for (const [name, { attribute, state }] of properties) {
      if (!state && attribute !== false) attributes.set(attribute ?? name.toLowerCase(), name);
    }
    known = { properties, attributes, styles: [...new Set(flatten(this.styles))] };
    finalized.set(this, known);
    return known;
  }

  /** The shadow root the element renders into, made on its first connection. */
  renderRoot!: ShadowRoot;
  /** Whether the element has rendered once. */
  hasUpdated = false;

  /** The properties' values, kept apart from the element (and from whatever a page added to Object.prototype). */
  #values = new Map<string, unknown>();
  #changed: PropertyValues = new Map();
  #pending = false;
  /** Settles when the update asked for last is done; the first waits for the first connection. */
  #done: Promise<boolean>;
  #connect!: () => void;
  #part?: RootPart;
  #controllers?: Set<ReactiveController>;
  /** Properties the page set on the element before its class was defined, put back in the first update. */
  #early?: [string, unknown][];
  /** Each property's first value, its class's default, put back when its attribute is removed. */
  #defaults = new Map<string, unknown>();

  constructor() {
    super();
    this.#done = new Promise((resolve) => (this.#connect = () => resolve(true)));
    const own = this as unknown as Record<string, unknown>;
    for (const name of this.#finalized.properties.keys()) {
      if (!Object.hasOwn(this, name)) continue;
      (this.#early ??= []).push([name, own[name]]);
      delete own[name];
    }
    this.requestUpdate();
  }

  get #finalized(): Finalized {
    return (this.constructor as typeof UpdatingElement).finalized;
  }

  /** Sets a declared property through its accessor, as a page's script would. */
  #assign(name: string, value: unknown): void {
    (this as unknown as Record<string, unknown>)[name] = value;
  }

  #tellControllers(hook: keyof ReactiveController): void {
    this.#controllers?.forEach((controller) => controller[hook]?.());
  }

  /** Settles with `true` when the element has rendered every change made so far. */
  get updateComplete(): Promise<boolean> {
    return this.#done;
  }

  /** @internal */
  addController(controller: ReactiveController): void {
    (this.#controllers ??= new Set()).add(controller);
    if (this.renderRoot && this.isConnected) controller.hostConnected?.();
  }

  /** @internal */
  removeController(controller: ReactiveController): void {
    this.#controllers?.delete(controller);
  }

  /** @internal */
  connectedCallback(): void {
    if (!this.renderRoot) {
      this.renderRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      this.adoptStyles(this.#finalized.styles);
    }
    this.#connect();
    this.#tellControllers('hostConnected');
    this.#part?.setConnected(true);
  }

  /**
   * Adds style sheets after those the element has: its class's, on first connection, and later
   * those that come with code loaded on demand (a widget's details), so no page downloads them first.
   */
  protected adoptStyles(styles: readonly StyleSheetSource[]): void {
    const root = this.renderRoot;
    // Browsers that adopt style sheets have the list on every shadow root (and construct them: both came together).
    if (root.adoptedStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...styles.map((style) => style.styleSheet!)];
    // Browsers before constructable style sheets (Safari 16.3 and older) get <style> elements, after the
    // others and before what the template renders.
    else for (const { cssText } of styles) root.insertBefore(document.createElement('style'), root.querySelector(':scope > style:last-of-type')?.nextSibling ?? root.firstChild).textContent = cssText;
  }

  /** @internal */
  disconnectedCallback(): void {
    this.#tellControllers('hostDisconnected');
    this.#part?.setConnected(false);
  }

  /** @internal */
  attributeChangedCallback(attribute: string, old: string | null, text: string | null): void {
    const { attributes, properties } = this.#finalized;
    const name = attributes.get(attribute);
    if (name === undefined || text === old) return;
    const { type } = properties.get(name)!;
    // New text is a change even where it reads as the same value (no-dismiss="" then "false", both true until the
    // yes/no check reads the text; "abc" then "xyz", both NaN): the update's checks read it as they would have had it
    // been written from the start.
    if (!this.#changed.has(name)) this.#changed.set(name, this.#values.get(name));
    // An attribute removed gives back the property's default, as if it had never been written: not null, which a
    // number or a text would then be warned about.
    this.#values.set(name, text === null ? this.#defaults.get(name) : type === Boolean || (type === Number ? Number(text) : text));
    this.requestUpdate();
  }

  /**
   * Asks for an update, after the current task's other changes. With a property's name and its
   * value before, only when the value did change (as Lit's `Object.is` check).
   */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined) {
      if (Object.is(this.#values.get(name), old)) return;
      if (!this.#changed.has(name)) this.#changed.set(name, old);
    }
    if (!this.#pending) this.#done = this.#enqueue();
  }

  async #enqueue(): Promise<boolean> {
    this.#pending = true;
    try {
      await this.#done;
    } catch (error) {
      // An earlier update threw: it is reported (unhandled), and this one still runs.
      void Promise.reject(error);
    }
    this.#update();
    return !this.#pending;
  }

  #update(): void {
    if (this.#early) {
      for (const [name, value] of this.#early) this.#assign(name, value);
      this.#early = undefined;
    }
    const changed = this.#changed;
    try {
      this.willUpdate(changed);
      this.#tellControllers('hostUpdate');
      const template = this.render();
      this.#settle();
      this.#part = render(template, this.renderRoot, { host: this });
    } catch (error) {
      this.#settle();
      throw error;
    }
    this.#tellControllers('hostUpdated');
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated(changed);
    }
    this.updated(changed);
  }

  /** From here on, a property set asks for a new update. */
  #settle(): void {
    this.#changed = new Map();
    this.#pending = false;
  }

  /** Before each render: work out state from the changed properties; sets here join this update. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** The element's content, as a Lit template. */
  protected render(): unknown {
    return nothing;
  }

  /** After the first render, once. */
  protected firstUpdated(_changed: PropertyValues): void {}

  /** After each render. */
  protected updated(_changed: PropertyValues): void {}
}
