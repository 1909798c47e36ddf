// Values on hover and on keyboard focus for the site's charts: a progressive enhancement. Without
// this script a chart is its SVG and the table beside it; with it, the point nearest the pointer
// (or the one chosen with the arrow keys) shows its value. The points and their Dutch labels are
// written at build time (data-points: x, y in the SVG's own units, label); no eval, no inline code.
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var boxes = document.querySelectorAll('.chart-svg[data-points]');
  for (var i = 0; i < boxes.length; i++) enhance(boxes[i]);

  function enhance(box) {
    var svg = box.querySelector('svg');
    var points;
    try { points = JSON.parse(box.getAttribute('data-points')); } catch (e) { return; }
    if (!svg || !points || !points.length) return;
    points.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var tip = document.createElement('p');
    tip.className = 'chart-tip';
    tip.setAttribute('aria-live', 'polite');
    tip.hidden = true;
    box.appendChild(tip);
    var mark = document.createElementNS(NS, 'circle');
    mark.setAttribute('r', '5');
    mark.setAttribute('class', 'chart-tip-mark');
    mark.setAttribute('visibility', 'hidden');
    svg.appendChild(mark);
    var current = -1;

    function show(k) {
      current = k;
      var p = points[k];
      mark.setAttribute('cx', p[0]);
      mark.setAttribute('cy', p[1]);
      mark.setAttribute('visibility', 'visible');
      tip.textContent = p[2];
      tip.hidden = false;
      // From the SVG's units to the box's pixels, as the SVG is scaled to the column.
      var m = svg.getScreenCTM();
      var b = box.getBoundingClientRect();
      if (!m) return;
      var x = m.a * p[0] + m.e - b.left;
      var y = m.d * p[1] + m.f - b.top;
      var left = Math.max(0, Math.min(x + 10, b.width - tip.offsetWidth));
      tip.style.left = left + 'px';
      tip.style.top = Math.max(0, y - tip.offsetHeight - 10) + 'px';
    }
    function hide() {
      current = -1;
      tip.hidden = true;
      mark.setAttribute('visibility', 'hidden');
    }
    // Within 30 units of a mouse, 45 of a finger (a tap is less precise than a pointer).
    function nearest(ev) {
      var m = svg.getScreenCTM();
      if (!m) return -1;
      var inv = m.inverse();
      var x = inv.a * ev.clientX + inv.c * ev.clientY + inv.e;
      var y = inv.b * ev.clientX + inv.d * ev.clientY + inv.f;
      var best = -1, dist = ev.pointerType === 'mouse' ? 900 : 2025;
      for (var k = 0; k < points.length; k++) {
        var dx = points[k][0] - x, dy = points[k][1] - y, d = dx * dx + dy * dy;
        if (d < dist) { dist = d; best = k; }
      }
      return best;
    }
    function pick(ev) {
      var k = nearest(ev);
      if (k < 0) hide();
      else if (k !== current) show(k);
    }
    svg.addEventListener('pointermove', pick);
    // A tap (touch or pen) has no hover: the point is chosen where the finger comes down, on every
    // tap. The focus the tap gives the chart must not show the first value instead, and the
    // pointerleave a touch ends with must not hide what the tap showed.
    var tapped = false;
    svg.addEventListener('pointerdown', function (ev) {
      if (ev.pointerType === 'mouse') return;
      tapped = document.activeElement !== box; // a focus follows only when the chart has none yet
      pick(ev);
    });
    svg.addEventListener('pointerleave', function (ev) {
      if (ev.pointerType === 'mouse') hide();
    });

    box.tabIndex = 0;
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', 'Waarden in de grafiek: kies met de pijltjestoetsen');
    box.addEventListener('focus', function () {
      if (tapped) { tapped = false; return; }
      show(current < 0 ? 0 : current);
    });
    box.addEventListener('blur', hide);
    box.addEventListener('keydown', function (ev) {
      var k = current;
      if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') k = Math.min(points.length - 1, k + 1);
      else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') k = Math.max(0, k - 1);
      else if (ev.key === 'Home') k = 0;
      else if (ev.key === 'End') k = points.length - 1;
      else if (ev.key === 'Escape') { hide(); return; }
      else return;
      ev.preventDefault();
      show(k);
    });
  }
})();
