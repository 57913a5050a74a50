// The overview page: the region map, the headline numbers of each pillar, and the sources, all from the pack.
'use strict';

(() => {
  const {el, getJson, showError, num, usdBn, date} = CR;
  const COLORS = {pipe: '#c0561b', planned: '#e39a6f', swap: '#8a5a44', node: '#7a2e0b', gov: '#2f7d32',
    road: '#6b7780', damaged: '#d48a00', destroyed: '#b3261e'};

  function tip(title, ...lines) {
    return el('div', {class: 'tip'}, el('b', {}, title), ...lines.filter(Boolean).map(l => el('span', {}, l)));
  }

  function legend(map) {
    const c = L.control({position: 'topright'});
    c.onAdd = () => {
      const row = (sw, text) => el('div', {}, sw, text);
      return el('div', {class: 'legend', id: 'legend'},
        row(el('span', {class: 'sw', style: null}), 'gas pipeline (width: capacity)'),
        row(el('span', {class: 'sw dash'}), 'swap or planned arc'),
        row(el('span', {class: 'dot'}), 'gas node'),
        row(el('span', {class: 'dot'}), 'governorate (area: population)'),
        row(el('span', {class: 'sw'}), 'road: open, damaged, bridge down'));
    };
    c.addTo(map);
    // colours set through the CSSOM (allowed by the Content-Security-Policy, unlike style attributes)
    const sws = document.querySelectorAll('#legend .sw, #legend .dot');
    sws[0].style.borderColor = COLORS.pipe; sws[1].style.borderColor = COLORS.swap;
    sws[2].style.background = COLORS.node; sws[3].style.background = COLORS.gov;
    sws[4].style.borderImage = 'linear-gradient(90deg,' + COLORS.road + ' 33%,' + COLORS.damaged + ' 33% 66%,'
      + COLORS.destroyed + ' 66%) 1';
  }

  /** Positions of gas nodes: their own coordinates, else the capital of their country (marked approximate). */
  function nodePositions(gas, countries) {
    const capitals = new Map(countries.map(c => [c.iso3, [c.lat, c.lon]]));
    const pos = new Map();
    for (const n of gas.nodes) {
      if (n.lat !== null && n.lon !== null) pos.set(n.id, {ll: [n.lat, n.lon], approx: false});
      else if (capitals.has(n.country)) pos.set(n.id, {ll: capitals.get(n.country), approx: true});
    }
    return pos;
  }

  function drawMap(world, pack) {
    const {gas, rebuild, roads, countries} = pack;
    const map = L.map('map', {zoomSnap: 0.25, preferCanvas: false, worldCopyJump: false});
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Outlines: Natural Earth (public domain) via world-atlas');
    const pos = nodePositions(gas, countries);
    const roadPos = new Map(roads.nodes.map(n => [n.id, [n.lat, n.lon]]));
    const points = [...[...pos.values()].map(p => p.ll), ...rebuild.regions.map(r => [r.lat, r.lon]),
      ...roads.nodes.map(n => [n.lat, n.lon])];
    if (points.length === 0) countries.forEach(c => points.push([c.lat, c.lon]));
    const bounds = L.latLngBounds(points.length ? points : [[30, 20], [45, 50]]).pad(0.15);

    // country outlines near the pack's area (the whole world at 1:50m is more than the map needs)
    const pad = 20;
    const near = f => {
      const b = Topo.bbox(f);
      return b[2] >= bounds.getWest() - pad && b[0] <= bounds.getEast() + pad
        && b[3] >= bounds.getSouth() - pad && b[1] <= bounds.getNorth() + pad;
    };
    const outlines = Topo.features(world, 'countries');
    outlines.features = outlines.features.filter(near);
    L.geoJSON(outlines, {
      style: {className: 'country', color: '#8c9aa3', weight: 0.7, fillColor: '#f3f0e8', fillOpacity: 1},
      onEachFeature: (f, layer) => layer.bindTooltip(el('span', {}, f.properties.name || ''), {sticky: true}),
    }).addTo(map);

    map.createPane('roads').style.zIndex = 410;
    map.createPane('pipes').style.zIndex = 420;
    map.createPane('points').style.zIndex = 430;

    let roadsDrawn = 0;
    for (const s of roads.segments) {
      const a = roadPos.get(s.from), b = roadPos.get(s.to);
      if (!a || !b) continue;
      const color = s.state === 'OPEN' ? COLORS.road : s.state === 'DAMAGED' ? COLORS.damaged : COLORS.destroyed;
      L.polyline([a, b], {pane: 'roads', className: 'road', color, weight: 2, dashArray: s.state === 'OPEN' ? null : '5 4'})
        .bindTooltip(tip((s.road || s.id) + ' · ' + s.roadClass.toLowerCase(), num(s.lengthKm, 0) + ' km',
          s.state.toLowerCase().replace('_', ' ')), {sticky: true})
        .addTo(map);
      roadsDrawn++;
    }

    let pipesDrawn = 0, pipesSkipped = 0, approx = false;
    for (const p of gas.pipelines) {
      const a = pos.get(p.from), b = pos.get(p.to);
      if (!a || !b) { pipesSkipped++; continue; }
      approx = approx || a.approx || b.approx;
      const planned = p.status !== 'OPERATING';
      L.polyline([a.ll, b.ll], {pane: 'pipes', className: 'pipeline', color: planned ? COLORS.planned : COLORS.pipe,
        weight: 1.5 + Math.sqrt(p.capacityBcmPerYear) * 1.3, opacity: 0.85, dashArray: planned ? '6 5' : null})
        .bindTooltip(tip(p.name, num(p.capacityBcmPerYear) + ' bcm/y · ' + p.status.toLowerCase(),
          'in ' + p.country + (p.owner ? ' · ' + p.owner : ''),
          p.transitFeeShare > 0 ? 'transit fee ' + num(p.transitFeeShare * 100) + '% in kind' : null), {sticky: true})
        .addTo(map);
      pipesDrawn++;
    }
    for (const s of gas.swaps) {
      const a = pos.get(s.from), b = pos.get(s.to);
      if (!a || !b) continue;
      L.polyline([a.ll, b.ll], {pane: 'pipes', className: 'swap', color: COLORS.swap, weight: 2, dashArray: '2 6'})
        .bindTooltip(tip(s.name, 'swap via ' + s.via + ' · ' + num(s.capacityBcmPerYear) + ' bcm/y'), {sticky: true})
        .addTo(map);
    }
    for (const n of gas.nodes) {
      const p = pos.get(n.id);
      if (!p) continue;
      L.circleMarker(p.ll, {pane: 'points', className: 'gas-node', radius: 4, color: '#fff', weight: 1,
        fillColor: COLORS.node, fillOpacity: 1})
        .bindTooltip(tip(n.name, n.kind.toLowerCase() + ' · ' + n.country,
          p.approx ? 'position approximate: capital of ' + n.country : null))
        .addTo(map);
    }
    for (const r of rebuild.regions) {
      L.circleMarker([r.lat, r.lon], {pane: 'points', className: 'governorate',
        radius: 3 + 6 * Math.sqrt(r.population / 1e6), color: COLORS.gov, weight: 1, fillColor: COLORS.gov, fillOpacity: 0.35})
        .bindTooltip(tip(r.name, num(r.population, 0) + ' people (' + r.populationYear + ')', r.capital || null))
        .addTo(map);
    }
    legend(map);
    map.fitBounds(bounds);
    // map paths are not tab stops: the same facts are in the cards, reachable by keyboard
    document.querySelectorAll('#map path').forEach(p => p.setAttribute('tabindex', '-1'));

    const note = [outlines.features.length + ' countries', pipesDrawn + ' pipeline arcs', gas.swaps.length + ' swaps',
      rebuild.regions.length + ' governorates', roadsDrawn + ' road segments'].join(' · ');
    document.getElementById('map-note').textContent = note
      + (pipesSkipped ? ' · ' + pipesSkipped + ' arcs not drawn (a node without position)' : '')
      + (approx ? ' · nodes without coordinates are drawn at their country\u2019s capital' : '');
    document.getElementById('map').dataset.ready = 'true';
  }

  function card(kind, title, rows) {
    const dl = el('dl', {class: 'figures'});
    for (const [label, value, source] of rows) {
      dl.append(el('dt', {}, label), el('dd', {'data-figure': label}, value, source ? el('small', {}, source) : null));
    }
    return el('section', {class: 'card ' + kind, id: 'pillar-' + kind}, el('h2', {}, title), dl);
  }

  function latestYear(items) {
    return items.reduce((m, x) => Math.max(m, x.year), -Infinity);
  }

  function headlines(summary, pack) {
    const {gas, rebuild} = pack;
    const operating = gas.pipelines.filter(p => p.status === 'OPERATING');
    const km = gas.pipelines.reduce((s, p) => s + (p.lengthKm || 0), 0);
    const caps = operating.map(p => p.capacityBcmPerYear);
    const year = latestYear(gas.deliveries);
    const delivered = gas.deliveries.filter(d => d.year === year);
    const energy = [
      ['Pipeline arcs', operating.length + ' operating of ' + gas.pipelines.length, 'gas/pipelines.csv'],
      ['Length of arcs', num(km, 0) + ' km', 'gas/pipelines.csv (where given)'],
      ['Arc capacity', caps.length ? num(Math.min(...caps)) + '–' + num(Math.max(...caps)) + ' bcm/y' : '–',
        'operating arcs'],
      ['Markets · swaps', gas.markets.length + ' · ' + gas.swaps.length, 'gas/markets.csv, gas/swaps.csv'],
    ];
    if (delivered.length) {
      energy.push(['Reported deliveries ' + year, num(delivered.reduce((s, d) => s + d.volumeBcm, 0)) + ' bcm',
        delivered.length + ' markets · gas/deliveries.csv']);
    }
    const pop = rebuild.regions.reduce((s, r) => s + r.population, 0);
    const popYears = [...new Set(rebuild.regions.map(r => r.populationYear))].sort();
    const rebuildRows = [
      ['Governorates', String(rebuild.regions.length), 'rebuild/regions.csv'],
      ['Population', num(pop, 0), popYears.length ? 'as of ' + popYears.join(', ') : null],
      ['Damage rows · asset classes', rebuild.damage.length + ' · ' + rebuild.assetClasses.length, 'rebuild/assets.csv'],
    ];
    const refs = [];
    for (const f of rebuild.references) {
      const range = f.lowUsd !== null && f.highUsd !== null
        ? ' (' + num(f.lowUsd / 1e9, 0) + '–' + num(f.highUsd / 1e9, 0) + ')' : '';
      refs.push([f.name + ' ' + f.year, usdBn(f.centralUsd) + range,
        'rebuild/references.csv · ' + (f.provenance.sourceIds.join(', ') || 'illustrative')]);
    }
    // the first reference stays in the card; the rest fold away (a pack can carry dozens)
    rebuildRows.push(...refs.slice(0, 1));
    const dates = pack.events.map(e => e.date).sort();
    const relations = [
      ['Countries · actors', pack.countries.length + ' · ' + pack.actors.length, 'countries.csv, actors.csv'],
      ['Baseline ties', String(pack.relations.length), 'relations.csv'],
      ['Curated events', String(pack.events.length), dates.length ? dates[0] + ' to ' + dates[dates.length - 1] : null],
    ];
    const packRows = [
      ['As of', summary.asOf, summary.name],
      ['Fact rows with a source', num(100 * summary.sourcedRows / Math.max(1, summary.rows), 0) + '%',
        summary.sourcedRows + ' of ' + summary.rows + ' rows'],
      ['Sources', String(summary.sources), 'sources.csv'],
    ];
    const rebuildCard = card('rebuild', 'Rebuild', rebuildRows);
    if (refs.length > 1) {
      const dl = el('dl', {class: 'figures'});
      for (const [label, value, source] of refs.slice(1)) {
        dl.append(el('dt', {}, label), el('dd', {'data-figure': label}, value, el('small', {}, source)));
      }
      rebuildCard.append(el('details', {class: 'refs-fold'}, el('summary', {}, (refs.length - 1) + ' more reference estimates'), dl));
    }
    document.getElementById('pillars').append(
      card('energy', 'Energy', energy), rebuildCard,
      card('relations', 'Relations', relations), card('pack', 'Pack', packRows));
  }

  function sources(list) {
    const body = document.querySelector('#sources tbody');
    for (const s of list) {
      let link = s.url;
      if (/^https?:\/\//i.test(s.url)) {
        link = el('a', {href: s.url, rel: 'noopener noreferrer', target: '_blank'}, s.url);
      }
      body.append(el('tr', {}, el('td', {}, s.id), el('td', {}, s.publisher), el('td', {}, s.title),
        el('td', {'data-csv': s.date}, s.date), el('td', {class: 'url', 'data-csv': s.url}, link), el('td', {}, s.note)));
    }
    document.getElementById('sources-title').textContent = 'Sources (' + num(list.length, 0) + '): open to list them';
  }

  async function main() {
    try {
      const [summary, countries, actors, relations, events, gas, rebuild, roads, srcs] = await Promise.all(
        ['/api/pack', '/api/pack/countries', '/api/pack/actors', '/api/pack/relations', '/api/pack/events',
          '/api/pack/gas', '/api/pack/rebuild', '/api/pack/roads', '/api/pack/sources'].map(getJson));
      const pack = {countries, actors, relations, events, gas, rebuild, roads};
      document.getElementById('title').textContent = summary.title || summary.name;
      document.getElementById('subtitle').textContent = 'Pack ' + summary.name + ', as of ' + date(summary.asOf)
        + ', hub state ' + ((countries.find(c => c.iso3 === summary.home) || {}).name || summary.home) + '. Every figure below comes from the pack and names its file.';
      headlines(summary, pack);
      sources(srcs);
      const world = await fetch('/vendor/world-atlas/countries-50m.json').then(r => {
        if (!r.ok) throw new Error('country outlines: ' + r.status);
        return r.json();
      });
      drawMap(world, pack);
    } catch (e) {
      showError('Could not load the overview: ' + e.message);
    }
  }

  document.addEventListener('DOMContentLoaded', main);
})();
