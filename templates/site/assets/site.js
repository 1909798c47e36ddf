// What every page does with JavaScript, each a progressive enhancement: without this script the menu
// is a list of links, /indicatoren/ is the whole grouped list, and printing shows the charts' tables
// through the print style sheet. No library, no eval, no inline code (the CSP is default-src 'self').
(function () {
  'use strict';

  // The menu folds behind a button on a narrow screen (NL Design System's pattern: a disclosure
  // button with aria-expanded that controls the list). The style sheet shows the button and hides
  // the list only when this script marked the menu collapsible.
  var nav = document.querySelector('.site-nav');
  var toggle = nav && nav.querySelector('.site-nav__toggle');
  var list = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
  if (nav && toggle && list) {
    nav.classList.add('site-nav--collapsible');
    var setOpen = function (open) {
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('site-nav--open', open);
    };
    toggle.addEventListener('click', function () { setOpen(toggle.getAttribute('aria-expanded') !== 'true'); });
    nav.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') { setOpen(false); toggle.focus(); }
    });
  }

  // /indicatoren/: a filter box that narrows the grouped list as you type. A group without a match
  // is hidden; a status line says how many indicators are shown.
  var holder = document.querySelector('[data-filter-target]');
  var target = holder && document.getElementById(holder.getAttribute('data-filter-target'));
  if (holder && target) {
    var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
    var label = document.createElement('label');
    label.className = 'utrecht-form-label';
    label.setAttribute('for', 'indicator-filter-input');
    label.textContent = 'Zoek een indicator';
    var input = document.createElement('input');
    input.type = 'search';
    input.id = 'indicator-filter-input';
    input.className = 'utrecht-textbox utrecht-textbox--html-input';
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('aria-describedby', 'indicator-filter-status');
    var status = document.createElement('p');
    status.id = 'indicator-filter-status';
    status.className = 'indicator-filter__status';
    status.setAttribute('role', 'status');
    holder.appendChild(label);
    holder.appendChild(input);
    holder.appendChild(status);
    var items = target.querySelectorAll('li');
    var groups = target.querySelectorAll('section');
    var texts = [];
    for (var i = 0; i < items.length; i++) texts.push(fold(items[i].textContent));
    var filter = function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      for (var k = 0; k < items.length; k++) {
        var hit = words.every(function (w) { return texts[k].indexOf(w) >= 0; });
        items[k].hidden = !hit;
        if (hit) shown++;
      }
      for (var g = 0; g < groups.length; g++) groups[g].hidden = !groups[g].querySelector('li:not([hidden])');
      status.textContent = words.length ? (shown === 1 ? '1 indicator gevonden' : shown + ' indicatoren gevonden') : '';
    };
    input.addEventListener('input', filter);
  }

  // Printing: the charts' tables are printed open, and closed again afterwards.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    var ds = document.querySelectorAll('details.chart-data:not([open])');
    for (var d = 0; d < ds.length; d++) { ds[d].open = true; opened.push(ds[d]); }
  });
  window.addEventListener('afterprint', function () {
    while (opened.length) opened.pop().open = false;
  });
})();
