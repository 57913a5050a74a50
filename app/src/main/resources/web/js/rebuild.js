// The rebuild page: needs by governorate (map) and by sector (bars), the programme solved as a job (service
// curve and Gantt), and two finished programme runs compared. Figures from the rebuild engine via the API.
'use strict';

(() => {
  const {el, getJson, showError, num, usdBn} = CR;
  const SVG = 'http://www.w3.org/2000/svg';
  const SECTOR_COLORS = ['#2f7d32', '#0f5b78', '#c0561b', '#6a3d9a', '#b3261e', '#d48a00', '#5b6b76', '#1b8a8a',
    '#8a5a44', '#7a2e0b', '#4a7bd0', '#9c7c00'];

  async function postJson(path, body) {
    const res = await fetch(path, {method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}, body: JSON.stringify(body)});
    let j = null;
    try { j = await res.json(); } catch (e) { j = null; }
    if (!res.ok) throw new Error(path + ': ' + (j && j.error ? j.error : res.status + ' ' + res.statusText));
    return j;
  }

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  let baseMap = null;
  let routesLayer = null;
  let shownPlan = null; // the finished rebuild.plan job on the page, for the logistics of its months

  async function awaitJob(job, status) {
    const t0 = Date.now();
    while (!['done', 'failed', 'cancelled'].includes(job.status)) {
      status.textContent = 'job ' + job.id + ' ' + job.status + ' \u00b7 ' + Math.round((Date.now() - t0) / 1000) + ' s';
      await new Promise(r => setTimeout(r, 500));
      job = await getJson('/api/jobs/' + encodeURIComponent(job.id));
    }
    if (job.status !== 'done') throw new Error('job ' + job.id + ' ' + job.status + ': ' + (job.error || ''));
    return job;
  }

  // The month's truck routes (job rebuild.logistics) as a GeoJSON layer over the needs map; texts via textContent.
  async function logistics() {
    const btn = document.getElementById('logistics');
    const status = document.getElementById('logistics-status');
    btn.disabled = true;
    try {
      const body = {period: document.getElementById('period').value};
      const withPlan = document.getElementById('use-plan').checked && shownPlan;
      if (withPlan) body.plan = shownPlan.id;
      const job = await awaitJob(await postJson('/api/jobs/rebuild.logistics', body), status);
      const s = job.result.summary;
      if (routesLayer) routesLayer.remove();
      routesLayer = L.geoJSON(job.result.geojson, {
        style: f => (f.properties.type === 'route' ? {className: 'route', color: '#c0561b', weight: 2, opacity: 0.7}
          : f.properties.type === 'closed-segment' ? {className: 'closed', color: '#b3261e', weight: 3, dashArray: '4 4'} : {}),
        pointToLayer: (f, latlng) => L.circleMarker(latlng, {className: f.properties.type, radius: f.properties.type === 'depot' ? 6 : 4,
          color: f.properties.type === 'depot' ? '#0f5b78' : (f.properties.tonnesUnmet > 0 ? '#b3261e' : '#2f7d32'), weight: 1, fillOpacity: 0.6}),
        onEachFeature: (f, layer) => {
          const p = f.properties;
          layer.bindTooltip(p.type === 'route'
            ? CRMap.tip(p.truck + ' ' + p.date + ' trip ' + p.trip, num(p.tonnes, 1) + ' t, ' + num(p.distanceKm, 0) + ' km', p.roads)
            : p.type === 'closed-segment' ? CRMap.tip('closed: ' + (p.road || p.id || ''), p.reopens ? 'reopens ' + p.reopens : '',
              p.repairedBy ? 'repaired by ' + p.repairedBy : '')
            : CRMap.tip(p.name || p.id, p.tonnesDelivered !== undefined ? num(p.tonnesDelivered, 1) + ' t delivered' : '',
              p.tonnesUnmet ? num(p.tonnesUnmet, 1) + ' t unmet' : ''));
        }}).addTo(baseMap);
      status.textContent = '';
      document.getElementById('logistics-note').textContent = s.period + ': ' + s.routes + ' truck trips over ' + s.workingDays
        + ' working days, ' + num(s.tonnesDelivered, 0) + ' of ' + num(s.tonnesDemanded, 0) + ' t delivered, '
        + num(s.distanceKm, 0) + ' km; ' + s.unmetDeliveries + ' deliveries unmet, ' + s.closedSegments + ' road segments closed ('
        + s.solver + ', ' + (withPlan ? 'work and repair dates of programme job ' + body.plan + ', illustrative fleet)'
          : 'illustrative programme, schedule and fleet)');
      document.getElementById('map').dataset.routes = 'true';
    } catch (e) {
      status.textContent = '';
      showError('Logistics failed: ' + e.message);
    } finally {
      btn.disabled = false;
    }
  }

  async function needsMap(needs, regions) {
    const byRegion = new Map();
    for (const l of needs.lines) byRegion.set(l.region, (byRegion.get(l.region) || 0) + l.centralUsd);
    const map = await CRMap.base('map', regions.map(r => [r.lat, r.lon]));
    baseMap = map;
    const max = Math.max(1, ...byRegion.values());
    for (const r of regions) {
      const v = byRegion.get(r.id) || 0;
      L.circleMarker([r.lat, r.lon], {className: 'need', radius: 4 + 26 * Math.sqrt(v / max), color: '#2f7d32', weight: 1,
        fillColor: '#2f7d32', fillOpacity: 0.35})
        .bindTooltip(CRMap.tip(r.name, usdBn(v) + ' central need', num(r.population, 0) + ' people')).addTo(map);
    }
    document.getElementById('map-note').textContent = regions.length + ' governorates; circle area by central need '
      + '(damage \u00d7 unit cost, rebuild/assets.csv and unit costs)';
    document.getElementById('map').dataset.ready = 'true';
  }

  function figures(needs) {
    const dl = document.getElementById('figures');
    const row = (k, v, s) => dl.append(el('dt', {}, k), el('dd', {'data-figure': k}, v, s ? el('small', {}, s) : null));
    const t = needs.total;
    row('Total need (central)', usdBn(t.centralUsd), 'range ' + usdBn(t.lowUsd) + '–' + usdBn(t.highUsd));
    for (const r of needs.references.filter(x => x.comparable)) {
      row(r.name + ' ' + r.year, usdBn(r.centralUsd), 'the pack covers ' + num(r.coveragePercent, 0) + '% (compared with its '
        + r.comparedWith + ')');
    }
    const top = [...needs.sectors].sort((a, b) => b.centralUsd - a.centralUsd).slice(0, 3);
    row('Top sectors', top.map(s => s.sector).join(', '), top.map(s => usdBn(s.centralUsd)).join(', '));
    if (needs.unpriced.length) row('Unpriced classes', needs.unpriced.join(', '), 'left out of the totals');
    document.getElementById('subtitle').textContent = 'RDNA-style needs assessment of the pack: ' + needs.lines.length
      + ' region \u00d7 asset class lines. Engine: rebuild needs.';
  }

  function sectorChart(needs) {
    const s = [...needs.sectors].sort((a, b) => b.centralUsd - a.centralUsd);
    const chart = echarts.init(document.getElementById('sectors'));
    chart.setOption({
      grid: {left: 140, right: 30, top: 10, bottom: 30},
      tooltip: {renderMode: 'richText', trigger: 'axis'},
      xAxis: {type: 'value', name: '$ bn', axisLabel: {formatter: v => v}},
      yAxis: {type: 'category', data: s.map(x => x.sector), inverse: true},
      series: [
        {type: 'bar', name: 'central', data: s.map(x => Math.round(x.centralUsd / 1e8) / 10), itemStyle: {color: '#2f7d32'}},
        {type: 'scatter', name: 'high', data: s.map(x => Math.round(x.highUsd / 1e8) / 10), symbol: 'rect',
          symbolSize: [2, 14], itemStyle: {color: '#1d2a33'}},
      ],
    });
    document.getElementById('sectors').dataset.ready = 'true';
  }

  function gantt(plan) {
    const box = document.getElementById('gantt');
    const pk = plan.packages.filter(p => p.selected).sort((a, b) => a.startMonth - b.startMonth || a.id.localeCompare(b.id));
    const sectors = [...new Set(pk.map(p => p.sector))].sort();
    const color = new Map(sectors.map((s, i) => [s, SECTOR_COLORS[i % SECTOR_COLORS.length]]));
    const H = plan.horizonMonths, rowH = 12, left = 190, width = 900, top = 22;
    const x = m => left + (width - left - 10) * m / H;
    const root = svg('svg', {width, height: top + pk.length * rowH + 10, class: 'gantt-svg'});
    for (let y = 0; y <= H; y += 12) {
      root.append(svg('line', {x1: x(y), x2: x(y), y1: top - 4, y2: top + pk.length * rowH, class: 'grid'}));
      root.append(svg('text', {x: x(y) - 8, y: 12}, String(plan.startYear + y / 12)));
    }
    pk.forEach((p, i) => {
      const y = top + i * rowH;
      root.append(svg('text', {x: 4, y: y + 9}, p.id));
      const bar = svg('rect', {x: x(p.startMonth), y: y + 1, width: Math.max(2, x(p.endMonth) - x(p.startMonth)),
        height: rowH - 3, fill: color.get(p.sector), class: 'task', 'data-id': p.id});
      bar.append(svg('title', {}, p.id + ' · ' + p.executor + ' · ' + p.start + ' to ' + p.finish + ' · $'
        + num(p.costUsd / 1e6, 0) + ' million · ' + p.decidingConstraint + ': ' + p.decidingDetail));
      root.append(bar);
    });
    box.replaceChildren(root);
    const legend = document.getElementById('gantt-legend');
    legend.replaceChildren('Colour by sector: ', ...sectors.flatMap(s => {
      const sw = el('span', {class: 'dot'});
      sw.style.background = color.get(s);
      return [sw, s + ' '];
    }), '— hover a bar for its dates, cost and what decided its start.');
    box.dataset.ready = 'true';
    return color;
  }

  function serviceChart(plan) {
    const el2 = document.getElementById('service');
    const chart = echarts.getInstanceByDom(el2) || echarts.init(el2);
    chart.setOption({
      grid: {left: 50, right: 20, top: 10, bottom: 30},
      tooltip: {renderMode: 'richText', trigger: 'axis'},
      xAxis: {type: 'category', data: plan.serviceByMonth.map((_, m) => m), name: 'month'},
      yAxis: {type: 'value', max: 100, name: '%'},
      series: [{type: 'line', data: plan.serviceByMonth.map(v => Math.round(v * 10) / 10), showSymbol: false,
        areaStyle: {opacity: 0.15}, itemStyle: {color: '#2f7d32'}}],
    }, true);
  }

  function planFigures(job) {
    const p = job.result;
    const dl = document.getElementById('plan-figures');
    dl.replaceChildren();
    const row = (k, v) => dl.append(el('dt', {}, k), el('dd', {'data-figure': k}, v));
    row('Status', p.status);
    row('Packages', p.packagesSelected + ' of ' + p.packagesTotal);
    row('Cost', usdBn(p.totalCostUsd));
    row('Finish', p.finish);
    shownPlan = job;
    const usePlan = document.getElementById('use-plan');
    usePlan.disabled = false;
    usePlan.checked = true;
    // keep the month asked for if the programme has work under way in it; else the month with the most
    const period = document.getElementById('period');
    const label = m => (p.startYear + Math.floor(m / 12)) + '-' + String(m % 12 + 1).padStart(2, '0');
    const underWay = m => p.packages.filter(k => k.selected && k.startMonth <= m && m < k.endMonth).length;
    const asked = period.value ? (Number(period.value.slice(0, 4)) - p.startYear) * 12 + Number(period.value.slice(5, 7)) - 1 : -1;
    if (asked < 0 || asked >= p.horizonMonths || underWay(asked) === 0) {
      let best = 0;
      for (let m = 0; m < p.horizonMonths; m++) if (underWay(m) > underWay(best)) best = m;
      period.value = label(best);
    }
    const stop = p.solve.stoppedBy ? ', stopped by ' + p.solve.stoppedBy + (p.solve.reproducible ? ' (reproducible)' : '') : '';
    const gap = p.solve.lpBound ? ', gap to LP bound ' + num(p.solve.lpBoundGapPercent) + '%' : '';
    const power = p.power && p.power.applied ? ', power-limited service ' + num(100 * p.serviceRestored / p.power.serviceRestoredUnscaled) + '% of full' : '';
    document.getElementById('plan-status').textContent = 'job ' + job.id + ': solved in ' + num(p.solve.seconds)
      + ' s (limit ' + num(p.solve.timeLimitSeconds) + ' s), ' + p.leftOut.length + ' packages left out' + stop + gap + power;
  }

  async function runs() {
    const list = await getJson('/api/jobs');
    const done = list.jobs.filter(j => j.kind === 'rebuild.plan' && j.status === 'done');
    for (const id of ['run-a', 'run-b']) {
      const sel = document.getElementById(id);
      sel.replaceChildren(...done.map(j => el('option', {value: j.id}, j.createdAt.slice(0, 19).replace('T', ' ')
        + ' · ' + JSON.stringify(j.params))));
    }
    if (done.length > 1) document.getElementById('run-b').selectedIndex = 1;
    return done;
  }

  async function plan() {
    const btn = document.getElementById('plan');
    const status = document.getElementById('plan-status');
    btn.disabled = true;
    try {
      const body = {horizonMonths: Number(document.getElementById('horizon').value),
        budgetUsdPerYear: Number(document.getElementById('budget').value) * 1e9,
        timeLimitSeconds: Number(document.getElementById('limit').value)};
      let job = await postJson('/api/jobs/rebuild.plan', body);
      const t0 = Date.now();
      while (!['done', 'failed', 'cancelled'].includes(job.status)) {
        status.textContent = 'job ' + job.id + ' ' + job.status + ' · ' + Math.round((Date.now() - t0) / 1000) + ' s';
        await new Promise(r => setTimeout(r, 500));
        job = await getJson('/api/jobs/' + encodeURIComponent(job.id));
      }
      if (job.status !== 'done') throw new Error('job ' + job.id + ' ' + job.status + ': ' + (job.error || ''));
      planFigures(job);
      serviceChart(job.result);
      gantt(job.result);
      await runs();
    } catch (e) {
      status.textContent = '';
      showError('Programme failed: ' + e.message);
    } finally {
      btn.disabled = false;
    }
  }

  async function compare() {
    const a = document.getElementById('run-a').value, b = document.getElementById('run-b').value;
    if (!a || !b) { showError('Solve the programme at least once (twice with other settings) to compare runs.'); return; }
    try {
      const c = await getJson('/api/rebuild/compare?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b));
      document.querySelector('#comparison tbody').replaceChildren(...c.years.map(y => el('tr', {},
        el('td', {}, y.year), el('td', {class: 'num'}, num(y.servicePercentA)), el('td', {class: 'num'}, num(y.servicePercentB)),
        el('td', {class: 'num'}, num(y.spendUsdA / 1e9)), el('td', {class: 'num'}, num(y.spendUsdB / 1e9)))));
      document.getElementById('comparison').dataset.ready = 'true';
    } catch (e) {
      showError('Comparison failed: ' + e.message);
    }
  }

  async function main() {
    try {
      const [needs, rebuild] = await Promise.all([getJson('/api/rebuild/needs'), getJson('/api/pack/rebuild')]);
      figures(needs);
      sectorChart(needs);
      await needsMap(needs, rebuild.regions);
      document.getElementById('plan').addEventListener('click', plan);
      document.getElementById('compare').addEventListener('click', compare);
      document.getElementById('logistics').addEventListener('click', logistics);
      await runs();
    } catch (e) {
      showError('Could not load the rebuild page: ' + e.message);
    }
  }

  document.addEventListener('DOMContentLoaded', main);
})();
