// What a few links and buttons do in the browser alone, before and after Vaadin's client has loaded: quick exit,
// the skip link and "print". Listeners instead of onclick attributes, which the Content-Security-Policy blocks.
(() => {
  const actions = {
    // leaves to a neutral site and replaces the portal in the history; on its way out it tells the portal to forget
    // this browser (session, drafts, cookies) without waiting for an answer
    'quick-exit': link => {
      try {
        navigator.sendBeacon('leave');
        document.cookie = 'kb_lang=; max-age=0; path=/';
      } catch (e) {
        // leaving matters more than forgetting
      }
      location.replace(link.href);
    },
    // moves the focus without leaving the page (a bare #main would resolve against <base href>)
    'skip': () => {
      const main = document.getElementById('main');
      main.focus();
      main.scrollIntoView();
    },
    'print': () => print()
  };
  document.addEventListener('click', event => {
    const target = event.target instanceof Element && event.target.closest('[data-kb-action]');
    const action = target && actions[target.dataset.kbAction];
    if (!action) return;
    event.preventDefault();
    action(target);
  });
})();
