// Starts Vaadin's client (its module script, whose address the server puts in data-src) only when the parent first
// touches a field or a button; until then the page is plain HTML and its links simply load the next page.
(() => {
  const source = document.currentScript.dataset.src;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const client = document.createElement('script');
    client.type = 'module';
    client.crossOrigin = '';
    client.src = source;
    document.head.appendChild(client);
  };
  // reading aloud is the page's own script: it needs no client
  const needsClient = event => event.target instanceof Element && !event.target.closest('[data-read-aloud]')
      && event.target.closest('input, select, textarea, button, label, [data-kb-client]');
  for (const type of ['pointerdown', 'keydown', 'focusin']) {
    addEventListener(type, event => { if (needsClient(event)) start(); }, {capture: true, passive: true});
  }
})();
