// Front explorer of Agrifront's report.html: written for the project, inlined into the page (no network needed).
// Reads the JSON of each <script class="explorer-data">, draws a scatter of two objectives and parallel coordinates
// with brushing, per-algorithm and per-run toggles, and shows what lies behind a clicked point.
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var OPTION_COLORS = ['#d9d9d9', '#e6ab02', '#a6761d', '#66a61e', '#1b9e77', '#e7298a', '#7570b3', '#1f78b4',
    '#a6cee3', '#b2df8a', '#fb9a99', '#fdbf6f', '#cab2d6', '#ffff99', '#8dd3c7', '#bebada', '#fb8072', '#80b1d3'];
  var GENE_CHARS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  var failed = false;

  function fail(msg) {
    failed = true;
    if (document.body) document.body.setAttribute('data-explorer', 'error: ' + msg);
  }
  window.addEventListener('error', function (e) { fail(e.message || String(e)); });

  function el(tag, attrs, parent, text) {
    var e = document.createElementNS(NS, tag);
    for (var k in attrs) if (attrs.hasOwnProperty(k)) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }
  function h(tag, attrs, parent, text) {
    var e = document.createElement(tag);
    for (var k in attrs) if (attrs.hasOwnProperty(k)) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }
  function fmt(v) {
    if (v === null || v === undefined || isNaN(v)) return '–';
    var a = Math.abs(v);
    if (a !== 0 && (a >= 1e9 || a < 1e-3)) return v.toExponential(4);
    return v.toLocaleString('en-GB', {maximumSignificantDigits: 6});
  }
  function ticks(lo, hi, n) {
    if (!(hi > lo)) return [lo];
    var step = Math.pow(10, Math.floor(Math.log10((hi - lo) / n)));
    var err = (hi - lo) / n / step;
    if (err >= 7.5) step *= 10; else if (err >= 3.5) step *= 5; else if (err >= 1.5) step *= 2;
    var out = [];
    for (var t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Math.abs(t) < step * 1e-9 ? 0 : t);
    return out;
  }
  function tickText(v, span) {
    var a = Math.abs(v);
    if (a !== 0 && (a >= 1e6 || a < 1e-3)) return v.toExponential(span / a < 1e-2 ? 3 : 2);
    return v.toLocaleString('en-GB', {maximumSignificantDigits: 6});
  }
  function label(o) {
    return o.name + ' (' + o.sense + (o.unit ? ', ' + o.unit : '') + ')';
  }

  function Explorer(root, data) {
    this.root = root;
    this.d = data;
    this.m = data.objectives.length;
    this.x = 0;
    this.y = this.m > 1 ? 1 : 0;
    this.brush = {};
    this.selected = null;
    this.points = []; // every point of every run: {s, r, i, v, feasible, run}
    var self = this;
    data.series.forEach(function (s, si) {
      s.on = true;
      s.runs.forEach(function (r, ri) {
        r.on = true;
        r.points.forEach(function (v, i) {
          self.points.push({s: si, r: ri, i: i, v: v, feasible: r.feasible[i], run: r.run});
        });
      });
    });
    this.build();
  }

  Explorer.prototype.range = function (j) {
    if (!this.ranges) this.ranges = [];
    if (!this.ranges[j]) this.ranges[j] = this.computeRange(j); // fixed per page: every drawing reuses it
    return this.ranges[j];
  };
  Explorer.prototype.computeRange = function (j) {
    var lo = Infinity, hi = -Infinity;
    function add(v) { if (v[j] < lo) lo = v[j]; if (v[j] > hi) hi = v[j]; }
    this.points.forEach(function (p) { add(p.v); });
    if (this.d.reference) {
      (this.d.reference.points || []).forEach(add);
      (this.d.reference.optima || []).forEach(add);
    }
    if (!(hi > lo)) { lo -= 1; hi += 1; }
    var pad = (hi - lo) * 0.04;
    return [lo - pad, hi + pad];
  };

  Explorer.prototype.build = function () {
    var self = this, d = this.d;
    var bar = h('div', {'class': 'ex-bar'}, this.root);
    function select(name, value, onchange) {
      h('span', {}, bar, name + ' ');
      var s = h('select', {'class': 'ex-' + name.toLowerCase()}, bar);
      d.objectives.forEach(function (o, j) {
        var opt = h('option', {value: j}, s, label(o));
        if (j === value) opt.selected = true;
      });
      s.addEventListener('change', function () { onchange(+s.value); });
      h('span', {}, bar, '  ');
    }
    select('X', this.x, function (j) { self.x = j; self.drawScatter(); });
    select('Y', this.y, function (j) { self.y = j; self.drawScatter(); });
    var clear = h('button', {type: 'button'}, bar, 'clear brushes');
    clear.addEventListener('click', function () { self.brush = {}; self.update(); self.drawParallel(); });
    this.count = h('span', {'class': 'ex-count'}, bar);

    var toggles = h('div', {'class': 'ex-toggles'}, this.root);
    d.series.forEach(function (s) {
      var box = h('span', {'class': 'ex-series'}, toggles);
      var cb = h('input', {type: 'checkbox', checked: 'checked', 'data-series': s.id}, box);
      h('span', {style: 'color:' + s.color}, box, ' \u25cf ');
      h('span', {}, box, s.label + ' ');
      var det = h('details', {'class': 'ex-runs'}, box);
      h('summary', {}, det, s.runs.length + ' runs');
      s.runs.forEach(function (r) {
        var lab = h('label', {}, det);
        var rc = h('input', {type: 'checkbox', checked: 'checked', 'data-toggle-run': r.run}, lab);
        lab.appendChild(document.createTextNode(' seed ' + r.seed + (r.median ? ' (median HV)' : '') + ' '));
        rc.addEventListener('change', function () { r.on = rc.checked; self.update(); });
      });
      cb.addEventListener('change', function () { s.on = cb.checked; self.update(); });
    });
    if (d.reference) {
      var rb = h('span', {'class': 'ex-series'}, toggles);
      var rcb = h('input', {type: 'checkbox', checked: 'checked'}, rb);
      h('span', {}, rb, ' + ' + d.reference.label + (d.reference.optima ? ', \u2605 optima' : ''));
      this.showReference = true;
      rcb.addEventListener('change', function () { self.showReference = rcb.checked; self.drawScatter(); });
    }

    this.hoverLine = h('div', {'class': 'ex-hover'}, this.root, '\u00a0');
    var plots = h('div', {'class': 'ex-plots'}, this.root);
    this.scatter = el('svg', {width: 540, height: 430, 'class': 'ex-scatter'}, plots);
    var pw = Math.max(560, 120 * this.m + 200);
    this.parallel = el('svg', {width: pw, height: 430, 'class': 'ex-parallel'}, plots);
    h('p', {'class': 'note'}, this.root, 'Hover a point for its values, click it for what lies behind it. Drag along a '
      + 'parallel axis to brush (keep the points within that range; several axes combine), double-click an axis to clear '
      + 'it. Parallel axes: best at the top, whatever the sense. Filled: feasible; hollow: infeasible. \u25c7 knee '
      + '(nearest the ideal point, objectives scaled to [0, 1] over the run\'s feasible front) and \u25a1 max\u2013min '
      + 'compromise (largest smallest relative gain over the reference values; range-scaled without them) of each '
      + 'median run: the picks of map and montecarlo (--solution knee|maxmin) and of plot parallel. Decision values are embedded for '
      + d.detailScope + '.');
    this.detail = h('div', {'class': 'ex-detail'}, this.root);
    h('p', {'class': 'note'}, this.detail, 'No point selected.');
    this.drawScatter();
    this.drawParallel();
  };

  Explorer.prototype.active = function (p) {
    var s = this.d.series[p.s];
    if (!s.on || !s.runs[p.r].on) return 0;
    for (var j in this.brush) {
      var b = this.brush[j];
      if (p.v[j] < b[0] || p.v[j] > b[1]) return 1;
    }
    return 2;
  };

  Explorer.prototype.drawScatter = function () {
    var self = this, svg = this.scatter, d = this.d;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var L = 78, R = 14, T = 14, B = 58, W = 540, H = 430;
    var rx = this.range(this.x), ry = this.range(this.y);
    function sx(v) { return L + (v - rx[0]) / (rx[1] - rx[0]) * (W - L - R); }
    function sy(v) { return H - B - (v - ry[0]) / (ry[1] - ry[0]) * (H - T - B); }
    el('rect', {x: L, y: T, width: W - L - R, height: H - T - B, fill: 'none', stroke: '#999'}, svg);
    ticks(rx[0], rx[1], 5).forEach(function (t) {
      el('line', {x1: sx(t), x2: sx(t), y1: H - B, y2: H - B + 4, stroke: '#666'}, svg);
      el('text', {x: sx(t), y: H - B + 16, 'text-anchor': 'middle', 'font-size': 10}, svg, tickText(t, rx[1] - rx[0]));
    });
    ticks(ry[0], ry[1], 5).forEach(function (t) {
      el('line', {x1: L - 4, x2: L, y1: sy(t), y2: sy(t), stroke: '#666'}, svg);
      el('text', {x: L - 6, y: sy(t) + 3, 'text-anchor': 'end', 'font-size': 10}, svg, tickText(t, ry[1] - ry[0]));
    });
    var ox = d.objectives[this.x], oy = d.objectives[this.y];
    el('text', {x: (L + W - R) / 2, y: H - 22, 'text-anchor': 'middle', 'font-size': 12}, svg,
      label(ox) + (ox.sense === 'max' ? '   better \u2192' : '   \u2190 better'));
    el('text', {x: 14, y: (T + H - B) / 2, 'text-anchor': 'middle', 'font-size': 12,
      transform: 'rotate(-90 14 ' + (T + H - B) / 2 + ')'}, svg, label(oy) + (oy.sense === 'max' ? '   better \u2192' : '   \u2190 better'));
    if (d.reference && this.showReference) {
      var g = el('g', {'data-layer': 'exact'}, svg);
      d.reference.points.forEach(function (v) {
        var X = sx(v[self.x]), Y = sy(v[self.y]);
        el('path', {d: 'M' + (X - 3) + ' ' + Y + 'h6M' + X + ' ' + (Y - 3) + 'v6', stroke: '#000', 'stroke-width': 1}, g);
      });
      (d.reference.optima || []).forEach(function (v) {
        el('text', {x: sx(v[self.x]), y: sy(v[self.y]) + 4, 'text-anchor': 'middle', 'font-size': 13, fill: '#080'}, g, '\u2605');
      });
    }
    this.circles = [];
    var layer = el('g', {'class': 'ex-points'}, svg);
    this.points.forEach(function (p, k) {
      var s = d.series[p.s];
      self.circles.push(el('circle', {cx: sx(p.v[self.x]).toFixed(1), cy: sy(p.v[self.y]).toFixed(1), r: 3.2, 'data-run': p.run,
        'data-index': p.i, 'data-k': k, 'class': 'pt', fill: p.feasible ? s.color : 'none', stroke: s.color, 'fill-opacity': 0.7}, layer));
    });
    // one listener per plot, not per point: thousands of points stay quick to draw
    function pointOf(ev) { var k = ev.target.getAttribute && ev.target.getAttribute('data-k'); return k === null ? -1 : +k; }
    layer.addEventListener('click', function (ev) { var k = pointOf(ev); if (k >= 0) self.select(k); });
    layer.addEventListener('mouseover', function (ev) { var k = pointOf(ev); if (k >= 0) self.hover(k, true); });
    layer.addEventListener('mouseout', function (ev) { var k = pointOf(ev); if (k >= 0) self.hover(k, false); });
    // picks of the median runs, drawn over the points (not circles: they do not count as points)
    d.series.forEach(function (s) {
      s.runs.forEach(function (r) {
        if (!r.median) return;
        if (r.knee !== undefined && r.knee >= 0) {
          var v = r.points[r.knee], X = sx(v[self.x]), Y = sy(v[self.y]);
          el('path', {d: 'M' + X + ' ' + (Y - 8) + 'L' + (X + 8) + ' ' + Y + 'L' + X + ' ' + (Y + 8) + 'L' + (X - 8) + ' ' + Y + 'Z',
            fill: 'none', stroke: s.color, 'stroke-width': 2, 'class': 'pick', 'data-pick': 'knee', 'pointer-events': 'none'}, svg);
        }
        if (r.maxmin !== undefined && r.maxmin >= 0) {
          var w = r.points[r.maxmin];
          el('rect', {x: sx(w[self.x]) - 6, y: sy(w[self.y]) - 6, width: 12, height: 12, fill: 'none', stroke: s.color,
            'stroke-width': 2, 'class': 'pick', 'data-pick': 'maxmin', 'pointer-events': 'none'}, svg);
        }
      });
    });
    this.update();
  };

  Explorer.prototype.axisY = function (j, v) {
    // parallel axes: best at the top
    var r = this.range(j), t = (v - r[0]) / (r[1] - r[0]);
    if (this.d.objectives[j].sense !== 'max') t = 1 - t;
    return this.PB - t * (this.PB - this.PT);
  };
  Explorer.prototype.fromAxisY = function (j, Y) {
    var r = this.range(j), t = (this.PB - Y) / (this.PB - this.PT);
    if (this.d.objectives[j].sense !== 'max') t = 1 - t;
    return r[0] + t * (r[1] - r[0]);
  };

  Explorer.prototype.drawParallel = function () {
    var self = this, svg = this.parallel, d = this.d, m = this.m;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var W = +svg.getAttribute('width');
    this.PT = 30; this.PB = 370;
    var gap = m > 1 ? (W - 270) / (m - 1) : 0; // wide margins: axis labels carry long units
    this.ax = function (j) { return 135 + j * gap; };
    var lines = el('g', {}, svg);
    this.polylines = this.points.map(function (p, k) {
      var pts = [];
      for (var j = 0; j < m; j++) pts.push(self.ax(j) + ',' + self.axisY(j, p.v[j]).toFixed(1));
      var s = d.series[p.s];
      return el('polyline', {points: pts.join(' '), fill: 'none', stroke: s.color, 'stroke-opacity': 0.3, 'stroke-width': 1,
        'data-run': p.run, 'data-line': p.i, 'data-k': k, 'stroke-dasharray': p.feasible ? '' : '3 2'}, lines);
    });
    lines.addEventListener('click', function (ev) {
      var k = ev.target.getAttribute && ev.target.getAttribute('data-k');
      if (k !== null) self.select(+k);
    });
    for (var j = 0; j < m; j++) (function (j) {
      var X = self.ax(j), o = d.objectives[j], r = self.range(j);
      el('line', {x1: X, x2: X, y1: self.PT, y2: self.PB, stroke: '#444', 'stroke-width': 1.5}, svg);
      var best = o.sense === 'max' ? r[1] : r[0], worst = o.sense === 'max' ? r[0] : r[1];
      el('text', {x: X, y: self.PT - 8, 'text-anchor': 'middle', 'font-size': 10}, svg, tickText(best, r[1] - r[0]));
      el('text', {x: X, y: self.PB + 14, 'text-anchor': 'middle', 'font-size': 10}, svg, tickText(worst, r[1] - r[0]));
      el('text', {x: X, y: self.PB + 30, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 'bold'}, svg, o.name);
      el('text', {x: X, y: self.PB + 44, 'text-anchor': 'middle', 'font-size': 10}, svg,
        '(' + o.sense + (o.unit ? ', ' + o.unit : '') + ')');
      if (self.brush[j]) {
        var clamp = function (y) { return Math.max(self.PT, Math.min(self.PB, y)); };
        var y1 = clamp(self.axisY(j, self.brush[j][0])), y2 = clamp(self.axisY(j, self.brush[j][1]));
        el('rect', {x: X - 7, y: Math.min(y1, y2), width: 14, height: Math.abs(y2 - y1), fill: '#000', 'fill-opacity': 0.18,
          stroke: '#000', 'class': 'ex-brush', 'data-axis': o.name}, svg);
      }
      var hit = el('rect', {x: X - 12, y: self.PT, width: 24, height: self.PB - self.PT, fill: '#fff', 'fill-opacity': 0,
        style: 'cursor:crosshair', 'data-brush-axis': o.name}, svg);
      var start = null, live = null;
      function yOf(ev) { return ev.clientY - svg.getBoundingClientRect().top; }
      hit.addEventListener('mousedown', function (ev) {
        start = Math.max(self.PT, Math.min(self.PB, yOf(ev)));
        live = el('rect', {x: X - 7, y: start, width: 14, height: 0, fill: '#000', 'fill-opacity': 0.18}, svg);
        ev.preventDefault();
      });
      svg.addEventListener('mousemove', function (ev) {
        if (start === null) return;
        var y = Math.max(self.PT, Math.min(self.PB, yOf(ev)));
        live.setAttribute('y', Math.min(start, y));
        live.setAttribute('height', Math.abs(y - start));
      });
      window.addEventListener('mouseup', function (ev) {
        if (start === null) return;
        var y = Math.max(self.PT, Math.min(self.PB, yOf(ev)));
        if (Math.abs(y - start) > 2) {
          var a = self.fromAxisY(j, start), b = self.fromAxisY(j, y);
          self.brush[j] = [Math.min(a, b), Math.max(a, b)];
        }
        start = null;
        self.update();
        self.drawParallel();
      });
      hit.addEventListener('dblclick', function () { delete self.brush[j]; self.update(); self.drawParallel(); });
    })(j);
    this.update();
  };

  Explorer.prototype.update = function () {
    var self = this, shown = 0, kept = 0;
    this.points.forEach(function (p, k) {
      var a = self.active(p), c = self.circles && self.circles[k], pl = self.polylines && self.polylines[k];
      if (a > 0) shown++;
      if (a === 2) kept++;
      if (c) {
        c.style.display = a === 0 ? 'none' : '';
        c.setAttribute('opacity', a === 2 ? 1 : 0.08);
      }
      if (pl) {
        pl.style.display = a === 0 ? 'none' : '';
        pl.setAttribute('stroke-opacity', a === 2 ? 0.35 : 0.03);
      }
    });
    var brushed = Object.keys(this.brush).length;
    if (this.count) this.count.textContent = '  ' + kept + ' of ' + shown + ' points shown'
      + (brushed ? ' inside the brushes on ' + brushed + ' axis' + (brushed > 1 ? 'es' : '') : '') + '.';
    this.mark();
  };

  Explorer.prototype.hover = function (k, on) {
    var p = this.points[k], s = this.d.series[p.s], d = this.d;
    if (this.hoverLine) this.hoverLine.textContent = on ? s.label + ', seed ' + s.runs[p.r].seed + ', row ' + p.i
      + (p.feasible ? ': ' : ' (infeasible): ') + d.objectives.map(function (o, j) {
        return o.name + ' ' + fmt(p.v[j]) + (o.unit ? ' ' + o.unit : ''); }).join(' \u00b7 ') : '\u00a0';
    var pl = this.polylines && this.polylines[k];
    if (!pl || k === this.selected) return;
    pl.setAttribute('stroke-width', on ? 3 : 1);
    pl.setAttribute('stroke-opacity', on ? 1 : (this.active(this.points[k]) === 2 ? 0.35 : 0.03));
  };

  Explorer.prototype.mark = function () {
    var k = this.selected;
    if (k === null) return;
    var c = this.circles[k], pl = this.polylines && this.polylines[k];
    if (c) { c.setAttribute('r', 7); c.setAttribute('stroke', '#000'); c.setAttribute('stroke-width', 2); c.parentNode.appendChild(c); }
    if (pl) { pl.setAttribute('stroke', '#000'); pl.setAttribute('stroke-width', 3); pl.setAttribute('stroke-opacity', 1); pl.parentNode.appendChild(pl); }
  };

  Explorer.prototype.select = function (k) {
    var old = this.selected;
    this.selected = k;
    if (old !== null && old !== k) {
      var s = this.d.series[this.points[old].s], c = this.circles[old], pl = this.polylines[old];
      c.setAttribute('r', 3.2); c.setAttribute('stroke', s.color); c.setAttribute('stroke-width', 1);
      pl.setAttribute('stroke', s.color); pl.setAttribute('stroke-width', 1);
    }
    this.update();
    this.showDetail(this.points[k]);
  };

  Explorer.prototype.showDetail = function (p) {
    var d = this.d, s = d.series[p.s], r = s.runs[p.r], box = this.detail;
    while (box.firstChild) box.removeChild(box.firstChild);
    box.setAttribute('data-selected', p.run + ':' + p.i);
    var picks = [];
    if (r.knee === p.i) picks.push('the knee of this run');
    if (r.maxmin === p.i) picks.push('the max\u2013min compromise of this run');
    h('h4', {}, box, s.label + ', seed ' + r.seed + ', front row ' + p.i + (p.feasible ? ' (feasible)' : ' (infeasible)')
      + (picks.length ? ': ' + picks.join(' and ') : ''));
    var t = h('table', {'class': 'ex-values'}, box), tr = h('tr', {}, t);
    ['objective', 'sense', 'value', 'unit', 'reference value', 'change over reference'].forEach(function (c) { h('th', {}, tr, c); });
    d.objectives.forEach(function (o, j) {
      var row = h('tr', {}, t), v = p.v[j];
      h('td', {'class': 'l'}, row, o.name); h('td', {'class': 'l'}, row, o.sense);
      h('td', {}, row, fmt(v)); h('td', {'class': 'l'}, row, o.unit || '');
      h('td', {}, row, o.reference === undefined ? '' : fmt(o.reference));
      var ch = '';
      if (o.reference !== undefined && o.reference !== 0) {
        var pct = 100 * (v - o.reference) / Math.abs(o.reference);
        var better = o.sense === 'max' ? pct > 0 : pct < 0;
        ch = (pct >= 0 ? '+' : '') + pct.toFixed(2) + '% (' + (pct === 0 ? 'unchanged' : better ? 'gain' : 'loss') + ')';
      }
      h('td', {}, row, ch);
    });
    if (r.genes) this.showAllocation(r.genes[p.i], box);
    else if (r.values) this.showValues(r.values[p.i], box);
    else h('p', {'class': 'note'}, box, 'Decision values are embedded for ' + d.detailScope + ' only; this run\'s are in '
      + p.run + '/solutions.csv, row ' + p.i + '.');
  };

  Explorer.prototype.showAllocation = function (genes, box) {
    var d = this.d, opts = d.options || [], counts = opts.map(function () { return 0; });
    var g = [];
    for (var i = 0; i < genes.length; i++) { var o = GENE_CHARS.indexOf(genes.charAt(i)); g.push(o); counts[o]++; }
    if (d.lon && d.lat && d.lon.length === g.length) {
      var lons = d.lon.slice().sort(function (a, b) { return a - b; }), res = Infinity;
      for (var k = 1; k < lons.length; k++) { var gap = lons[k] - lons[k - 1]; if (gap > 1e-9 && gap < res) res = gap; }
      if (!isFinite(res)) res = 1;
      var x0 = Math.min.apply(null, d.lon) - res / 2, x1 = Math.max.apply(null, d.lon) + res / 2;
      var y0 = -Math.max.apply(null, d.lat) - res / 2, y1 = -Math.min.apply(null, d.lat) + res / 2;
      var w = 720, hgt = Math.max(120, Math.min(520, w * (y1 - y0) / (x1 - x0)));
      var svg = el('svg', {width: w, height: hgt, viewBox: x0 + ' ' + y0 + ' ' + (x1 - x0) + ' ' + (y1 - y0),
        preserveAspectRatio: 'xMidYMid meet', 'class': 'ex-map', style: 'background:#eef3f8;border:1px solid #ccc'}, box);
      for (var c = 0; c < g.length; c++) {
        el('rect', {x: d.lon[c] - res / 2, y: -d.lat[c] - res / 2, width: res, height: res,
          fill: OPTION_COLORS[g[c] % OPTION_COLORS.length]}, svg);
      }
    }
    var t = h('table', {'class': 'ex-shares'}, box), tr = h('tr', {}, t);
    ['', 'option', 'cells', 'share'].forEach(function (c) { h('th', {}, tr, c); });
    opts.forEach(function (name, o) {
      if (!counts[o]) return;
      var row = h('tr', {}, t);
      h('td', {style: 'background:' + OPTION_COLORS[o % OPTION_COLORS.length]}, row, '\u00a0\u00a0');
      h('td', {'class': 'l'}, row, name); h('td', {}, row, counts[o]);
      h('td', {}, row, (100 * counts[o] / g.length).toFixed(1) + '%');
    });
  };

  Explorer.prototype.showValues = function (x, box) {
    var d = this.d, idx = [];
    for (var i = 0; i < x.length; i++) if (x[i] !== 0) idx.push(i);
    idx.sort(function (a, b) { return Math.abs(x[b]) - Math.abs(x[a]); });
    var shown = idx.slice(0, 25);
    h('p', {'class': 'note'}, box, idx.length + ' of ' + x.length + ' variables are non-zero; the '
      + shown.length + ' largest (5 significant digits):');
    var scaled = d.scaled ? Object.keys(d.scaled) : [];
    var t = h('table', {'class': 'ex-vars'}, box), tr = h('tr', {}, t);
    ['variable', 'value'].concat(scaled.map(function (k) { return k + ' (value \u00d7 amount at share 1)'; }), ['what it is'])
      .forEach(function (c) { h('th', {}, tr, c); });
    var totals = scaled.map(function () { return 0; });
    idx.forEach(function (i) { scaled.forEach(function (k, q) { totals[q] += x[i] * d.scaled[k][i]; }); });
    shown.forEach(function (i) {
      var row = h('tr', {}, t);
      h('td', {'class': 'l'}, row, d.variables ? d.variables[i] : 'x' + i);
      h('td', {}, row, fmt(x[i]));
      scaled.forEach(function (k) { h('td', {}, row, fmt(x[i] * d.scaled[k][i])); });
      h('td', {'class': 'l'}, row, d.variableNotes ? d.variableNotes[i] : '');
    });
    if (scaled.length) {
      var tot = h('tr', {}, t);
      h('td', {'class': 'l'}, tot, 'total (all non-zero)'); h('td', {}, tot, '');
      totals.forEach(function (v) { h('td', {}, tot, fmt(v)); });
      h('td', {}, tot, '');
    }
  };

  // #select=RUN:INDEX and #brush=OBJECTIVE:LO:HI (natural units), joined by '&'
  Explorer.prototype.applyHash = function (hash) {
    var self = this;
    hash.replace(/^#/, '').split('&').forEach(function (part) {
      var kv = part.split('='), v = decodeURIComponent(kv[1] || '');
      if (kv[0] === 'brush') {
        var b = v.split(':'), j = self.d.objectives.findIndex(function (o) { return o.name === b[0]; });
        if (j >= 0) self.brush[j] = [+b[1], +b[2]];
      }
    });
    this.drawParallel();
    hash.replace(/^#/, '').split('&').forEach(function (part) {
      var kv = part.split('='), v = decodeURIComponent(kv[1] || '');
      if (kv[0] === 'select') {
        var cut = v.lastIndexOf(':'), run = v.substring(0, cut), i = +v.substring(cut + 1);
        var k = self.points.findIndex(function (p) { return p.run === run && p.i === i; });
        if (k >= 0) self.select(k);
      }
    });
  };

  function start() {
    if (window.performance) document.body.setAttribute('data-explorer-start-ms', Math.round(performance.now()));
    try {
      var all = [];
      document.querySelectorAll('script.explorer-data').forEach(function (s) {
        var root = document.getElementById(s.getAttribute('data-for'));
        all.push(new Explorer(root, JSON.parse(s.textContent)));
      });
      if (location.hash) all.forEach(function (e) { e.applyHash(location.hash); });
      // #view=ID starts the page at a section by hiding what comes before it (headless screenshots show the top)
      var view = /(?:^#|&)view=([^&]+)/.exec(location.hash), target = view && document.getElementById(decodeURIComponent(view[1]));
      if (target) {
        while (target.parentNode !== document.body) target = target.parentNode;
        for (var n = document.body.firstElementChild; n && n !== target; n = n.nextElementSibling) n.style.display = 'none';
      }
      if (!failed) document.body.setAttribute('data-explorer', 'ready');
      // milliseconds from navigation start until every explorer is drawn (the page's time to first useful render)
      if (window.performance) document.body.setAttribute('data-explorer-ms', Math.round(performance.now()));
    } catch (e) {
      fail(e.message + (e.stack ? ' ' + e.stack.split('\n')[1] : ''));
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
