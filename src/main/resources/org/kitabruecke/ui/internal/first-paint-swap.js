// Swaps the server-rendered copy of a parent page (#kb-first-paint) for the live page once Vaadin's client has built
// it. Whatever the parent ticked or typed in the copy meanwhile is carried into the live fields (and sent to the
// server by their own change events), the focus stays in the same field, and a button pressed in the copy is pressed
// again in the live page. The copy's fields carry other names than the live ones, so that a radio button of the copy
// and its live twin are never one group, where ticking one would untick the other.
(() => {
  const copy = document.getElementById('kb-first-paint');
  if (!copy) return;
  let pressed = null;
  copy.addEventListener('click', event => {
    // "read aloud" is no form button: it works on the copy and must not be pressed again (which would stop it)
    const button = event.target instanceof Element && event.target.closest('button[id]:not([data-read-aloud])');
    if (button) pressed = button.id;
  }, true);
  new MutationObserver((changes, observer) => {
    const live = [...document.querySelectorAll('.kb-public')].find(frame => !copy.contains(frame));
    if (!live) return;
    observer.disconnect();
    const twin = id => live.querySelector('#' + CSS.escape(id));
    // unticked first, then ticked: a radio group ends with the copy's choice, whatever the order on the page
    const fields = [...copy.querySelectorAll('input[id], textarea[id], select[id]')]
        .sort((a, b) => Number(a.checked === true) - Number(b.checked === true));
    for (const field of fields) {
      const target = twin(field.id);
      if (!target) continue;
      if (field.type === 'checkbox' || field.type === 'radio') {
        if (target.checked === field.checked) continue;
        target.checked = field.checked;
      } else {
        if (target.value === field.value) continue;
        target.value = field.value;
        target.dispatchEvent(new Event('input', {bubbles: true}));
      }
      target.dispatchEvent(new Event('change', {bubbles: true}));
    }
    const focused = copy.contains(document.activeElement) ? document.activeElement.id : '';
    copy.remove();
    // the focus stays in the same field, without scrolling to it: the parent's thumb may already be on its way to
    // "Next", and a page scrolled under it made the tap land on another answer
    if (focused) twin(focused)?.focus({preventScroll: true});
    if (pressed) twin(pressed)?.click();
  }).observe(document.body, {childList: true, subtree: true});
})();
