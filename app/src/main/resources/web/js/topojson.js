// A small TopoJSON decoder (quantized, delta-encoded arcs -> GeoJSON), enough for world-atlas outlines.
'use strict';

const Topo = (() => {
  function arcsOf(topo) {
    const tf = topo.transform;
    return topo.arcs.map(arc => {
      if (!tf) return arc.map(p => [p[0], p[1]]);
      let x = 0, y = 0;
      return arc.map(p => {
        x += p[0]; y += p[1];
        return [x * tf.scale[0] + tf.translate[0], y * tf.scale[1] + tf.translate[1]];
      });
    });
  }

  /** The features of one object of a topology (e.g. 'countries') as a GeoJSON FeatureCollection. */
  function features(topo, objectName) {
    const arcs = arcsOf(topo);
    const arc = i => (i < 0 ? arcs[~i].slice().reverse() : arcs[i]);
    const ring = ids => {
      const pts = [];
      ids.forEach((id, k) => { const a = arc(id); for (let j = k ? 1 : 0; j < a.length; j++) pts.push(a[j]); });
      return pts;
    };
    const geometry = g => {
      switch (g.type) {
        case 'Polygon': return {type: 'Polygon', coordinates: g.arcs.map(ring)};
        case 'MultiPolygon': return {type: 'MultiPolygon', coordinates: g.arcs.map(p => p.map(ring))};
        default: return null;
      }
    };
    const obj = topo.objects[objectName];
    const geoms = obj.type === 'GeometryCollection' ? obj.geometries : [obj];
    return {
      type: 'FeatureCollection',
      features: geoms.map(g => ({type: 'Feature', id: g.id, properties: g.properties || {}, geometry: geometry(g)}))
        .filter(f => f.geometry !== null),
    };
  }

  /** [minLon, minLat, maxLon, maxLat] of a feature. */
  function bbox(feature) {
    let b = [Infinity, Infinity, -Infinity, -Infinity];
    const visit = c => {
      if (typeof c[0] === 'number') {
        b = [Math.min(b[0], c[0]), Math.min(b[1], c[1]), Math.max(b[2], c[0]), Math.max(b[3], c[1])];
      } else c.forEach(visit);
    };
    visit(feature.geometry.coordinates);
    return b;
  }

  return {features, bbox};
})();
