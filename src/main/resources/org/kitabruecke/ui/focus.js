// Kita-Brücke: moves the keyboard focus, and with it a screen reader, to what a tap changed ($0: a selector inside
// this element, or empty for this element itself; not a control? give it tabindex="-1"), and shows the whole section
// it heads (a question with its answer buttons) if the screen has room for it.
// On a parent page sent as plain HTML, Vaadin's client starts with the first tap, and right after its first answer it
// moves the whole page into its place once, which takes the focus away from wherever it is. So: if the focus is lost
// to nowhere (no other element took it, the person has not touched anything since), it is given back, once, within
// a few seconds.
const target = $0 ? this.querySelector($0) : this;
if (!target) return;
const show = () => {
  (target.closest('section') ?? target).scrollIntoView({block: 'nearest'});
  target.focus();
};
show();
let touched = false;
const touch = () => { touched = true; };
const giveBack = event => {
  if (event.relatedTarget) return;
  requestAnimationFrame(() => {
    if (!touched && target.isConnected && (document.activeElement === document.body || !document.activeElement)) {
      show();
    }
  });
};
target.addEventListener('focusout', giveBack, {once: true});
for (const type of ['pointerdown', 'keydown']) addEventListener(type, touch, {once: true, capture: true});
setTimeout(() => {
  target.removeEventListener('focusout', giveBack);
  for (const type of ['pointerdown', 'keydown']) removeEventListener(type, touch, {capture: true});
}, 3000);
