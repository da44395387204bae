// TopoJSON to GeoJSON for the polygons of the map's shapes, as topojson-client's feature() decodes them
// (bin/make-map-shapes checks that both give the same coordinates for every area): each arc is a list of
// integer steps scaled by the topology's transform; a negative index ~i is arc i backwards; consecutive arcs
// of a ring share their end point, kept once.

export function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function ring(arcs, indexes) {
  const points = [];
  for (const i of indexes) {
    if (points.length) points.pop();
    const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    for (const p of arc) points.push(p.slice());
  }
  while (points.length < 4) points.push(points[0]);
  return points;
}

// The areas of one object of the topology (e.g. 'counties'), as a GeoJSON FeatureCollection.
export function features(topology, object, arcs = decodeArcs(topology)) {
  return {
    type: 'FeatureCollection',
    features: topology.objects[object].geometries.map((g) => ({
      type: 'Feature',
      id: g.id,
      properties: g.properties || {},
      geometry: {
        type: g.type,
        coordinates: g.type === 'Polygon'
          ? g.arcs.map((r) => ring(arcs, r))
          : g.arcs.map((polygon) => polygon.map((r) => ring(arcs, r))),
      },
    })),
  };
}
