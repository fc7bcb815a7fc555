import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/**
 * Applies `transform` to every position of every feature's geometry, in place (the collection is mutated and
 * returned), keeping any third coordinate.
 */
export function reprojectFeatures(fc: FeatureCollection, transform: (xy: [number, number]) => [number, number]): FeatureCollection {
  const move = (p: Position): Position => {
    const [x, y] = transform([p[0]!, p[1]!]);
    return p.length > 2 ? [x, y, ...p.slice(2)] : [x, y];
  };
  const visit = (g: Geometry | null): void => {
    if (!g) return;
    switch (g.type) {
      case 'Point': g.coordinates = move(g.coordinates); break;
      case 'MultiPoint': case 'LineString': g.coordinates = g.coordinates.map(move); break;
      case 'MultiLineString': case 'Polygon': g.coordinates = g.coordinates.map((l) => l.map(move)); break;
      case 'MultiPolygon': g.coordinates = g.coordinates.map((p) => p.map((l) => l.map(move))); break;
      case 'GeometryCollection': g.geometries.forEach(visit); break;
    }
  };
  fc.features.forEach((f: Feature) => visit(f.geometry));
  return fc;
}

/** True when some position lies outside the degree range (|x| > 180 or |y| > 90): the data is in metres. */
export function looksProjected(fc: FeatureCollection): boolean {
  let projected = false;
  const check = (p: Position) => {
    if (Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90) projected = true;
  };
  const visit = (g: Geometry | null): void => {
    if (!g || projected) return;
    switch (g.type) {
      case 'Point': check(g.coordinates); break;
      case 'MultiPoint': case 'LineString': g.coordinates.forEach(check); break;
      case 'MultiLineString': case 'Polygon': g.coordinates.forEach((l) => l.forEach(check)); break;
      case 'MultiPolygon': g.coordinates.forEach((p) => p.forEach((l) => l.forEach(check))); break;
      case 'GeometryCollection': g.geometries.forEach(visit); break;
    }
  };
  fc.features.forEach((f) => visit(f.geometry));
  return projected;
}
