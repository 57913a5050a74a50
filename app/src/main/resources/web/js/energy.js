// The energy page: this year's allocation as flows on the map and a Sankey, HHI, a disruption scenario with
// the difference per market, and the N-1 ranking (run as a job). Every figure comes from the energy engine
// through the API; text from the pack goes into the page with textContent only. Names come from the pack,
// ids stay in tooltips and in the URL (?year=&base=&cut=&transit=).
'use strict';

(() => {
  const {el, getJson, postJson, banner, clearBanner, num, signed, bcm, usdM, signedUsdM, pct, names, named, url} = CR;
  const FLOW = '#c0561b', IDLE = '#b9c2c8', CUT = '#b3261e';
  const EPS = 0.005; // below half a hundredth of a bcm a change does not show in two decimals
  let N = null;
  const state = {gas: null, map: null, flowLayer: null, sankey: null, pos: null, base: null, scen: null, hhiBase: null, hhiScen: null};
  const $ = id => document.getElementById(id);

  function qs() {
    const y = $('year').value, b = $('base').value;
    return '?year=' + encodeURIComponent(y) + (b ? '&base=' + encodeURIComponent(b) : '');
  }

  /** Replaces the pack's ids inside an engine sentence by their names (ids of 3+ characters, whole words only). */
  function nameText(text) {
    return text.replace(/[A-Za-z][A-Za-z0-9_-]{2,}/g, w => {
      const n = N.gas(w);
      return n !== w ? n : w;
    });
  }

  function years(gas, asOf) {
    const ys = new Set(gas.deliveries.map(d => d.year));
    ys.add(Number(asOf.slice(0, 4)));
    const sorted = [...ys].sort((a, b) => b - a);
    const reported = gas.deliveries.map(d => d.year);
    const wanted = Number(url.get('year'));
    const dflt = ys.has(wanted) ? wanted : reported.length ? Math.max(...reported) : Number(asOf.slice(0, 4));
    const sel = $('year');
    for (const y of sorted) {
      sel.append(el('option', {value: y, selected: y === dflt ? 'selected' : null},
        y + (reported.includes(y) ? ' (reported deliveries)' : '')));
    }
    const b = url.get('base');
    if (b === 'reported' || b === 'optimum') $('base').value = b;
  }

  function drawFlows(alloc, cutArcs) {
    if (state.flowLayer) state.flowLayer.remove();
    const layer = L.layerGroup().addTo(state.map);
    const max = Math.max(1, ...alloc.flows.map(f => f.flowBcm));
    let drawn = 0, missing = 0;
    for (const f of alloc.flows) {
      const a = state.pos.get(f.from), b = state.pos.get(f.to);
      if (!a || !b) { missing++; continue; }
      const cut = cutArcs && cutArcs.has(f.arc);
      const on = f.flowBcm > 1e-6;
      L.polyline([a.ll, b.ll], {className: 'flow' + (on ? ' on' : ' idle') + (cut ? ' cut' : ''),
        color: cut ? CUT : on ? FLOW : IDLE, weight: on ? 1.5 + 10 * Math.sqrt(f.flowBcm / max) : 1.2,
        opacity: on ? 0.85 : 0.7, dashArray: f.kind === 'swap' ? '3 6' : (cut ? '6 5' : null)})
        .bindTooltip(flowTip(f), {sticky: true}).addTo(layer);
      drawn++;
    }
    for (const n of state.gas.nodes) {
      const p = state.pos.get(n.id);
      if (!p) continue;
      L.circleMarker(p.ll, {className: 'gas-node', radius: 3.5, color: '#fff', weight: 1, fillColor: '#7a2e0b', fillOpacity: 1})
        .bindTooltip(CRMap.tip(n.name, n.kind.toLowerCase() + ' \u00b7 ' + N.country(n.country),
          p.approx ? 'position approximate: capital of ' + N.country(n.country) : null, 'id: ' + n.id)).addTo(layer);
    }
    state.flowLayer = layer;
    CRMap.quiet('map');
    $('map-note').textContent = drawn + ' arcs drawn, width by the year\u2019s flow (bcm); grey: no flow; dotted: swap'
      + (missing ? '; ' + missing + ' arcs not drawn (a node without position)' : '')
      + (cutArcs && cutArcs.size ? '; red dashed: cut in the scenario' : '');
    $('map').dataset.ready = 'true';
  }

  function flowTip(f) {
    return CRMap.tip(N.arc(f.arc) + ' \u00b7 ' + f.kind, num(f.flowBcm, 2) + ' of ' + bcm(f.capacityBcm) + ' ('
      + pct(f.utilisation * 100) + ' used)', N.node(f.from) + ' \u2192 ' + N.node(f.to) + ' \u00b7 in ' + N.country(f.country),
      f.shadowPriceUsdPerKcm > 0 ? 'full: one more bcm would add ' + usdM(f.shadowPriceUsdPerKcm * 1e6) : null, 'id: ' + f.arc);
  }

  /** The Allocation card: the scenario's figures when one is shown, the base case's otherwise. */
  function figures() {
    const base = state.base.allocation, s = state.scen ? state.scen.disrupted : null;
    const dl = $('figures');
    dl.replaceChildren();
    const row = (k, v, small) => dl.append(el('dt', {}, k), el('dd', {'data-figure': k}, v, small ? el('small', {}, small) : null));
    const a = s || base;
    $('alloc-title').textContent = s ? 'Allocation: scenario' : 'Allocation: base case';
    row('Status', a.status.toLowerCase().replace('_', ' '), s ? scenarioName(state.scen) : 'base case: ' + state.base.base);
    row('Netback', usdM(a.netbackUsd), s ? 'base ' + usdM(base.netbackUsd) + ', change ' + signedUsdM(a.netbackUsd - base.netbackUsd)
      : 'revenue less tariffs, fees, field cost');
    row('Delivered', bcm(a.deliveredBcm), s ? 'base ' + bcm(base.deliveredBcm) + ', change ' + signed(a.deliveredBcm - base.deliveredBcm, 2)
      + ' bcm' : 'produced ' + bcm(a.producedBcm) + '; ' + num(a.feeLossBcm, 2) + ' bcm kept as in-kind transit fees');
    const binding = a.bindingConstraints.slice(0, 3);
    dl.append(el('dt', {}, 'What binds (top 3)'), el('dd', {'data-figure': 'What binds (top 3)'},
      binding.length ? binding.map((b, i) => [i ? ', ' : '', named(N.gas(b.id), b.id)]) : 'nothing',
      el('small', {}, 'by shadow price: the value of one more bcm')));
  }

  function hhiRows(m, prefix, dl) {
    const row = (k, v, small) => dl.append(el('dt', {}, k), el('dd', {'data-figure': k}, v, small ? el('small', {}, small) : null));
    row(prefix + 'Markets', num(m.hhiMarkets, 0), m.markets.filter(x => x.deliveredBcm > 1e-9).length + ' markets with gas');
    const transit = m.transitCountries.filter(t => t.shareOfExports > 1e-9);
    if (!transit.length) {
      row(prefix + 'Transit countries', 'none', 'no export crosses a transit country, so there is nothing to concentrate');
    } else {
      row(prefix + 'Transit countries', num(m.hhiTransitCountries, 0),
        transit.map(t => N.country(t.country) + ' ' + pct(t.shareOfExports * 100)).join(', '));
    }
  }
  function hhi() {
    const dl = $('hhi');
    dl.replaceChildren();
    if (state.hhiScen) {
      hhiRows(state.hhiScen, 'Scenario: ', dl);
      dl.append(el('dt', {}, 'Base case'), el('dd', {'data-figure': 'Base case'}, num(state.hhiBase.hhiMarkets, 0) + ' \u00b7 '
        + (state.hhiBase.transitCountries.length ? num(state.hhiBase.hhiTransitCountries, 0) : 'none'), el('small', {}, 'markets \u00b7 transit')));
    } else {
      hhiRows(state.hhiBase, '', dl);
    }
  }

  function lead() {
    const a = state.base.allocation;
    const sub = $('subtitle');
    if (!state.scen) {
      const n = a.deliveries.filter(d => d.deliveredBcm > 1e-9).length;
      sub.replaceChildren(el('strong', {}, a.year + ': ' + bcm(a.deliveredBcm) + ' delivered to ' + n + ' markets, netback '
        + usdM(a.netbackUsd) + '.'), ' ' + nameText(a.explanation.slice(1).join(' ')) + ' Engine: energy allocate, solved in '
        + num(a.solveMillis, 0) + ' ms.');
      return;
    }
    const r = state.scen;
    const moved = r.markets.filter(m => Math.abs(m.lostBcm) >= EPS).sort((x, y) => y.lostBcm - x.lostBcm);
    const parts = moved.map(m => el('span', {class: 'changed', 'data-market': m.market, 'data-change': (-m.lostBcm).toFixed(2)},
      N.market(m.market) + ' ' + signed(-m.lostBcm, 2) + ' bcm' + (m.lostBcm > 0 && m.disruptedBcm < EPS ? ' (all of it)' : '')));
    const d = r.disrupted.deliveredBcm - a.deliveredBcm;
    sub.replaceChildren(el('strong', {}, scenarioName(r) + ': '),
      ...(parts.length ? parts.flatMap((p, i) => [i ? '; ' : '', p]) : ['no market\u2019s delivery changes']),
      '. In total ' + (Math.abs(d) < EPS ? 'as much gas is delivered (' + bcm(r.disrupted.deliveredBcm) + ')'
        : signed(d, 2) + ' bcm delivered') + ', netback ' + signedUsdM(-r.lostNetbackUsd) + '.');
  }

  function scenarioName(r) {
    const cut = [...document.querySelectorAll('#arcs input:checked')].map(i => N.arc(i.value));
    const t = $('transit').value;
    return 'Scenario ' + [cut.length ? 'cut ' + cut.join(', ') : null, t ? N.country(t) + ' closed to transit' : null]
      .filter(Boolean).join(' and ');
  }

  function sankey(res) {
    const nodes = new Map();
    const links = [];
    for (const x of res.fieldToMarket) {
      const f = N.field(x.field) + ' (field)', m = N.market(x.market);
      nodes.set(f, {name: f, itemStyle: {color: '#7a2e0b'}});
      nodes.set(m, {name: m, itemStyle: {color: '#c0561b'}});
      links.push({source: f, target: m, value: Math.round(x.volumeBcm * 100) / 100});
    }
    if (!state.sankey) state.sankey = echarts.init($('sankey'));
    const narrow = $('sankey').clientWidth < 600;
    state.sankey.setOption({
      tooltip: {renderMode: 'richText', formatter: p => p.dataType === 'edge'
        ? p.data.source + ' \u2192 ' + p.data.target + ': ' + num(p.data.value, 2) + ' bcm' : p.name},
      series: [{type: 'sankey', data: [...nodes.values()], links, nodeGap: 10, left: 10, right: narrow ? 110 : 260,
        emphasis: {focus: 'adjacency'}, lineStyle: {color: 'gradient', opacity: 0.45},
        label: {formatter: p => p.name, width: narrow ? 100 : 250, overflow: 'truncate', fontSize: narrow ? 10 : 12}}],
    }, true);
    $('f2m').tBodies[0].replaceChildren(...res.fieldToMarket.filter(x => x.volumeBcm > 1e-9).map(x => el('tr', {},
      el('td', {}, named(N.field(x.field), x.field)), el('td', {}, named(N.market(x.market), x.market)),
      el('td', {class: 'num', 'data-csv': x.volumeBcm}, num(x.volumeBcm, 2)))));
    $('sankey').dataset.ready = 'true';
  }

  function arcsPanel(alloc) {
    const box = $('arcs');
    const checked = new Set(url.all('cut'));
    box.querySelectorAll('label').forEach(l => l.remove());
    const sorted = [...alloc.flows].sort((x, y) => (y.flowBcm > 1e-6) - (x.flowBcm > 1e-6) || N.arc(x.arc).localeCompare(N.arc(y.arc)));
    for (const f of sorted) {
      const on = f.flowBcm > 1e-6;
      box.append(el('label', {class: on ? null : 'idle', title: 'id: ' + f.arc + ' \u00b7 ' + N.node(f.from) + ' \u2192 ' + N.node(f.to)},
        el('input', {type: 'checkbox', value: f.arc, name: 'cut', 'data-arc': f.arc, checked: checked.has(f.arc) ? 'checked' : null}),
        ' ' + N.arc(f.arc) + (on ? ' (' + bcm(f.flowBcm) + ')' : ' (idle)')));
    }
    const sel = $('transit');
    const keep = sel.value || url.get('transit') || '';
    sel.querySelectorAll('option:not([value=""])').forEach(o => o.remove());
    const countries = [...new Set(alloc.flows.map(f => f.country))].sort((x, y) => N.country(x).localeCompare(N.country(y)));
    for (const c of countries) sel.append(el('option', {value: c}, N.country(c)));
    sel.value = countries.includes(keep) ? keep : '';
  }

  function clearScenario() {
    state.scen = null;
    state.hhiScen = null;
    $('impact').tBodies[0].replaceChildren();
    $('impact').dataset.ready = 'false';
    $('impact-explain').replaceChildren();
  }

  async function load() {
    clearBanner();
    clearScenario();
    url.set({year: $('year').value, base: $('base').value});
    document.querySelectorAll('#figures, #hhi').forEach(x => x.classList.add('stale'));
    try {
      const res = await getJson('/api/energy/allocate' + qs());
      state.base = res;
      drawFlows(res.allocation, null);
      sankey(res);
      arcsPanel(res.allocation);
      state.hhiBase = await getJson('/api/energy/metrics' + qs());
      figures();
      hhi();
      lead();
      document.querySelectorAll('#figures, #hhi').forEach(x => x.classList.remove('stale'));
      if (url.all('cut').length || url.get('transit')) await apply();
    } catch (e) {
      banner('Could not allocate the year ' + $('year').value + ': ' + e.message);
    }
  }

  async function apply() {
    const cut = [...document.querySelectorAll('#arcs input:checked')].map(i => i.value);
    const transit = $('transit').value;
    const note = $('scenario-note');
    clearBanner();
    if (!cut.length && !transit) {
      note.textContent = 'Choose at least one arc or a transit country, then apply.';
      $('arcs').querySelector('input').focus();
      return;
    }
    url.set({cut, transit});
    const body = {cut, year: Number($('year').value)};
    if (transit) body.transit = transit;
    const b = $('base').value;
    if (b) body.base = b;
    const btn = $('apply');
    btn.disabled = true;
    note.textContent = 'Solving\u2026';
    $('impact').classList.add('stale');
    try {
      const r = await postJson('/api/energy/disrupt', body);
      const q = qs() + cut.map(c => '&cut=' + encodeURIComponent(c)).join('') + (transit ? '&transit=' + encodeURIComponent(transit) : '');
      state.hhiScen = await getJson('/api/energy/metrics' + q);
      state.scen = r;
      const tbody = $('impact').tBodies[0];
      const rows = [...r.markets].sort((x, y) => y.lostBcm - x.lostBcm || N.market(x.market).localeCompare(N.market(y.market)));
      tbody.replaceChildren(...rows.map(m => {
        const cls = m.lostBcm >= EPS ? 'hit' : m.lostBcm <= -EPS ? 'gain' : null;
        return el('tr', {class: cls, 'data-market': m.market}, el('th', {scope: 'row'}, named(N.market(m.market), m.market)),
          el('td', {}, N.country(m.country)),
          el('td', {class: 'num', 'data-csv': m.baseBcm}, num(m.baseBcm, 2)),
          el('td', {class: 'num', 'data-col': 'disrupted', 'data-csv': m.disruptedBcm}, num(m.disruptedBcm, 2)),
          el('td', {class: 'num', 'data-col': 'change', 'data-csv': -m.lostBcm}, signed(-m.lostBcm, 2)),
          el('td', {class: 'num', 'data-csv': m.lostNetbackUsd / 1e6}, num(m.lostNetbackUsd / 1e6, 1)),
          el('td', {class: 'num', 'data-csv': m.shortfallBcm}, num(m.shortfallBcm, 2)));
      }));
      $('impact-explain').replaceChildren(...r.explanation.map(x => el('li', {}, nameText(x))));
      note.textContent = 'Rows marked \u25bc lose gas, \u25b2 gain it; the change column is scenario minus base.';
      drawFlows(r.disrupted, new Set(r.affectedArcs));
      figures();
      hhi();
      lead();
      $('impact').dataset.ready = 'true';
    } catch (e) {
      note.textContent = '';
      clearScenario();
      figures();
      hhi();
      lead();
      banner('The scenario could not be solved: ' + e.message);
    } finally {
      $('impact').classList.remove('stale');
      btn.disabled = false;
    }
  }

  async function nMinus1() {
    const btn = $('n1');
    const status = $('n1-status');
    btn.disabled = true;
    clearBanner();
    status.textContent = '';
    $('n1-table').classList.add('stale');
    try {
      const body = {year: Number($('year').value), top: 15};
      const b = $('base').value;
      if (b) body.base = b;
      const job = await CR.runJob('energy.n-1', body, $('n1-job'), 'N-1: re-solving every outage', null);
      const r = job.result;
      status.textContent = num(r.outagesSolved, 0) + ' outages solved in ' + num(r.elapsedMillis / 1000, 1) + ' s for ' + body.year
        + ', base netback ' + usdM(r.baseNetbackUsd) + '. The 15 costliest:';
      $('n1-table').tBodies[0].replaceChildren(...r.ranking.map(o => el('tr', {}, el('td', {class: 'num'}, o.rank), el('td', {}, o.kind),
        el('th', {scope: 'row'}, named(N.gas(o.id), o.id)), el('td', {}, N.country(o.country)),
        el('td', {class: 'num', 'data-csv': o.lostNetbackUsd / 1e6}, num(o.lostNetbackUsd / 1e6, 1)),
        el('td', {class: 'num', 'data-csv': o.lostBcm}, num(o.lostBcm, 2)),
        el('td', {'data-csv': o.marketsHit.join(' ')}, o.marketsHit.map(N.market).join(', ')))));
      $('n1-table').dataset.ready = 'true';
    } catch (e) {
      if (e instanceof CR.Cancelled) status.textContent = e.message;
      else banner('N-1 could not run: ' + e.message);
    } finally {
      $('n1-table').classList.remove('stale');
      btn.disabled = false;
    }
  }

  async function main() {
    try {
      const [summary, gas, countries] = await Promise.all(['/api/pack', '/api/pack/gas', '/api/pack/countries'].map(getJson));
      N = await names();
      state.gas = gas;
      years(gas, summary.asOf);
      state.pos = CRMap.gasPositions(gas, countries);
      state.map = await CRMap.base('map', [...state.pos.values()].map(p => p.ll));
      CRMap.legend(state.map, [['line', FLOW, 'flow this year (width: bcm)'], ['line', IDLE, 'no flow'],
        ['dash', CUT, 'cut in the scenario'], ['dot', '#7a2e0b', 'gas node']], 'legend');
      $('year').addEventListener('change', load);
      $('base').addEventListener('change', load);
      $('apply').addEventListener('click', apply);
      $('clear').addEventListener('click', () => {
        document.querySelectorAll('#arcs input:checked').forEach(i => { i.checked = false; });
        $('transit').value = '';
        url.set({cut: null, transit: null});
        load();
      });
      $('n1').addEventListener('click', nMinus1);
      await load();
    } catch (e) {
      banner('Could not load the energy page: ' + e.message);
    }
  }

  document.addEventListener('DOMContentLoaded', main);
})();
