// A base map shared by the pillar pages: Leaflet with the world-atlas country outlines near the given points.
'use strict';

const CRMap = (() => {
  const {el} = CR;
  let world = null;

  async function loadWorld() {
    if (!world) {
      world = await fetch('/vendor/world-atlas/countries-50m.json').then(r => {
        if (!r.ok) throw new Error('country outlines: ' + r.status);
        return r.json();
      });
    }
    return world;
  }

  /** A map in element `id` fitted to `points` ([lat, lon] pairs), with outlines. Returns the Leaflet map. */
  async function base(id, points) {
    const w = await loadWorld();
    const map = L.map(id, {zoomSnap: 0.25});
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Outlines: Natural Earth (public domain) via world-atlas');
    const bounds = L.latLngBounds(points.length ? points : [[30, 20], [45, 50]]).pad(0.12);
    const pad = 20;
    const outlines = Topo.features(w, 'countries');
    outlines.features = outlines.features.filter(f => {
      const b = Topo.bbox(f);
      return b[2] >= bounds.getWest() - pad && b[0] <= bounds.getEast() + pad
        && b[3] >= bounds.getSouth() - pad && b[1] <= bounds.getNorth() + pad;
    });
    L.geoJSON(outlines, {
      style: {className: 'country', color: '#8c9aa3', weight: 0.7, fillColor: '#f3f0e8', fillOpacity: 1},
      onEachFeature: (f, layer) => layer.bindTooltip(el('span', {}, f.properties.name || ''), {sticky: true}),
    }).addTo(map);
    map.fitBounds(bounds);
    quiet(id);
    return map;
  }

  /** Gas node positions: their own coordinates, else their country's capital (marked approximate). */
  function gasPositions(gas, countries) {
    const capitals = new Map(countries.map(c => [c.iso3, [c.lat, c.lon]]));
    const pos = new Map();
    for (const n of gas.nodes) {
      if (n.lat !== null && n.lon !== null) pos.set(n.id, {ll: [n.lat, n.lon], approx: false});
      else if (capitals.has(n.country)) pos.set(n.id, {ll: capitals.get(n.country), approx: true});
    }
    return pos;
  }

  /** Map paths are not tab stops: the same facts are in the page's tables and lists, reachable by keyboard. */
  function quiet(id) {
    document.querySelectorAll('#' + id + ' path, #' + id + ' .leaflet-interactive').forEach(p => p.setAttribute('tabindex', '-1'));
  }

  /** A legend in the map's corner: rows of [kind ('line', 'dash', 'dot'), colour, text]. */
  function legend(map, rows, id) {
    const c = L.control({position: 'topright'});
    c.onAdd = () => {
      const box = el('div', {class: 'legend', id: id || null});
      for (const [kind, color, text] of rows) {
        const sw = el('span', {class: kind === 'dot' ? 'dot' : 'sw' + (kind === 'dash' ? ' dash' : ''), 'aria-hidden': 'true'});
        // colours through the CSSOM (allowed by the Content-Security-Policy, unlike style attributes)
        if (kind === 'dot') sw.style.background = color; else sw.style.borderColor = color;
        box.append(el('div', {}, sw, text));
      }
      return box;
    };
    c.addTo(map);
    return c;
  }

  function tip(title, ...lines) {
    return el('div', {class: 'tip'}, el('b', {}, title), ...lines.filter(Boolean).map(l => el('span', {}, l)));
  }

  return {base, gasPositions, tip, quiet, legend};
})();
