// What a site builder or a single-page app does: widgets put in the page long after it loaded.
window.addEventListener('load', () => {
  setTimeout(() => {
    const holder = document.createElement('article');
    holder.innerHTML = '<care-feed src="feed.json"><care-awareness-banner></care-awareness-banner></care-feed>';
    document.body.append(holder);
  }, 200);
});
