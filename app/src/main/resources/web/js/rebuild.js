// The rebuild page: needs by governorate (map and table) and by sector (bars and table), the programme solved as a
// job (service curve, a keyboard-walkable Gantt, what limited it), and two finished programme runs compared.
// Figures from the rebuild engine via the API; names from the pack, ids in tooltips and in the URL
// (?horizon=&budget=&limit=&period=&a=&b=).
'use strict';

(() => {
  const {el, getJson, banner, clearBanner, num, usdBn, usdM, pct, month, sectorName, names, url} = CR;
  const SVG = 'http://www.w3.org/2000/svg';
  const SECTOR_COLORS = ['#2f7d32', '#0f5b78', '#c0561b', '#6a3d9a', '#b3261e', '#d48a00', '#5b6b76', '#1b8a8a',
    '#8a5a44', '#7a2e0b', '#4a7bd0', '#9c7c00'];
  const $ = id => document.getElementById(id);
  let N = null;

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  let baseMap = null;
  let routesLayer = null;
  let shownPlan = null; // the finished rebuild.plan job on the page, for the logistics of its months

  const ym = (startYear, m) => (startYear + Math.floor(m / 12)) + '-' + String(m % 12 + 1).padStart(2, '0');

  // The month's truck routes (job rebuild.logistics) as a GeoJSON layer over the needs map; texts via textContent.
  async function logistics(ev) {
    ev.preventDefault();
    clearBanner();
    if (!CR.validate($('logistics-form'))) return;
    const btn = $('logistics');
    btn.disabled = true;
    const note = $('logistics-note');
    note.classList.add('stale');
    url.set({period: $('period').value});
    try {
      const body = {period: $('period').value};
      const withPlan = $('use-plan').checked && shownPlan;
      body.plan = withPlan ? shownPlan.id : 'illustrative';
      const job = await CR.runJob('rebuild.logistics', body, $('logistics-job'), 'Routing the trucks for ' + month(body.period), null);
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
            ? CRMap.tip('Truck ' + p.truck + ', ' + p.date + ', trip ' + p.trip, num(p.tonnes, 1) + ' t, ' + num(p.distanceKm, 0) + ' km', p.roads)
            : p.type === 'closed-segment' ? CRMap.tip('Closed: ' + (p.road || p.id || ''), p.reopens ? 'reopens ' + month(p.reopens) : '',
              p.repairedBy ? 'repaired by ' + N.pkg(p.repairedBy) : '')
            : CRMap.tip(p.name || N.region(p.id), p.tonnesDelivered !== undefined ? num(p.tonnesDelivered, 1) + ' t delivered' : '',
              p.tonnesUnmet ? num(p.tonnesUnmet, 1) + ' t unmet (\u2716)' : ''));
        }}).addTo(baseMap);
      CRMap.quiet('map');
      note.dataset.period = s.period;
      note.dataset.trips = s.routes;
      note.dataset.programme = withPlan ? 'shown' : 'illustrative';
      note.replaceChildren(el('strong', {}, month(s.period) + ': ' + num(s.tonnesDelivered, 0) + ' of ' + num(s.tonnesDemanded, 0)
        + ' t delivered'), ' in ' + num(s.routes, 0) + ' truck trips over ' + s.workingDays + ' working days, ' + num(s.distanceKm, 0)
        + ' km; ' + s.unmetDeliveries + ' deliveries unmet, ' + s.closedSegments + ' road segments closed (' + s.solver + ', '
        + (withPlan ? 'work and repair dates of the programme shown, illustrative fleet)' : 'illustrative programme, schedule and fleet)'));
      $('map').dataset.routes = 'true';
    } catch (e) {
      if (e instanceof CR.Cancelled) note.textContent = e.message;
      else { note.textContent = ''; banner('Truck routes could not be planned: ' + e.message); }
    } finally {
      note.classList.remove('stale');
      btn.disabled = false;
    }
  }

  async function needsMap(needs, regions) {
    const byRegion = new Map();
    for (const l of needs.lines) {
      const r = byRegion.get(l.region) || {low: 0, central: 0, high: 0};
      r.low += l.lowUsd; r.central += l.centralUsd; r.high += l.highUsd;
      byRegion.set(l.region, r);
    }
    const map = await CRMap.base('map', regions.map(r => [r.lat, r.lon]));
    baseMap = map;
    const max = Math.max(1, ...[...byRegion.values()].map(v => v.central));
    for (const r of regions) {
      const v = (byRegion.get(r.id) || {central: 0}).central;
      L.circleMarker([r.lat, r.lon], {className: 'need', radius: 4 + 26 * Math.sqrt(v / max), color: '#2f7d32', weight: 1,
        fillColor: '#2f7d32', fillOpacity: 0.35})
        .bindTooltip(CRMap.tip(r.name, usdBn(v) + ' central need', num(r.population, 0) + ' people', 'id: ' + r.id)).addTo(map);
    }
    CRMap.legend(map, [['dot', '#2f7d32', 'need (area: central $)'], ['line', '#c0561b', 'truck route'],
      ['dash', '#b3261e', 'road closed'], ['dot', '#0f5b78', 'depot or port']]);
    CRMap.quiet('map');
    $('map-note').textContent = regions.length + ' governorates; circle area by central need '
      + '(damage \u00d7 unit cost, rebuild/assets.csv and unit costs)';
    const rows = [...regions].sort((a, b) => ((byRegion.get(b.id) || {central: 0}).central - (byRegion.get(a.id) || {central: 0}).central));
    $('regions').tBodies[0].replaceChildren(...rows.map(r => {
      const v = byRegion.get(r.id) || {low: 0, central: 0, high: 0};
      return el('tr', {'data-region': r.id}, el('th', {scope: 'row'}, CR.named(r.name, r.id)),
        el('td', {class: 'num', 'data-csv': r.population}, num(r.population, 0)),
        ...[v.low, v.central, v.high].map(x => el('td', {class: 'num', 'data-csv': x}, num(x / 1e9, 1))));
    }));
    $('map').dataset.ready = 'true';
  }

  function figures(needs) {
    const dl = $('figures');
    const row = (k, v, s) => dl.append(el('dt', {}, k), el('dd', {'data-figure': k}, v, s ? el('small', {}, s) : null));
    const t = needs.total;
    row('Total need (central)', usdBn(t.centralUsd), 'range ' + usdBn(t.lowUsd) + '\u2013' + usdBn(t.highUsd));
    for (const r of needs.references.filter(x => x.comparable)) {
      row(r.name + ' ' + r.year, usdBn(r.centralUsd), 'the pack\'s ' + r.comparedWith + ' (' + usdBn(r.packCentralUsd)
        + ') cover ' + pct(r.coveragePercent));
    }
    for (const c of (needs.coverage || []).filter(x => x.referenceId)) {
      row('Coverage, ' + sectorName(c.sector).toLowerCase(), pct(c.coveragePercent) + ' of ' + c.referenceName,
        usdBn(c.centralUsd) + ' in the pack; ' + c.note);
    }
    const top = [...needs.sectors].sort((a, b) => b.centralUsd - a.centralUsd).slice(0, 3);
    row('Top sectors', top.map(s => sectorName(s.sector)).join(', '), top.map(s => usdBn(s.centralUsd)).join(', '));
    if (needs.unpriced.length) row('Unpriced classes', needs.unpriced.map(N.assetClass).join(', '), 'left out of the totals');
    $('subtitle').replaceChildren(el('strong', {}, 'Needs ' + usdBn(t.centralUsd) + ' (range ' + usdBn(t.lowUsd) + '\u2013'
      + usdBn(t.highUsd) + '), most in ' + sectorName(top[0].sector).toLowerCase() + '.'), ' RDNA-style assessment of the pack: '
      + needs.lines.length + ' governorate \u00d7 asset class lines. Engine: rebuild needs.');
  }

  function sectorChart(needs) {
    const s = [...needs.sectors].sort((a, b) => b.centralUsd - a.centralUsd);
    const chart = echarts.init($('sectors'));
    const narrow = $('sectors').clientWidth < 600;
    chart.setOption({
      grid: {left: narrow ? 110 : 150, right: 30, top: 30, bottom: 40},
      legend: {data: ['central', 'low', 'high'], top: 0},
      tooltip: {renderMode: 'richText', trigger: 'axis', valueFormatter: v => '$' + num(v, 1) + ' bn'},
      xAxis: {type: 'value', name: '$ bn', nameLocation: 'middle', nameGap: 25, axisLabel: {formatter: v => num(v, 0)}},
      yAxis: {type: 'category', data: s.map(x => sectorName(x.sector)), inverse: true, axisLabel: {width: narrow ? 100 : 140, overflow: 'truncate'}},
      series: [
        {type: 'bar', name: 'central', data: s.map(x => Math.round(x.centralUsd / 1e8) / 10), itemStyle: {color: '#2f7d32'}},
        {type: 'scatter', name: 'low', data: s.map(x => Math.round(x.lowUsd / 1e8) / 10), symbol: 'triangle', symbolRotate: 90,
          symbolSize: 9, itemStyle: {color: '#5b6b76'}},
        {type: 'scatter', name: 'high', data: s.map(x => Math.round(x.highUsd / 1e8) / 10), symbol: 'rect',
          symbolSize: [3, 14], itemStyle: {color: '#1d2a33'}},
      ],
    });
    $('sector-table').tBodies[0].replaceChildren(...s.map(x => el('tr', {}, el('th', {scope: 'row'}, sectorName(x.sector)),
      ...[x.lowUsd, x.centralUsd, x.highUsd].map(v => el('td', {class: 'num', 'data-csv': v}, num(v / 1e9, 1))))));
    $('sectors').dataset.ready = 'true';
  }

  /** One line per package, read out when a bar has the focus. */
  function describe(p) {
    return N.pkg(p.id) + ': ' + sectorName(p.sector) + ', ' + p.executor + ', ' + month(p.start) + ' to ' + month(p.finish)
      + ', ' + usdM(p.costUsd) + '; start decided by ' + p.decidingConstraint.replace(/-/g, ' ') + ' (' + p.decidingDetail + ')';
  }

  function gantt(plan) {
    const box = $('gantt');
    const pk = plan.packages.filter(p => p.selected).sort((a, b) => a.startMonth - b.startMonth || a.id.localeCompare(b.id));
    const sectors = [...new Set(pk.map(p => p.sector))].sort();
    const color = new Map(sectors.map((s, i) => [s, SECTOR_COLORS[i % SECTOR_COLORS.length]]));
    const H = plan.horizonMonths, rowH = 13, left = 260, width = 1000, top = 22;
    const x = m => left + (width - left - 10) * m / H;
    const root = svg('svg', {width, height: top + pk.length * rowH + 10, class: 'gantt-svg', 'aria-hidden': 'false'});
    for (let y = 0; y <= H; y += 12) {
      root.append(svg('line', {x1: x(y), x2: x(y), y1: top - 4, y2: top + pk.length * rowH, class: 'grid'}));
      root.append(svg('text', {x: x(y) - 12, y: 12}, String(plan.startYear + y / 12)));
    }
    const bars = [];
    pk.forEach((p, i) => {
      const y = top + i * rowH;
      const name = N.pkg(p.id);
      root.append(svg('text', {x: 4, y: y + 10}, name.length > 44 ? name.slice(0, 43) + '\u2026' : name));
      const bar = svg('rect', {x: x(p.startMonth), y: y + 1, width: Math.max(2, x(p.endMonth) - x(p.startMonth)),
        height: rowH - 3, fill: color.get(p.sector), class: 'task', 'data-id': p.id, tabindex: i === 0 ? 0 : -1,
        role: 'img', 'aria-label': describe(p)});
      bar.append(svg('title', {}, describe(p) + ' \u00b7 id ' + p.id));
      bar.addEventListener('focus', () => { $('gantt-detail').textContent = describe(p); });
      root.append(bar);
      bars.push(bar);
    });
    // one tab stop for the chart; the arrow keys, Home and End move between the bars (a roving tabindex)
    root.addEventListener('keydown', ev => {
      const i = bars.indexOf(document.activeElement);
      if (i < 0) return;
      const j = {ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: bars.length - 1}[ev.key];
      if (j === undefined || j < 0 || j >= bars.length) return;
      ev.preventDefault();
      bars[i].setAttribute('tabindex', '-1');
      bars[j].setAttribute('tabindex', '0');
      bars[j].focus();
    });
    box.replaceChildren(root);
    const legend = $('gantt-legend');
    legend.replaceChildren('Colour by sector (the name is also at the start of each row): ', ...sectors.flatMap(s => {
      const sw = el('span', {class: 'dot', 'aria-hidden': 'true'});
      sw.style.background = color.get(s);
      return [sw, sectorName(s) + ' '];
    }));
    $('packages').tBodies[0].replaceChildren(...pk.map(p => el('tr', {'data-id': p.id}, el('th', {scope: 'row'}, CR.named(N.pkg(p.id), p.id)),
      el('td', {}, sectorName(p.sector)), el('td', {}, p.executor), el('td', {'data-csv': p.start}, month(p.start)),
      el('td', {'data-csv': p.finish}, month(p.finish)), el('td', {class: 'num', 'data-csv': p.costUsd}, num(p.costUsd / 1e6, 0)),
      el('td', {}, p.decidingConstraint.replace(/-/g, ' ') + ': ' + p.decidingDetail))));
    box.dataset.ready = 'true';
  }

  function serviceChart(plan) {
    const box = $('service');
    const chart = echarts.getInstanceByDom(box) || echarts.init(box);
    const labels = plan.serviceByMonth.map((_, m) => ym(plan.startYear, m));
    chart.setOption({
      grid: {left: 50, right: 20, top: 10, bottom: 40},
      tooltip: {renderMode: 'richText', trigger: 'axis', valueFormatter: v => num(v, 1) + '%'},
      xAxis: {type: 'category', data: labels, name: 'year', nameLocation: 'middle', nameGap: 25,
        axisLabel: {interval: 11, formatter: v => v.slice(0, 4)}, axisTick: {interval: 11}},
      yAxis: {type: 'value', max: 100, name: '% restored', axisLabel: {formatter: v => v + '%'}},
      series: [{type: 'line', name: 'service restored', data: plan.serviceByMonth.map(v => Math.round(v * 10) / 10), showSymbol: false,
        areaStyle: {opacity: 0.15}, itemStyle: {color: '#2f7d32'}}],
    }, true);
  }

  /** What limited the programme: the reasons its packages were left out, counted, and how the solve ended. */
  function binds(p) {
    const counts = new Map();
    for (const l of p.leftOut) {
      const crew = /crew limit of ([\w:-]+)/.exec(l.reason);
      const key = crew ? 'crews (' + crew[1].replace(/:$/, '').replace(/:/g, ' ') + ')' : /budget/.test(l.reason) ? 'the yearly budget'
        : /predecessor/.test(l.reason) ? 'a predecessor that is left out'
        : /horizon|end of the programme|month \d+ is past/.test(l.reason) ? 'the horizon' : l.reason.replace(/\(.*$/, '').trim();
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    const items = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4)
      .map(([k, n]) => el('li', {}, num(n, 0) + ' packages left out by ' + k));
    const s = p.solve;
    const proven = s.status === 'optimal';
    items.push(el('li', {}, proven ? 'The solver proved this programme optimal for these limits.'
      : 'The solver stopped at its time limit (' + num(s.timeLimitSeconds, 1) + ' s) with a good programme, not a proven best one: '
        + 'a run with a smaller budget can restore more service than this one. Give it more time to close the gap.'));
    $('plan-binds').replaceChildren(...items);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  }

  function planFigures(job) {
    const p = job.result;
    const params = job.params;
    const dl = $('plan-figures');
    dl.replaceChildren();
    const row = (k, v) => dl.append(el('dt', {}, k), el('dd', {'data-figure': k}, v));
    const last = p.serviceByMonth[p.serviceByMonth.length - 1];
    row('Service restored', pct(last, 1) + ' by ' + month(ym(p.startYear, p.horizonMonths - 1)));
    row('Packages', p.packagesSelected + ' of ' + p.packagesTotal);
    row('Cost', usdBn(p.totalCostUsd));
    row('Finish', month(p.finish));
    if (p.solve.lpBound) row('Gap to bound', num(p.solve.lpBoundGapPercent, 1) + '% (LP relaxation with budgets, crews, precedence)');
    if (p.solve.stoppedBy) row('Stopped by', p.solve.stoppedBy + (p.solve.reproducible ? ' (reproducible)' : ' (not reproducible)'));
    if (p.power && p.power.applied) row('Power', num(100 * p.serviceRestored / p.power.serviceRestoredUnscaled, 1)
      + '% of the service the same plan restores with full power');
    const top = binds(p);
    $('plan-status').replaceChildren(el('strong', {}, usdBn(params.budgetUsdPerYear) + ' a year over ' + params.horizonMonths
      + ' months: ' + p.packagesSelected + ' of ' + p.packagesTotal + ' packages, ' + pct(last, 1) + ' of service restored.'),
      top ? ' Mostly limited by ' + top[0] + '.' : '', ' Solved in ' + num(p.solve.seconds, 1) + ' s (limit '
      + num(p.solve.timeLimitSeconds, 0) + ' s), ' + p.solve.status + '.');
    shownPlan = job;
    const usePlan = $('use-plan');
    usePlan.disabled = false;
    usePlan.checked = true;
    // the truck-route month must fall inside the programme: limit the field, and say so when the month moves
    const period = $('period');
    period.min = ym(p.startYear, 0);
    period.max = ym(p.startYear, p.horizonMonths - 1);
    const underWay = m => p.packages.filter(k => k.selected && k.startMonth <= m && m < k.endMonth).length;
    const asked = period.value ? (Number(period.value.slice(0, 4)) - p.startYear) * 12 + Number(period.value.slice(5, 7)) - 1 : -1;
    if (asked < 0 || asked >= p.horizonMonths || underWay(asked) === 0) {
      let best = 0;
      for (let m = 0; m < p.horizonMonths; m++) if (underWay(m) > underWay(best)) best = m;
      const was = period.value;
      period.value = ym(p.startYear, best);
      $('logistics-note').textContent = 'Truck routes moved ' + (was ? 'from ' + month(was) + ' ' : '') + 'to ' + month(period.value)
        + ', the programme\u2019s busiest month (' + underWay(best) + ' packages under way): '
        + (was ? month(was) + ' has no work of this programme.' : '');
    }
  }

  function runLabel(j) {
    const p = j.params || {};
    return j.createdAt.slice(0, 16).replace('T', ' ') + ' UTC \u00b7 ' + (p.budgetUsdPerYear ? usdBn(p.budgetUsdPerYear) + '/yr' : 'default budget')
      + ', ' + (p.horizonMonths || 120) + ' months, limit ' + num(p.timeLimitSeconds || 10, 0) + ' s';
  }

  async function runs() {
    const list = await getJson('/api/jobs');
    const done = list.jobs.filter(j => j.kind === 'rebuild.plan' && j.status === 'done');
    for (const id of ['run-a', 'run-b']) {
      const sel = $(id);
      sel.replaceChildren(...done.map(j => el('option', {value: j.id, title: 'job ' + j.id}, runLabel(j))));
    }
    if (done.length > 1) $('run-b').selectedIndex = 1;
    if (url.get('a') && done.some(j => j.id === url.get('a'))) $('run-a').value = url.get('a');
    if (url.get('b') && done.some(j => j.id === url.get('b'))) $('run-b').value = url.get('b');
    return done;
  }

  async function plan(ev) {
    if (ev) ev.preventDefault();
    clearBanner();
    if (!CR.validate($('plan-form'))) return;
    const btn = $('plan');
    const status = $('plan-status');
    btn.disabled = true;
    const body = {horizonMonths: Number($('horizon').value), budgetUsdPerYear: Number($('budget').value) * 1e9,
      timeLimitSeconds: Number($('limit').value)};
    url.set({horizon: $('horizon').value, budget: $('budget').value, limit: $('limit').value});
    document.querySelectorAll('#plan-figures, #plan-binds, #gantt, #service, #plan-status').forEach(x => x.classList.add('stale'));
    try {
      const job = await CR.runJob('rebuild.plan', body, $('plan-job'), 'Solving the programme', body.timeLimitSeconds + 2);
      planFigures(job);
      serviceChart(job.result);
      gantt(job.result);
      await runs();
    } catch (e) {
      if (e instanceof CR.Cancelled) status.textContent = e.message + ' The figures below are from the previous run, if any.';
      else banner('The programme could not be solved: ' + e.message.replace(/raise --time-limit/g, 'raise the time limit above'));
    } finally {
      document.querySelectorAll('.stale').forEach(x => x.classList.remove('stale'));
      btn.disabled = false;
    }
  }

  async function compare(ev) {
    ev.preventDefault();
    clearBanner();
    const a = $('run-a').value, b = $('run-b').value;
    if (!a || !b) { banner('Solve the programme twice (with other settings) first: then pick the two runs here.', 'info'); return; }
    url.set({a, b});
    try {
      const c = await getJson('/api/rebuild/compare?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b));
      $('comparison').tBodies[0].replaceChildren(...c.years.map(y => el('tr', {},
        el('th', {scope: 'row'}, y.year), el('td', {class: 'num', 'data-csv': y.servicePercentA}, num(y.servicePercentA, 1)),
        el('td', {class: 'num', 'data-csv': y.servicePercentB}, num(y.servicePercentB, 1)),
        el('td', {class: 'num', 'data-csv': y.spendUsdA}, num(y.spendUsdA / 1e9, 1)),
        el('td', {class: 'num', 'data-csv': y.spendUsdB}, num(y.spendUsdB / 1e9, 1)))));
      $('comparison').dataset.ready = 'true';
    } catch (e) {
      banner('The runs could not be compared: ' + e.message);
    }
  }

  async function main() {
    for (const [k, id] of [['horizon', 'horizon'], ['budget', 'budget'], ['limit', 'limit'], ['period', 'period']]) {
      if (url.get(k)) $(id).value = url.get(k);
    }
    try {
      const [needs, rebuild, summary] = await Promise.all([getJson('/api/rebuild/needs'), getJson('/api/pack/rebuild'),
        getJson('/api/pack')]);
      // without a programme the truck routes follow the illustrative one: ten years from January of the pack's year
      const first = Number(String(summary.asOf).slice(0, 4));
      if (first) {
        const period = $('period');
        period.min = first + '-01';
        period.max = (first + 9) + '-12';
        if (!url.get('period') || period.value < period.min || period.value > period.max) period.value = first + '-06';
      }
      N = await names();
      figures(needs);
      sectorChart(needs);
      await needsMap(needs, rebuild.regions);
      $('plan-form').addEventListener('submit', plan);
      $('compare-form').addEventListener('submit', compare);
      $('logistics-form').addEventListener('submit', logistics);
      await runs();
    } catch (e) {
      banner('Could not load the rebuild page: ' + e.message);
    }
  }

  document.addEventListener('DOMContentLoaded', main);
})();
