// "Read aloud": the phone's own speech voices read the page in its language, sentence by sentence, and the sentence
// being read is highlighted. Nothing leaves the phone (Web Speech API, no cloud). Offered only where the phone has a
// voice for the page's language; works on the first paint, before Vaadin's client has loaded, and after it, since it
// listens on the document. A quick exit or leaving the page stops the voice at once: nobody may hear afterwards what
// a parent was reading.
(() => {
  const synth = window.speechSynthesis;
  if (!synth || !window.SpeechSynthesisUtterance) return;
  const root = document.documentElement;
  const BLOCKS = 'h1,h2,h3,h4,p,li,label,legend,dt,dd,th,td,summary,figcaption,blockquote';
  let reading = null;

  // Leichte Sprache (de-x-ls) is read by a German voice; Dari by a Dari voice, else a Persian one
  const wanted = () => {
    const tag = (root.lang || 'de').toLowerCase().replace('-x-ls', '');
    const base = tag.split('-')[0];
    return tag === 'fa-af' ? ['fa-af', 'prs', 'fa'] : [tag, base];
  };
  const voice = () => {
    const voices = synth.getVoices();
    for (const want of wanted()) {
      const found = voices.find(v => {
        const lang = (v.lang || '').toLowerCase().replace('_', '-');
        return lang === want || lang.startsWith(want + '-');
      });
      if (found) return found;
    }
    return null;
  };
  const offer = () => root.classList.toggle('kb-can-read', voice() !== null);
  offer();
  synth.addEventListener('voiceschanged', offer);
  new MutationObserver(() => { stop(); offer(); }).observe(root, { attributes: true, attributeFilter: ['lang'] });

  const visible = element => element.getClientRects().length > 0 && !element.closest('[hidden],[aria-hidden=true]');
  const shownMain = () => [...document.querySelectorAll('main')].find(visible);

  // every sentence of the page as a DOM range, in reading order
  const sentences = main => {
    const ranges = [];
    const segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter(root.lang, { granularity: 'sentence' }) : null;
    const blocks = [...main.querySelectorAll(BLOCKS)].filter(b => visible(b) && !b.parentElement.closest(BLOCKS));
    for (const block of blocks) {
      const nodes = [];
      let text = '';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
        acceptNode: n => n.parentElement.closest('script,style,svg,[hidden],[aria-hidden=true]')
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
      });
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: text.length });
        text += node.data;
      }
      const parts = segmenter ? [...segmenter.segment(text)].map(s => ({ at: s.index, text: s.segment }))
        : text.split(/(?<=[.!?؟。])\s+/).reduce((all, part) => {
            const at = all.length ? all[all.length - 1].at + all[all.length - 1].text.length : 0;
            return all.concat({ at: text.indexOf(part, at), text: part });
          }, []);
      for (const part of parts) {
        const lead = part.text.length - part.text.trimStart().length;
        const spoken = part.text.trim();
        if (!spoken) continue;
        const range = document.createRange();
        place(range, nodes, part.at + lead, true);
        place(range, nodes, part.at + lead + spoken.length, false);
        ranges.push({ range, text: spoken });
      }
    }
    return ranges;
  };
  const place = (range, nodes, offset, start) => {
    let hit = nodes[0];
    for (const n of nodes) if (n.start <= offset) hit = n;
    const at = Math.min(offset - hit.start, hit.node.data.length);
    if (start) range.setStart(hit.node, at); else range.setEnd(hit.node, at);
  };

  const highlight = range => {
    if (window.CSS && CSS.highlights && window.Highlight) {
      if (range) CSS.highlights.set('kb-reading', new Highlight(range)); else CSS.highlights.delete('kb-reading');
    } else {
      const selection = getSelection();
      selection.removeAllRanges();
      if (range) selection.addRange(range);
    }
    const box = range && range.getBoundingClientRect();
    if (box && (box.top < 0 || box.bottom > innerHeight)) {
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    }
  };
  const show = on => document.querySelectorAll('[data-read-aloud]').forEach(button => {
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    const label = button.querySelector('.kb-read-label');
    if (label) label.textContent = button.dataset[on ? 'stopLabel' : 'startLabel'];
  });

  const stop = () => {
    if (!reading) return;
    reading = null;
    synth.cancel();
    highlight(null);
    show(false);
  };
  const start = () => {
    const main = shownMain();
    const chosen = voice();
    if (!main || !chosen) return;
    const session = { queue: sentences(main) };
    reading = session;
    show(true);
    const next = index => {
      if (reading !== session) return;
      if (index >= session.queue.length) { stop(); return; }
      const sentence = session.queue[index];
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.voice = chosen;
      utterance.lang = chosen.lang;
      utterance.onstart = () => {
        if (reading !== session) return;
        // the live page has taken the first paint's place meanwhile: the same sentences, in the new elements
        if (!sentence.range.startContainer.isConnected) {
          const main = shownMain();
          if (main) session.queue = sentences(main).length === session.queue.length ? sentences(main) : session.queue;
        }
        highlight(session.queue[index].range);
      };
      utterance.onend = () => next(index + 1);
      utterance.onerror = () => { if (reading === session) stop(); };
      synth.speak(utterance);
    };
    synth.cancel();
    next(0);
  };

  document.addEventListener('click', event => {
    if (event.target.closest('.kb-quick-exit')) { stop(); return; }
    const button = event.target.closest('[data-read-aloud]');
    if (!button) return;
    event.preventDefault();
    if (reading) stop(); else start();
  }, true);
  addEventListener('pagehide', stop);
})();
