// Keeps the browser's history true to what the parent sees. The address bar shows the page actually shown (the
// server may have shown an earlier step instead of the one asked for, or the confirmation instead of a form already
// sent), and a page the browser restores from its back-forward cache is loaded again, so that it shows the answers
// the server holds now instead of a frozen copy whose connection to the server is gone.
(() => {
  const shown = document.currentScript.dataset.location;
  if (shown !== undefined) {
    const address = new URL(shown, document.baseURI);
    if (address.href !== location.href) history.replaceState(history.state, '', address.href);
  }
  addEventListener('pageshow', event => { if (event.persisted) location.reload(); });
})();
