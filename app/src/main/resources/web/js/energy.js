// The energy page: this year's allocation as flows on the map and a Sankey, HHI, a disruption scenario with
// the difference per market, and the N-1 ranking (run as a job). Every figure comes from the energy engine
// through the API; text from the pack goes into the page with textContent only.
'use strict';

(() => {
  const {el, getJson, showError, num} = CR;
  const FLOW = '#c0561b', IDLE = '#b9c2c8', CUT = '#b3261e';
  let state = {gas: null, countries: null, map: null, flowLayer: null, sankey: null, pos: null, alloc: null};

  function qs() {
    const y = document.getElementById('year').value;
    const b = document.getElementById('base').value;
    return '?year=' + encodeURIComponent(y) + (b ? '&base=' + encodeURIComponent(b) : '');
  }

  async function postJson(path, body) {
    const res = await fetch(path, {method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}, body: JSON.stringify(body)});
    let j = null;
    try { j = await res.json(); } catch (e) { j = null; }
    if (!res.ok) throw new Error(path + ': ' + (j && j.error ? j.error : res.status + ' ' + res.statusText));
    return j;
  }

  function years(gas, asOf) {
    const ys = new Set(gas.deliveries.map(d => d.year));
    ys.add(Number(asOf.slice(0, 4)));
    const sorted = [...ys].sort((a, b) => b - a);
    const reported = gas.deliveries.map(d => d.year);
    const dflt = reported.length ? Math.max(...reported) : Number(asOf.slice(0, 4));
    const sel = document.getElementById('year');
    for (const y of sorted) {
      sel.append(el('option', {value: y, selected: y === dflt ? 'selected' : null},
        y + (reported.includes(y) ? ' (reported deliveries)' : '')));
    }
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
        .bindTooltip(MapTip(f), {sticky: true}).addTo(layer);
      drawn++;
    }
    for (const n of state.gas.nodes) {
      const p = state.pos.get(n.id);
      if (!p) continue;
      L.circleMarker(p.ll, {className: 'gas-node', radius: 3.5, color: '#fff', weight: 1, fillColor: '#7a2e0b', fillOpacity: 1})
        .bindTooltip(CRMap.tip(n.name, n.kind.toLowerCase() + ' · ' + n.country,
          p.approx ? 'position approximate: capital of ' + n.country : null)).addTo(layer);
    }
    state.flowLayer = layer;
    document.getElementById('map-note').textContent = drawn + ' arcs drawn, width by the year\u2019s flow; grey: no flow'
      + (missing ? '; ' + missing + ' arcs not drawn (a node without position)' : '')
      + (cutArcs && cutArcs.size ? '; red dashed: cut in the scenario' : '');
    document.getElementById('map').dataset.ready = 'true';
  }

  function MapTip(f) {
    return CRMap.tip(f.arc + ' · ' + f.kind, num(f.flowBcm, 1) + ' of ' + num(f.capacityBcm) + ' bcm ('
      + num(f.utilisation * 100, 0) + '% used)', f.from + ' \u2192 ' + f.to + ' · in ' + f.country,
      f.shadowPriceUsdPerKcm > 0 ? 'full: one more bcm would add $' + num(f.shadowPriceUsdPerKcm) + ' million' : null);
  }

  function figures(res) {
    const a = res.allocation;
    const dl = document.getElementById('figures');
    dl.replaceChildren();
    const row = (k, v, s) => dl.append(el('dt', {}, k), el('dd', {'data-figure': k}, v, s ? el('small', {}, s) : null));
    row('Status', a.status.toLowerCase().replace('_', ' '), 'base case: ' + res.base);
    row('Netback', '$' + num(a.netbackUsd / 1e6, 0) + ' million', 'revenue less tariffs, fees, field cost');
    row('Produced · delivered', num(a.producedBcm) + ' · ' + num(a.deliveredBcm) + ' bcm',
      num(a.feeLossBcm, 2) + ' bcm kept as in-kind transit fees');
    const binding = a.bindingConstraints.slice(0, 3).map(b => b.id).join(', ');
    row('Binding (top 3)', binding || 'none', 'by shadow price');
    document.getElementById('subtitle').textContent = a.explanation[0] + ' Engine: energy allocate, '
      + a.network + ' ' + a.year + ', solved in ' + num(a.solveMillis, 0) + ' ms.';
  }

  function hhi(m, scenario) {
    const dl = document.getElementById('hhi');
    dl.replaceChildren();
    const row = (k, v, s) => dl.append(el('dt', {}, k), el('dd', {'data-figure': k}, v, s ? el('small', {}, s) : null));
    row('Markets', num(m.hhiMarkets, 0), m.markets.length + ' markets · ' + m.scenario);
    row('Transit countries', num(m.hhiTransitCountries, 0),
      m.transitCountries.map(t => t.country + ' ' + num(t.shareOfExports * 100, 0) + '%').join(', ') || 'none');
    if (scenario) {
      row('Markets (scenario)', num(scenario.hhiMarkets, 0), scenario.scenario);
      row('Transit (scenario)', num(scenario.hhiTransitCountries, 0), null);
    }
  }

  function sankey(res) {
    const names = new Map(res.allocation.deliveries.map(d => [d.market, d.name]));
    const nodes = new Map();
    const links = [];
    for (const x of res.fieldToMarket) {
      const f = 'field ' + x.field, m = names.get(x.market) || x.market;
      nodes.set(f, {name: f, itemStyle: {color: '#7a2e0b'}});
      nodes.set(m, {name: m, itemStyle: {color: '#c0561b'}});
      links.push({source: f, target: m, value: Math.round(x.volumeBcm * 100) / 100});
    }
    if (!state.sankey) state.sankey = echarts.init(document.getElementById('sankey'));
    state.sankey.setOption({
      tooltip: {renderMode: 'richText', formatter: p => p.dataType === 'edge'
        ? p.data.source + ' \u2192 ' + p.data.target + ': ' + p.data.value + ' bcm' : p.name},
      series: [{type: 'sankey', data: [...nodes.values()], links, nodeGap: 10, left: 10, right: 180,
        emphasis: {focus: 'adjacency'}, lineStyle: {color: 'gradient', opacity: 0.45},
        label: {formatter: p => p.name}}],
    }, true);
    document.getElementById('sankey').dataset.ready = 'true';
  }

  function arcsPanel(alloc) {
    const box = document.getElementById('arcs');
    box.querySelectorAll('label').forEach(l => l.remove());
    const sorted = [...alloc.flows].sort((x, y) => (y.flowBcm > 1e-6) - (x.flowBcm > 1e-6) || x.arc.localeCompare(y.arc));
    for (const f of sorted) {
      const on = f.flowBcm > 1e-6;
      box.append(el('label', {class: on ? null : 'idle'}, el('input', {type: 'checkbox', value: f.arc, name: 'cut',
        'data-arc': f.arc}), ' ' + f.arc + (on ? ' (' + num(f.flowBcm) + ')' : '')));
    }
    const sel = document.getElementById('transit');
    const keep = sel.value;
    sel.querySelectorAll('option:not([value=""])').forEach(o => o.remove());
    for (const c of [...new Set(alloc.flows.map(f => f.country))].sort()) {
      sel.append(el('option', {value: c}, c));
    }
    sel.value = keep;
  }

  async function load() {
    try {
      const res = await getJson('/api/energy/allocate' + qs());
      state.alloc = res;
      figures(res);
      drawFlows(res.allocation, null);
      sankey(res);
      arcsPanel(res.allocation);
      document.querySelector('#impact tbody').replaceChildren();
      document.getElementById('impact-explain').replaceChildren();
      hhi(await getJson('/api/energy/metrics' + qs()), null);
    } catch (e) {
      showError('Could not allocate: ' + e.message);
    }
  }

  async function apply() {
    const cut = [...document.querySelectorAll('#arcs input:checked')].map(i => i.value);
    const transit = document.getElementById('transit').value;
    const note = document.getElementById('scenario-note');
    if (!cut.length && !transit) { note.textContent = 'Choose at least one arc or a transit country.'; return; }
    const body = {cut, year: Number(document.getElementById('year').value)};
    if (transit) body.transit = transit;
    const b = document.getElementById('base').value;
    if (b) body.base = b;
    const btn = document.getElementById('apply');
    btn.disabled = true;
    note.textContent = 'Solving…';
    try {
      const r = await postJson('/api/energy/disrupt', body);
      const tbody = document.querySelector('#impact tbody');
      tbody.replaceChildren();
      for (const m of r.markets) {
        const cls = m.lostBcm > 1e-4 ? 'hit' : m.lostBcm < -1e-4 ? 'gain' : null;
        tbody.append(el('tr', {class: cls, 'data-market': m.market}, el('td', {}, m.market), el('td', {}, m.country),
          el('td', {class: 'num'}, fixed(m.baseBcm)), el('td', {class: 'num', 'data-col': 'disrupted'}, fixed(m.disruptedBcm)),
          el('td', {class: 'num', 'data-col': 'lost'}, fixed(m.lostBcm)), el('td', {class: 'num'}, fixed(m.lostNetbackUsd / 1e6)),
          el('td', {class: 'num'}, fixed(m.shortfallBcm))));
      }
      const ul = document.getElementById('impact-explain');
      ul.replaceChildren(...r.explanation.map(x => el('li', {}, x)));
      note.textContent = r.scenario + ': netback $' + num(r.baseNetbackUsd / 1e6, 0) + ' million \u2192 $'
        + num(r.disruptedNetbackUsd / 1e6, 0) + ' million, ' + fixed(r.lostBcm) + ' bcm lost.';
      drawFlows(r.disrupted, new Set(r.affectedArcs));
      const q = qs() + cut.map(c => '&cut=' + encodeURIComponent(c)).join('') + (transit ? '&transit=' + transit : '');
      const [base, scen] = await Promise.all([getJson('/api/energy/metrics' + qs()), getJson('/api/energy/metrics' + q)]);
      hhi(base, scen);
      document.getElementById('impact').dataset.ready = 'true';
    } catch (e) {
      note.textContent = '';
      showError('Scenario failed: ' + e.message);
    } finally {
      btn.disabled = false;
    }
  }

  function fixed(x) { return (Math.abs(x) < 0.005 ? 0 : x).toFixed(2); }

  async function nMinus1() {
    const btn = document.getElementById('n1');
    const status = document.getElementById('n1-status');
    btn.disabled = true;
    try {
      const body = {year: Number(document.getElementById('year').value), top: 15};
      const b = document.getElementById('base').value;
      if (b) body.base = b;
      let job = await postJson('/api/jobs/energy.n-1', body);
      status.textContent = 'job ' + job.id + ' ' + job.status + '…';
      while (!['done', 'failed', 'cancelled'].includes(job.status)) {
        await new Promise(r => setTimeout(r, 400));
        job = await getJson('/api/jobs/' + encodeURIComponent(job.id));
        status.textContent = 'job ' + job.id + ' ' + job.status + '…';
      }
      if (job.status !== 'done') throw new Error('job ' + job.id + ' ' + job.status + ': ' + (job.error || ''));
      const r = job.result;
      status.textContent = r.outagesSolved + ' outages solved in ' + num(r.elapsedMillis, 0) + ' ms (job ' + job.id
        + '), base netback $' + num(r.baseNetbackUsd / 1e6, 0) + ' million';
      const tbody = document.querySelector('#n1-table tbody');
      tbody.replaceChildren(...r.ranking.map(o => el('tr', {}, el('td', {class: 'num'}, o.rank), el('td', {}, o.kind),
        el('td', {}, o.id), el('td', {}, o.country), el('td', {class: 'num'}, fixed(o.lostNetbackUsd / 1e6)),
        el('td', {class: 'num'}, fixed(o.lostBcm)), el('td', {}, o.marketsHit.join(', ')))));
      document.getElementById('n1-table').dataset.ready = 'true';
    } catch (e) {
      status.textContent = '';
      showError('N-1 failed: ' + e.message);
    } finally {
      btn.disabled = false;
    }
  }

  async function main() {
    try {
      const [summary, gas, countries] = await Promise.all(['/api/pack', '/api/pack/gas', '/api/pack/countries'].map(getJson));
      state.gas = gas; state.countries = countries;
      years(gas, summary.asOf);
      state.pos = CRMap.gasPositions(gas, countries);
      state.map = await CRMap.base('map', [...state.pos.values()].map(p => p.ll));
      document.getElementById('year').addEventListener('change', load);
      document.getElementById('base').addEventListener('change', load);
      document.getElementById('apply').addEventListener('click', apply);
      document.getElementById('clear').addEventListener('click', () => {
        document.querySelectorAll('#arcs input:checked').forEach(i => { i.checked = false; });
        document.getElementById('transit').value = '';
        load();
      });
      document.getElementById('n1').addEventListener('click', nMinus1);
      await load();
    } catch (e) {
      showError('Could not load the energy page: ' + e.message);
    }
  }

  document.addEventListener('DOMContentLoaded', main);
})();
