// Loaded first by every CSP test page: records what the policy blocked, the
// detail of every care-feed-load (they bubble out of the widgets), what the
// console was told, and the address of every fetch.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
window.feedLoads = [];
document.addEventListener('care-feed-load', (e) => {
  window.feedLoads.push(e.detail);
});
window.consoleErrors = [];
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
window.consoleWarnings = [];
const consoleWarn = console.warn.bind(console);
console.warn = (...args) => {
  window.consoleWarnings.push(args.map(String).join(' '));
  consoleWarn(...args);
};
// Script errors and unhandled rejections (an update that throws, say).
window.pageErrors = [];
addEventListener('error', (e) => window.pageErrors.push(e.message));
addEventListener('unhandledrejection', (e) => window.pageErrors.push(String(e.reason)));
window.fetches = [];
const pageFetch = window.fetch;
window.fetch = (input, init) => {
  window.fetches.push(input instanceof Request ? input.url : String(input));
  return pageFetch(input, init);
};
