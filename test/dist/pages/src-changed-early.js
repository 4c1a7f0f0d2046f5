// What a site builder or an app does: it changes a widget's src, and a <care-feed>'s, once the loader has asked for
// their first feed, before their code has arrived. The first feeds never finish arriving (/stall/), so a request of
// one left going stays open. Every request's signal is kept, to see which were stopped.
window.feedSignals = {};
const probeFetch = window.fetch;
window.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  window.feedSignals[url.pathname + url.search] = init && init.signal;
  if (url.pathname.startsWith('/stall/')) {
    setTimeout(() => {
      const element = document.querySelector(`[src="${url.pathname}${url.search}"]`);
      element.setAttribute('src', element.localName === 'care-feed' ? 'feed.json?provider' : 'feed.json?changed');
    });
  }
  return probeFetch(input, init);
};
