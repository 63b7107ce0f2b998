// relgraph viewer: force layout on SVG, pan/zoom, search, filters, evidence panel.
// Written for relgraph; no libraries. All page text is set with textContent, never as HTML.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var nodes = data.nodes, edges = data.edges;
  var $ = function (id) { return document.getElementById(id); };
  var svg = $('graph'), viewport = $('viewport');
  var state = { q: '', types: {}, relations: {}, selected: null };
  var view = { x: 0, y: 0, k: 1 };

  function el(tag, attrs, text, ns) {
    var e = ns ? document.createElementNS(SVG, tag) : document.createElement(tag);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]); }
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // ---- layout: Fruchterman & Reingold (1991) with grid-limited repulsion and centre gravity.
  function layout() {
    var n = nodes.length, i, j;
    if (n === 0) return;
    var k = 60, area = n * k * k;
    for (i = 0; i < n; i++) {
      // Deterministic start on a sunflower spiral, so every load gives the same picture.
      var r = k * 0.8 * Math.sqrt(i + 0.5), a = i * 2.399963229728653;
      nodes[i].x = r * Math.cos(a);
      nodes[i].y = r * Math.sin(a);
    }
    var iterations = n < 300 ? 300 : n < 3000 ? 120 : 50;
    var temp = Math.sqrt(area) / 8, cool = temp / (iterations + 1);
    var dx = new Float64Array(n), dy = new Float64Array(n), cell = 2 * k;
    for (var it = 0; it < iterations; it++) {
      dx.fill(0); dy.fill(0);
      var grid = new Map();
      for (i = 0; i < n; i++) {
        var key = Math.floor(nodes[i].x / cell) + ',' + Math.floor(nodes[i].y / cell);
        var bucket = grid.get(key);
        if (bucket) bucket.push(i); else grid.set(key, [i]);
      }
      for (i = 0; i < n; i++) {
        var gx = Math.floor(nodes[i].x / cell), gy = Math.floor(nodes[i].y / cell);
        for (var ox = -1; ox <= 1; ox++) {
          for (var oy = -1; oy <= 1; oy++) {
            var b = grid.get((gx + ox) + ',' + (gy + oy));
            if (!b) continue;
            for (var q = 0; q < b.length; q++) {
              j = b[q];
              if (j === i) continue;
              var ddx = nodes[i].x - nodes[j].x, ddy = nodes[i].y - nodes[j].y;
              var d2 = ddx * ddx + ddy * ddy;
              if (d2 < 0.01) { ddx = 0.1 * ((i % 7) - 3 || 1); ddy = 0.1; d2 = ddx * ddx + ddy * ddy; }
              if (d2 > cell * cell) continue;
              var f = (k * k) / d2;
              dx[i] += ddx * f; dy[i] += ddy * f;
            }
          }
        }
      }
      for (var e = 0; e < edges.length; e++) {
        var s = edges[e].s, t = edges[e].t;
        if (s === t) continue;
        var ex = nodes[s].x - nodes[t].x, ey = nodes[s].y - nodes[t].y;
        var d = Math.sqrt(ex * ex + ey * ey) || 0.01, fa = d / k;
        dx[s] -= ex * fa; dy[s] -= ey * fa; dx[t] += ex * fa; dy[t] += ey * fa;
      }
      for (i = 0; i < n; i++) {
        dx[i] -= nodes[i].x * 0.02; dy[i] -= nodes[i].y * 0.02;
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (len > 0) {
          var step = Math.min(len, temp) / len;
          nodes[i].x += dx[i] * step; nodes[i].y += dy[i] * step;
        }
      }
      temp -= cool;
    }
  }

  // ---- drawing
  var nodeEls = [], edgeEls = [];
  function radius(nd) { return Math.max(4, nd.size / 2); }

  function draw() {
    var showEdgeLabels = edges.length <= 120, showNodeLabels = nodes.length <= 400;
    var byMentions = nodes.map(function (nd, i) { return i; })
      .sort(function (a, b) { return nodes[b].mentions - nodes[a].mentions || a - b; });
    var labelled = {};
    byMentions.slice(0, showNodeLabels ? nodes.length : 150).forEach(function (i) { labelled[i] = true; });
    edges.forEach(function (ed, i) {
      var a = nodes[ed.s], b = nodes[ed.t];
      var g = el('g', { 'class': 'edge' + (ed.negated ? ' neg' : ''), 'data-id': ed.id }, undefined, true);
      var ux = b.x - a.x, uy = b.y - a.y, len = Math.sqrt(ux * ux + uy * uy) || 1;
      var rb = radius(b) + 2;
      var attrs = { x1: a.x, y1: a.y, x2: b.x - ux / len * rb, y2: b.y - uy / len * rb };
      var vis = el('line', attrs, undefined, true);
      vis.setAttribute('class', 'vis');
      vis.setAttribute('stroke-width', Math.min(6, 1 + Math.log2(ed.weight)));
      vis.setAttribute('marker-end', ed.negated ? 'url(#arrow-neg)' : 'url(#arrow)');
      var hit = el('line', attrs, undefined, true);
      hit.setAttribute('class', 'hit');
      hit.appendChild(el('title', {}, a.name + ' — ' + ed.label + ' → ' + b.name, true));
      g.appendChild(vis); g.appendChild(hit);
      if (showEdgeLabels) {
        g.appendChild(el('text', { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 3, 'text-anchor': 'middle' }, ed.label, true));
      }
      g.addEventListener('click', function (ev) { ev.stopPropagation(); select({ edge: i }); });
      $('edges').appendChild(g);
      edgeEls.push(g);
    });
    nodes.forEach(function (nd, i) {
      var g = el('g', { 'class': 'node', 'data-id': nd.id, transform: 'translate(' + nd.x + ',' + nd.y + ')' }, undefined, true);
      g.appendChild(el('circle', { r: radius(nd), fill: nd.color }, undefined, true));
      g.firstChild.appendChild(el('title', {}, nd.name + ' (' + nd.label + ', ' + nd.mentions + ' mentions)', true));
      var label = el('text', { x: radius(nd) + 3, y: 4 }, nd.name, true);
      if (!labelled[i]) label.setAttribute('class', 'hidden');
      g.appendChild(label);
      g.addEventListener('click', function (ev) { ev.stopPropagation(); select({ node: i }); });
      $('nodes').appendChild(g);
      nodeEls.push(g);
    });
  }

  // ---- pan and zoom: a transform on the viewport group, in screen pixels.
  function applyView() {
    viewport.setAttribute('transform', 'translate(' + view.x + ',' + view.y + ') scale(' + view.k + ')');
  }
  function fit() {
    var w = svg.clientWidth || 800, h = svg.clientHeight || 600;
    if (nodes.length === 0) { view = { x: w / 2, y: h / 2, k: 1 }; applyView(); return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    nodes.forEach(function (nd) {
      x0 = Math.min(x0, nd.x); y0 = Math.min(y0, nd.y); x1 = Math.max(x1, nd.x); y1 = Math.max(y1, nd.y);
    });
    var pad = 60, k = Math.min((w - 2 * pad) / Math.max(x1 - x0, 1), (h - 2 * pad) / Math.max(y1 - y0, 1), 2);
    view = { k: k, x: w / 2 - k * (x0 + x1) / 2, y: h / 2 - k * (y0 + y1) / 2 };
    applyView();
  }
  function zoomAt(factor, px, py) {
    var k = Math.max(0.02, Math.min(40, view.k * factor));
    view.x = px - (px - view.x) * (k / view.k);
    view.y = py - (py - view.y) * (k / view.k);
    view.k = k;
    applyView();
  }
  svg.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var r = svg.getBoundingClientRect();
    zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX - r.left, ev.clientY - r.top);
  }, { passive: false });
  var drag = null;
  svg.addEventListener('pointerdown', function (ev) {
    var onItem = ev.target.closest && ev.target.closest('.node, .edge');
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false, bg: !onItem };
  });
  window.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    var mx = ev.clientX - drag.x, my = ev.clientY - drag.y;
    if (Math.abs(mx) + Math.abs(my) > 3) { drag.moved = true; svg.classList.add('panning'); }
    view.x = drag.vx + mx; view.y = drag.vy + my; applyView();
  });
  window.addEventListener('pointerup', function () {
    if (drag && !drag.moved && drag.bg) select(null);
    drag = null; svg.classList.remove('panning');
  });
  function centre(i) {
    var w = svg.clientWidth || 800, h = svg.clientHeight || 600;
    view.x = w / 2 - view.k * nodes[i].x; view.y = h / 2 - view.k * nodes[i].y; applyView();
  }
  $('zoom-in').addEventListener('click', function () { zoomAt(1.4, svg.clientWidth / 2, svg.clientHeight / 2); });
  $('zoom-out').addEventListener('click', function () { zoomAt(1 / 1.4, svg.clientWidth / 2, svg.clientHeight / 2); });
  $('zoom-fit').addEventListener('click', fit);

  // ---- search and filters
  function fold(s) {
    return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  nodes.forEach(function (nd) { nd.keys = [nd.name].concat(nd.aliases).map(fold); });

  function matches(nd, q) {
    return nd.keys.some(function (key) { return key.indexOf(q) >= 0; });
  }

  function apply() {
    var q = fold(state.q.trim()), hits = [];
    var visible = nodes.map(function (nd) { return state.types[nd.type] !== false; });
    var shown = 0;
    nodes.forEach(function (nd, i) {
      var hit = q !== '' && visible[i] && matches(nd, q);
      if (hit) hits.push(i);
      var cls = 'node';
      if (!visible[i]) cls += ' hidden'; else shown++;
      if (hit) cls += ' hit'; else if (q !== '') cls += ' dim';
      if (state.selected && state.selected.node === i) cls += ' sel';
      nodeEls[i].setAttribute('class', cls);
      if (hit) nodeEls[i].lastChild.removeAttribute('class');
    });
    edges.forEach(function (ed, i) {
      var on = visible[ed.s] && visible[ed.t] && state.relations[ed.label] !== false;
      var cls = 'edge' + (ed.negated ? ' neg' : '');
      if (!on) cls += ' hidden';
      if (q !== '' && !(hits.indexOf(ed.s) >= 0 || hits.indexOf(ed.t) >= 0)) cls += ' dim';
      if (state.selected && state.selected.edge === i) cls += ' sel';
      edgeEls[i].setAttribute('class', cls);
    });
    $('visible-count').textContent = String(shown);
    var list = $('search-results');
    list.textContent = '';
    hits.slice(0, 50).forEach(function (i) {
      var li = el('li', { 'class': 'result', 'data-id': nodes[i].id }, nodes[i].name);
      li.addEventListener('click', function () { select({ node: i }); centre(i); });
      list.appendChild(li);
    });
    $('hit-count').textContent = q === '' ? '' : hits.length + (hits.length === 1 ? ' match' : ' matches');
    document.body.setAttribute('data-hits', String(hits.length));
  }

  function checkbox(container, labelText, on, color, onChange) {
    var label = el('label');
    var box = el('input', { type: 'checkbox' });
    box.checked = on;
    box.addEventListener('change', function () { onChange(box.checked); apply(); });
    label.appendChild(box);
    if (color) label.appendChild(el('span', { 'class': 'swatch', style: 'background:' + color }));
    label.appendChild(document.createTextNode(labelText));
    container.appendChild(label);
    return box;
  }
  var typeBoxes = data.types.map(function (t) {
    return checkbox($('type-filters'), t[1] + ' (' + t[3] + ')', true, t[2], function (on) { state.types[t[0]] = on; });
  });
  var relationBoxes = data.relations.map(function (r) {
    return checkbox($('relation-filters'), r[0] + ' (' + r[1] + ')', true, null, function (on) { state.relations[r[0]] = on; });
  });
  function setAllRelations(on) {
    data.relations.forEach(function (r, i) { state.relations[r[0]] = on; relationBoxes[i].checked = on; });
    apply();
  }
  $('rel-all').addEventListener('click', function () { setAllRelations(true); });
  $('rel-none').addEventListener('click', function () { setAllRelations(false); });

  var search = $('search');
  search.addEventListener('input', function () {
    state.q = search.value;
    var hash = state.q ? '#q=' + encodeURIComponent(state.q) : ' ';
    history.replaceState(null, '', hash === ' ' ? location.pathname + location.search : hash);
    apply();
  });
  function fromHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    state.q = params.get('q') || '';
    search.value = state.q;
    // types=PERSON,ORG shows only those entity types (as if the other boxes were unticked).
    var only = params.get('types');
    data.types.forEach(function (t, i) {
      var on = !only || only.split(',').indexOf(t[0]) >= 0;
      state.types[t[0]] = on;
      typeBoxes[i].checked = on;
    });
    var nodeId = params.get('node'), edgeId = params.get('edge');
    var node = -1, edge = -1;
    nodes.forEach(function (nd, i) { if (nd.id === nodeId) node = i; });
    edges.forEach(function (ed, i) { if (ed.id === edgeId) edge = i; });
    if (node >= 0) select({ node: node });
    else if (edge >= 0) select({ edge: edge });
    else apply();
  }
  window.addEventListener('hashchange', fromHash);

  // ---- details panel
  function evidenceBlock(ev, roles) {
    var bq = el('blockquote');
    var src = ev.doc + ' · sentence ' + (ev.sentence + 1) + (ev.date ? ' · ' + ev.date : '') +
      ' · “' + ev.surface + '”' + (ev.modality ? ' · ' + ev.modality : '') +
      (ev.attributed_to ? ' · according to ' + ev.attributed_to : '');
    bq.appendChild(el('span', { 'class': 'src' }, src));
    var at = 0, text = ev.text;
    ev.hl.forEach(function (h) {
      if (roles.indexOf(h[2]) < 0 || h[0] < at) return;
      bq.appendChild(document.createTextNode(text.slice(at, h[0])));
      bq.appendChild(el('mark', { 'class': h[2] }, text.slice(h[0], h[1])));
      at = h[1];
    });
    bq.appendChild(document.createTextNode(text.slice(at)));
    return bq;
  }

  function select(sel) {
    state.selected = sel;
    var panel = $('details');
    panel.textContent = '';
    if (!sel) {
      panel.appendChild(el('p', { 'class': 'hint' }, 'Click a node or an edge to read its evidence.'));
    } else if (sel.node !== undefined) {
      var nd = nodes[sel.node];
      panel.appendChild(el('h2', {}, nd.name));
      panel.appendChild(el('p', { 'class': 'meta' }, nd.label + ' · ' + nd.mentions + (nd.mentions === 1 ? ' mention' : ' mentions')));
      if (nd.aliases.length) panel.appendChild(el('p', { 'class': 'meta' }, 'Also: ' + nd.aliases.join(', ')));
      if (nd.roles.length) panel.appendChild(el('p', { 'class': 'meta' }, 'Roles: ' + nd.roles.join(', ')));
      edges.forEach(function (ed) {
        if (ed.s !== sel.node && ed.t !== sel.node) return;
        panel.appendChild(el('h3', {}, nodes[ed.s].name + ' — ' + ed.label + ' → ' + nodes[ed.t].name));
        var roles = (ed.s === sel.node ? 's' : '') + (ed.t === sel.node ? 'o' : '');
        ed.evidence.forEach(function (ev) { panel.appendChild(evidenceBlock(ev, roles)); });
      });
    } else {
      var e = edges[sel.edge];
      panel.appendChild(el('h2', {}, nodes[e.s].name + ' — ' + e.label + ' → ' + nodes[e.t].name));
      panel.appendChild(el('p', { 'class': 'meta' }, e.weight + (e.weight === 1 ? ' statement' : ' statements')));
      e.evidence.forEach(function (ev) { panel.appendChild(evidenceBlock(ev, 'so')); });
    }
    apply();
  }

  $('node-count').textContent = String(nodes.length);
  $('edge-count').textContent = String(edges.length);
  layout();
  draw();
  fit();
  window.addEventListener('resize', fit);
  fromHash();
})();
