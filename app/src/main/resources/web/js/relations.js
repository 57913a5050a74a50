// The relations page: the signed graph at a date (own SVG, states on a circle, ties green or red), a dyad's
// timeline with its events and sentences, and the mediator ranking with its evidence. Every text from the pack
// or an article goes in through textContent.
'use strict';

(() => {
  const {el, getJson, banner, clearBanner, num, signed, date, names, named, url} = CR;
  let N = null;
  let earliest = null;
  const SVG = 'http://www.w3.org/2000/svg';
  const DAY = 86400000;
  let asOf = null;
  let home = null;

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  const $ = id => document.getElementById(id);
  const iso = d => d.toISOString().slice(0, 10);
  function dateOf(slider) { return iso(new Date(asOf.getTime() - (Number(slider.max) - Number(slider.value)) * DAY)); }

  function drawGraph(g) {
    const W = 760, H = 560, cx = W / 2, cy = H / 2 + 5, R = 200;
    const s = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, role: 'group', 'aria-label': 'Signed graph at ' + date(g.at)
      + ': ' + g.edges.length + ' ties; arrow keys step through them'});
    const ties = [];
    const pos = new Map();
    g.nodes.forEach((n, i) => {
      const t = 2 * Math.PI * i / g.nodes.length - Math.PI / 2;
      pos.set(n, [cx + R * Math.cos(t), cy + R * Math.sin(t), t]);
    });
    const a = $('a').value, b = $('b').value;
    for (const e of g.edges) {
      const [x1, y1] = pos.get(e.a), [x2, y2] = pos.get(e.b);
      const sel = (e.a === a && e.b === b) || (e.a === b && e.b === a);
      const label = N.country(e.a) + ' \u2013 ' + N.country(e.b) + ': ' + (e.sign > 0 ? 'positive' : 'negative') + ' tie, score '
        + signed(e.score, 1);
      const line = svg('line', {x1, y1, x2, y2, class: (e.sign > 0 ? 'pos' : 'neg') + (sel ? ' sel' : ''),
        'stroke-width': Math.min(6, 0.6 + Math.abs(e.score) / 4), 'data-a': e.a, 'data-b': e.b, tabindex: -1, role: 'img',
        'aria-label': label});
      line.append(svg('title', {}, label));
      const pick = () => { $('a').value = e.a; $('b').value = e.b; showDyad(); };
      line.addEventListener('click', pick);
      line.addEventListener('focus', () => { $('graph-tie').textContent = label + '. Enter shows this dyad.'; });
      line.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); } });
      s.append(line);
      ties.push(line);
    }
    for (const n of g.nodes) {
      const [x, y, t] = pos.get(n);
      const c = svg('circle', {cx: x, cy: y, r: 6, class: n === home ? 'home' : '', 'data-node': n});
      c.append(svg('title', {}, N.country(n) + ' (' + n + ')'));
      s.append(c);
      const lx = cx + (R + 14) * Math.cos(t), ly = cy + (R + 14) * Math.sin(t) + 4;
      const name = N.country(n);
      s.append(svg('text', {x: lx, y: ly, 'text-anchor': Math.cos(t) > 0.2 ? 'start' : Math.cos(t) < -0.2 ? 'end' : 'middle'},
        name.length > 20 ? name.slice(0, 19) + '\u2026' : name));
    }
    // one tab stop: the selected tie (or the first); the arrow keys, Home and End move between ties
    const start = ties.find(l => l.classList.contains('sel')) || ties[0];
    if (start) start.setAttribute('tabindex', '0');
    s.addEventListener('keydown', ev => {
      const i = ties.indexOf(document.activeElement);
      if (i < 0) return;
      const j = {ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: ties.length - 1}[ev.key];
      if (j === undefined || j < 0 || j >= ties.length) return;
      ev.preventDefault();
      ties[i].setAttribute('tabindex', '-1');
      ties[j].setAttribute('tabindex', '0');
      ties[j].focus();
    });
    $('graph').replaceChildren(s);
    $('ties').tBodies[0].replaceChildren(...g.edges.map(e => el('tr', {}, el('td', {}, named(N.country(e.a), e.a)),
      el('td', {}, named(N.country(e.b), e.b)), el('td', {class: 'num', 'data-csv': e.score}, signed(e.score, 1)),
      el('td', {}, e.sign > 0 ? 'positive' : 'negative'))));
    const pos1 = g.edges.filter(e => e.sign > 0).length;
    $('graph-note').textContent = g.nodes.length + ' states, ' + g.edges.length + ' ties at ' + date(g.at) + ' (|score| \u2265 '
      + num(g.threshold, 1) + '): ' + pos1 + ' positive (solid green), ' + (g.edges.length - pos1) + ' negative (dashed red); line width by |score|. '
      + 'Click or press Enter on a tie to show the dyad.';
    $('graph').dataset.ready = 'true';
  }

  function fillSelects(nodes) {
    const first = !$('a').options.length;
    for (const id of ['a', 'b']) {
      const sel = $(id);
      const keep = first ? (url.get(id) || (id === 'a' ? 'SYR' : 'ISR')) : sel.value;
      const sorted = [...nodes].sort((x, y) => N.country(x).localeCompare(N.country(y)));
      sel.replaceChildren(...sorted.map(n => el('option', {value: n, title: n}, N.country(n))));
      if (keep && nodes.includes(keep)) sel.value = keep;
    }
    if (!$('a').value || $('a').value === $('b').value) { $('a').value = nodes.includes('SYR') ? 'SYR' : nodes[0]; }
    if ($('b').value === $('a').value || !$('b').value) { $('b').value = nodes.includes('ISR') ? 'ISR' : nodes[1]; }
  }

  function drawTimeline(t) {
    const W = 1000, H = 220, L = 44, B = 24;
    const s = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, preserveAspectRatio: 'none', role: 'img',
      'aria-label': 'Relation score of ' + N.country(t.a) + ' and ' + N.country(t.b) + ' from ' + date(t.from) + ' to ' + date(t.to)
        + '; the events are in the table below'});
    const t0 = Date.parse(t.from), t1 = Date.parse(t.to);
    const ys = t.points.map(p => p.score).concat([0, t.baseline]);
    const lo = Math.min(...ys), hi = Math.max(...ys), pad = (hi - lo) * 0.1 || 1;
    const X = d => L + (W - L - 10) * (Date.parse(d) - t0) / Math.max(1, t1 - t0);
    const Y = v => 8 + (H - B - 8) * (hi + pad - v) / (hi - lo + 2 * pad);
    s.append(svg('line', {x1: L, x2: W - 10, y1: Y(0), y2: Y(0), class: 'zero'}));
    s.append(svg('text', {x: 2, y: Y(0) + 4}, '0'));
    s.append(svg('text', {x: 2, y: Y(hi) + 10}, num(hi, 0)));
    s.append(svg('text', {x: 2, y: Y(lo)}, num(lo, 0)));
    s.append(svg('text', {x: L, y: H - 6}, date(t.from)));
    s.append(svg('text', {x: W - 80, y: H - 6}, date(t.to)));
    s.append(svg('text', {x: W / 2 - 120, y: H - 6}, 'score: line; events: \u25cf positive, \u25cb negative'));
    s.append(svg('path', {class: 'curve', d: t.points.map((p, i) => (i ? 'L' : 'M') + X(p.date).toFixed(1) + ' ' + Y(p.score).toFixed(1)).join(' ')}));
    for (const e of t.events) {
      const d = e.event.date;
      const p = t.points.reduce((best, q) => Math.abs(Date.parse(q.date) - Date.parse(d)) < Math.abs(Date.parse(best.date) - Date.parse(d)) ? q : best, t.points[0]);
      const c = svg('circle', {cx: X(d), cy: Y(p.score), r: 4, class: 'ev ' + (e.points >= 0 ? 'pos' : 'neg')});
      c.append(svg('title', {}, date(d) + ' ' + e.event.cameoName + ' (' + signed(e.points, 1) + '): ' + e.event.text));
      s.append(c);
    }
    $('timeline').replaceChildren(s);
    $('tl-title').textContent = 'Timeline ' + N.country(t.a) + '\u2013' + N.country(t.b) + ' (' + date(t.from) + ' to ' + date(t.to) + '; baseline ' + signed(t.baseline, 1)
      + ', half-life ' + num(t.halfLifeDays, 0) + ' days)';
    const rows = [...t.events].sort((x, y) => y.event.date.localeCompare(x.event.date)).map(e => el('tr', {'data-event': e.event.id},
      el('td', {'data-csv': e.event.date}, date(e.event.date)),
      el('td', {}, N.country(e.event.actor1) + ' \u2192 ' + N.country(e.event.actor2) + (e.event.mediator ? ' via ' + N.country(e.event.mediator) : '')),
      el('td', {}, e.event.cameo + ' ' + e.event.cameoName),
      el('td', {class: 'num ' + (e.points >= 0 ? 'sign-pos' : 'sign-neg'), 'data-csv': e.points}, signed(e.points, 1)),
      el('td', {}, e.event.text),
      el('td', {class: 'note'}, label(e.event) + ' ' + e.event.provenance.join('; '))));
    $('events').tBodies[0].replaceChildren(...(rows.length ? rows : [el('tr', {class: 'empty'}, el('td', {colspan: 6}, 'no event in this window'))]));
    $('timeline').dataset.ready = 'true';
  }

  // origin, confidence, weight and number of reports of an event, e.g. "[curated, unconfirmed, weight 0.50]";
  // "background" for an event that is not its sentence's main act
  function label(x) {
    const parts = [x.projected ? 'PROJECTED' : x.origin.toLowerCase()];
    if (!x.projected && x.confidence) parts.push(x.confidence.toLowerCase());
    if (x.weight !== 1) parts.push('weight ' + num(x.weight, 2));
    if (x.reports && x.reports.length > 1) parts.push(x.reports.length + ' reports');
    if (x.main === false) parts.push('background'); // not the act its sentence reports
    return '[' + parts.join(', ') + ']';
  }

  function drawMediators(m) {
    $('med-title').textContent = 'Mediators for ' + N.country(m.a) + '\u2013' + N.country(m.b) + ' at ' + date(m.at);
    $('med-note').textContent = 'Dyad score ' + signed(m.dyadScore, 2) + '. Score = weighted components in [0,1]; bias (tie to '
      + N.country(m.a) + ' minus tie to ' + N.country(m.b) + ', over 10) is shown beside it and not in the score.';
    const top = m.ranking[0];
    $('subtitle').replaceChildren(el('strong', {}, N.country(m.a) + ' and ' + N.country(m.b) + ' at ' + date(m.at) + ': dyad score '
      + signed(m.dyadScore, 2) + (top ? '; best-placed mediator ' + top.name + ' (score ' + num(top.score, 3) + ').' : '; no mediator.')),
      ' Engine: relations, on the pack\u2019s curated events.');
    const rows = [];
    for (const r of m.ranking.slice(0, 6)) {
      rows.push(el('tr', {'data-state': r.state},
        el('td', {}, r.rank), el('th', {scope: 'row'}, named(r.name, r.state)),
        el('td', {class: 'num', 'data-csv': r.score}, num(r.score, 3)), el('td', {class: 'num', 'data-csv': r.bias}, signed(r.bias, 2)),
        el('td', {}, r.leansTo ? N.country(r.leansTo) : '')));
      const ev = el('ul', {class: 'evidence'});
      for (const c of r.components) {
        for (const x of c.evidence.slice(0, 3)) {
          ev.append(el('li', {}, c.name + ': ' + date(x.date) + ' ' + N.country(x.actor1) + ' \u2192 ' + N.country(x.actor2)
            + (x.mediator ? ' via ' + N.country(x.mediator) : '') + ' ' + x.cameoName + ' ' + label(x) + ' \u2014 ' + x.text));
        }
      }
      const comps = r.components.map(c => c.name + ' ' + num(c.value, 2)).join(' \u00b7 ');
      rows.push(el('tr', {class: 'detail', 'data-detail': r.state}, el('td', {}),
        el('td', {colspan: 4, class: 'comps'}, comps, ev.childElementCount ? ev : el('div', {}, 'no event names it'))));
    }
    $('mediators').tBodies[0].replaceChildren(...rows);
    $('mediators').dataset.ready = 'true';
  }

  async function showDyad() {
    const a = $('a').value, b = $('b').value, at = $('at').value;
    $('mediators').dataset.ready = 'false';
    $('timeline').dataset.ready = 'false';
    clearBanner();
    if (a === b) { banner('Pick two different states for the dyad.'); $('b').focus(); return; }
    url.set({a, b, at});
    for (const l of document.querySelectorAll('#graph line')) {
      const sel = (l.dataset.a === a && l.dataset.b === b) || (l.dataset.a === b && l.dataset.b === a);
      l.classList.toggle('sel', sel);
    }
    const from = iso(new Date(Date.parse(at) - 730 * DAY));
    const q = 'a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b);
    try {
      const [m, t] = await Promise.all([getJson('/api/mediators?' + q + '&at=' + at),
        getJson('/api/relations/timeline?' + q + '&from=' + from + '&to=' + at + '&stepDays=15')]);
      drawMediators(m);
      drawTimeline(t);
    } catch (err) { banner('Could not show the dyad: ' + err.message); }
  }

  async function showDate() {
    clearBanner();
    if (!CR.validate($('controls'))) return;
    $('slider').setAttribute('aria-valuetext', date($('at').value));
    $('graph').dataset.ready = 'false';
    try {
      const g = await getJson('/api/relations/graph?at=' + $('at').value);
      fillSelects(g.nodes);
      drawGraph(g);
      await showDyad();
    } catch (err) { banner('Could not draw the graph: ' + err.message); }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    try {
      const p = await getJson('/api/pack');
      asOf = new Date(p.asOf + 'T00:00:00Z');
      home = p.home || null;
      N = await names();
    } catch (err) { banner('Could not load the pack: ' + err.message); return; }
    const slider = $('slider');
    slider.max = String(3 * 365);
    earliest = new Date(asOf.getTime() - 3 * 365 * DAY);
    const wanted = url.get('at');
    const at = wanted && /^\d{4}-\d{2}-\d{2}$/.test(wanted) && wanted >= iso(earliest) && wanted <= iso(asOf) ? wanted : iso(asOf);
    $('at').value = at;
    $('at').max = iso(asOf);
    $('at').min = iso(earliest);
    slider.value = String(Number(slider.max) - Math.round((asOf - new Date(at + 'T00:00:00Z')) / DAY));
    slider.setAttribute('aria-valuetext', date(at));
    slider.addEventListener('input', () => { $('at').value = dateOf(slider); slider.setAttribute('aria-valuetext', date($('at').value)); });
    slider.addEventListener('change', showDate);
    $('at').addEventListener('change', () => {
      if (!CR.validate($('controls'))) return;
      const days = Math.round((asOf - new Date($('at').value + 'T00:00:00Z')) / DAY);
      slider.value = String(Math.max(0, Number(slider.max) - days));
      showDate();
    });
    $('controls').addEventListener('submit', ev => { ev.preventDefault(); showDyad(); });
    showDate();
  });
})();
