/*
  Footnotes at the foot of the page that refers to them. Chromium prints CSS paged media but has no
  page floats (`float: footnote`), so the letter lays out its own pages before it is printed: the
  print step (src/letters/print.ts) calls paginate() once the fonts are loaded. Each page is a box of
  the page area's height (letter.css: .pagina); the blocks of #bron flow into it one by one, and the
  notes of the marks on the page go to its foot (#noten holds them until then). A paragraph that does
  not fit is cut between two lines, at least two lines on either side (orphans and widows); a heading
  goes with the block after it; the closing with the signatures, a table and a figure are never cut.
  The layout is the browser's own: the same letter gives the same pages every time.
*/
function paginate() {
  var source = document.getElementById('bron');
  var store = document.getElementById('noten');
  if (!source || document.querySelector('.pagina')) return 0;
  var MM = 96 / 25.4;
  // The page area of letter.css: A4 less the margins (first page 14 mm at the top, others 38 mm).
  var FIRST = (297 - 14 - 24) * MM - 2;
  var OTHER = (297 - 38 - 24) * MM - 2;
  var MIN_LINES = 2;
  var notes = {};
  Array.prototype.forEach.call(store.querySelectorAll('aside[data-noot]'), function (n) { notes[n.dataset.noot] = n; });
  var blocks = Array.prototype.slice.call(source.children);
  var pages = [];
  var page, text, foot, limit;

  function newPage() {
    page = document.createElement('div');
    page.className = 'pagina';
    text = document.createElement('div');
    text.className = 'tekst';
    foot = document.createElement('div');
    foot.className = 'voetnoten';
    page.appendChild(text);
    page.appendChild(foot);
    document.body.insertBefore(page, source);
    limit = pages.length === 0 ? FIRST : OTHER;
    page.style.height = limit + 'px';
    pages.push(page);
  }
  // The notes of the marks on this page, in order, at its foot.
  function syncNotes() {
    var marks = text.querySelectorAll('a.nootverwijzing[data-noot]');
    var want = [];
    Array.prototype.forEach.call(marks, function (a) {
      var n = notes[a.dataset.noot];
      if (n && want.indexOf(n) < 0) want.push(n);
    });
    while (foot.firstChild) store.appendChild(foot.firstChild);
    want.forEach(function (n) { foot.appendChild(n); });
    foot.style.display = want.length ? '' : 'none';
  }
  function used() {
    var last = text.lastElementChild;
    var top = text.getBoundingClientRect().top;
    var body = last ? last.getBoundingClientRect().bottom - top : 0;
    var f = foot.style.display === 'none' ? 0 : foot.getBoundingClientRect().height + 6 * MM;
    return body + f;
  }
  function fits() {
    syncNotes();
    return used() <= limit;
  }
  // A heading, or a paragraph that leads into what follows it ("… informeren over:"), goes with the next block.
  function isHeading(el) { return /^H[1-6]$/.test(el.tagName) || (el.tagName === 'P' && /:\s*$/.test(el.textContent)); }
  // The start of each line of a block: [text node, offset] of its first visible character.
  function lineStarts(el) {
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    var range = document.createRange();
    var starts = [];
    var lastBottom = -Infinity;
    while (walker.nextNode()) {
      var t = walker.currentNode;
      if (t.parentElement && t.parentElement.closest('sup')) continue;
      for (var i = 0; i < t.length; i++) {
        if (/\s/.test(t.data[i])) continue;
        range.setStart(t, i);
        range.setEnd(t, i + 1);
        var rects = range.getClientRects();
        if (!rects.length) continue;
        var r = rects[0];
        if (r.top >= lastBottom - 1) {
          starts.push({ node: t, offset: i });
          lastBottom = r.bottom;
        } else if (r.bottom > lastBottom) lastBottom = r.bottom;
      }
    }
    return starts;
  }
  // Cut a paragraph so that its first lines fit this page; the rest is returned, or null.
  function splitParagraph(el) {
    var starts = lineStarts(el);
    for (var k = starts.length - MIN_LINES; k >= MIN_LINES; k--) {
      var range = document.createRange();
      range.setStart(starts[k].node, starts[k].offset);
      range.setEnd(el, el.childNodes.length);
      var rest = el.cloneNode(false);
      rest.removeAttribute('id');
      rest.appendChild(range.extractContents());
      if (fits()) {
        el.classList.add('afgebroken');
        rest.classList.add('vervolg');
        return rest;
      }
      while (rest.firstChild) el.appendChild(rest.firstChild);
      el.normalize();
    }
    syncNotes();
    return null;
  }
  // Cut a list between items; the rest continues its numbering.
  function splitList(el) {
    var items = Array.prototype.slice.call(el.children);
    for (var k = items.length - 1; k >= 1; k--) {
      var rest = el.cloneNode(false);
      for (var j = k; j < items.length; j++) rest.appendChild(items[j]);
      if (fits()) {
        if (el.tagName === 'OL') rest.setAttribute('start', String((Number(el.getAttribute('start')) || 1) + k));
        return rest;
      }
      for (var m = k; m < items.length; m++) el.appendChild(items[m]);
    }
    syncNotes();
    return null;
  }
  function split(el) {
    if (el.tagName === 'P') return splitParagraph(el);
    if (el.tagName === 'OL' || el.tagName === 'UL') return splitList(el);
    return null;
  }

  newPage();
  while (blocks.length) {
    var b = blocks.shift();
    text.appendChild(b);
    if (fits()) continue;
    var rest = split(b);
    if (rest) {
      blocks.unshift(rest);
      newPage();
      continue;
    }
    // The whole block goes to the next page, with the headings that lead into it.
    text.removeChild(b);
    var carry = [b];
    while (text.children.length > 1 && isHeading(text.lastElementChild)) carry.unshift(text.removeChild(text.lastElementChild));
    if (text.children.length === 0) {
      // Taller than a page on its own: it stands alone and the page grows (never lost).
      carry.forEach(function (c) { text.appendChild(c); });
      page.classList.add('overvol');
      page.style.height = '';
      page.style.minHeight = limit + 'px';
      syncNotes();
      if (blocks.length) newPage();
      continue;
    }
    syncNotes();
    newPage();
    Array.prototype.unshift.apply(blocks, carry);
  }
  syncNotes();
  source.remove();
  store.remove();
  document.body.dataset.pages = String(pages.length);
  return pages.length;
}
