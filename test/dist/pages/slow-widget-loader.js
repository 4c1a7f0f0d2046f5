// Loads the loader with the widgets' own files held back: `?late=<ms>` how long, `&classic` its classic build
// (care-widgets.iife.js) rather than the module. Each test its own delay, so its own addresses: an engine may hand
// a page a file it fetched for an earlier page from its memory, not held back.
const query = new URLSearchParams(location.search);
const script = document.createElement('script');
if (!query.has('classic')) script.type = 'module';
script.src = `/slow-widget/${query.get('late')}/dist/care-widgets${query.has('classic') ? '.iife' : ''}.js`;
document.head.append(script);
