// Notes when the page makes its first date formatter (`firstDateFormat`, ms since navigation started): the
// first one loads the browser's locale and time-zone data, a cost the loader takes while the code is on its way.
const DateTimeFormat = Intl.DateTimeFormat;
Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
  construct(target, args, newTarget) {
    window.firstDateFormat ??= performance.now();
    return Reflect.construct(target, args, newTarget === Intl.DateTimeFormat ? target : newTarget);
  },
  apply(target, self, args) {
    window.firstDateFormat ??= performance.now();
    return Reflect.apply(target, self, args);
  },
});
// And when the finder's code has run (`finderDefined`): the formatter is to be made before.
customElements.whenDefined('care-session-finder').then(() => { window.finderDefined = performance.now(); });
