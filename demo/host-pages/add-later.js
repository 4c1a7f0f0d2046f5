// "Add a banner now": adds a widget with its feed inside, long after the widgets' script
// has run, the way a page's own script (a tab, a modal, a loaded fragment) would.
document.getElementById('add-later')?.addEventListener('click', () => {
  const template = document.getElementById('later-banner');
  document.getElementById('added-later')?.append(document.importNode(template.content, true));
});
