// A single-page app's router: its page is named in the hash (#/groups), and a reload finds it there.
if (!location.hash) history.replaceState(null, '', '#/groups');
