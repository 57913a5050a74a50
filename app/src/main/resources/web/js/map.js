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

  function tip(title, ...lines) {
    return el('div', {class: 'tip'}, el('b', {}, title), ...lines.filter(Boolean).map(l => el('span', {}, l)));
  }

  return {base, gasPositions, tip};
})();
