import type { Geometry, Position } from 'geojson';
import type { LayerData } from '../import/importLayer.ts';
import { LAYER_KINDS, type LayerKind } from '../import/layerKind.ts';
import { MEASURED_TECHS, TECHS, type Area } from '../model.ts';

/**
 * Checks that parsed JSON is a layer as the app keeps it (a `LayerData` of `kind`), field by field: a package is
 * a file from elsewhere, and a layer that is not what the engine expects would fail far from here. Returns the
 * layer, or the path of the first field that is wrong (e.g. `stations[12].lon`). Walks each value once, with
 * no recursion deeper than a MultiPolygon.
 */
export function validateLayer(json: unknown, kind: LayerKind): { layer: LayerData } | { problem: string } {
  const c = new Checker();
  if (!isObject(json) || json.kind !== kind || !LAYER_KINDS.includes(kind)) return { problem: `kind: expected "${kind}"` };
  switch (kind) {
    case 'stations':
      c.list(json.stations, 'stations', (s, at) => {
        if (!c.object(s, at)) return;
        c.text(s.id, `${at}.id`);
        c.text(s.operator, `${at}.operator`);
        c.lonLat(s.lon, s.lat, at);
        c.list(s.techs, `${at}.techs`, (t, p) => c.check((TECHS as readonly unknown[]).includes(t), p));
        c.numberOrNull(s.heightM, `${at}.heightM`);
        c.list(s.azimuths, `${at}.azimuths`, (a, p) => c.number(a, p));
        c.numberOrNull(s.beamwidthDeg, `${at}.beamwidthDeg`);
        c.textOrNull(s.band, `${at}.band`);
        c.textOrNull(s.towerId, `${at}.towerId`);
        if (c.object(s.radiusM, `${at}.radiusM`)) {
          for (const [tech, r] of Object.entries(s.radiusM)) {
            c.check((TECHS as readonly string[]).includes(tech), `${at}.radiusM.${tech}`);
            c.number(r, `${at}.radiusM.${tech}`);
          }
        }
      });
      break;
    case 'communes':
      c.list(json.communes, 'communes', (x, at) => {
        if (!c.object(x, at)) return;
        c.text(x.code, `${at}.code`);
        c.text(x.name, `${at}.name`);
        c.check(x.type === 'xa' || x.type === 'phuong' || x.type === 'dac_khu', `${at}.type`);
        c.area(x.geometry, `${at}.geometry`);
      });
      break;
    case 'villages':
      c.list(json.villages, 'villages', (v, at) => {
        if (!c.object(v, at)) return;
        c.text(v.id, `${at}.id`);
        c.text(v.name, `${at}.name`);
        c.text(v.communeCode, `${at}.communeCode`);
        c.count(v.population, `${at}.population`);
        c.count(v.households, `${at}.households`);
        c.check(v.fibre === null || typeof v.fibre === 'boolean', `${at}.fibre`);
        c.check(v.areaEstimated === undefined || typeof v.areaEstimated === 'boolean', `${at}.areaEstimated`);
        if (isObject(v.geometry) && v.geometry.type === 'Point') c.position(v.geometry.coordinates, `${at}.geometry`);
        else c.area(v.geometry, `${at}.geometry`);
      });
      break;
    case 'coverage':
      c.list(json.coverage, 'coverage', (x, at) => {
        if (!c.object(x, at)) return;
        c.text(x.operator, `${at}.operator`);
        c.check((MEASURED_TECHS as readonly unknown[]).includes(x.tech), `${at}.tech`);
        c.area(x.geometry, `${at}.geometry`);
      });
      break;
    case 'fibre':
      if (!c.object(json.fibre, 'fibre')) break;
      c.list(json.fibre.routes, 'fibre.routes', (r, at) => {
        if (!c.object(r, at)) return;
        c.text(r.id, `${at}.id`);
        c.text(r.operator, `${at}.operator`);
        c.line(r.geometry, `${at}.geometry`);
      });
      c.list(json.fibre.accessPoints, 'fibre.accessPoints', (a, at) => {
        if (!c.object(a, at)) return;
        c.text(a.id, `${at}.id`);
        c.text(a.operator, `${at}.operator`);
        c.lonLat(a.lon, a.lat, at);
      });
      break;
    case 'population':
      c.list(json.populationPoints, 'populationPoints', (p, at) => {
        if (!c.object(p, at)) return;
        c.lonLat(p.lon, p.lat, at);
        c.count(p.population, `${at}.population`);
      });
      break;
  }
  return c.problem === null ? { layer: json as unknown as LayerData } : { problem: c.problem };
}

/** A Polygon or MultiPolygon with closed rings of finite positions, or the path of what is wrong with it. */
export function validateArea(json: unknown, at: string): string | null {
  const c = new Checker();
  c.area(json, at);
  return c.problem;
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Records the first problem; later checks are skipped once one is found. */
class Checker {
  problem: string | null = null;

  check(ok: boolean, at: string): boolean {
    if (!ok && this.problem === null) this.problem = at;
    return ok && this.problem === null;
  }
  object(x: unknown, at: string): x is Json {
    return this.check(isObject(x), at);
  }
  text(x: unknown, at: string): void {
    this.check(typeof x === 'string', at);
  }
  textOrNull(x: unknown, at: string): void {
    this.check(x === null || typeof x === 'string', at);
  }
  number(x: unknown, at: string): void {
    this.check(typeof x === 'number' && Number.isFinite(x), at);
  }
  numberOrNull(x: unknown, at: string): void {
    if (x !== null) this.number(x, at);
  }
  count(x: unknown, at: string): void {
    this.check(typeof x === 'number' && Number.isFinite(x) && x >= 0, at);
  }
  lonLat(lon: unknown, lat: unknown, at: string): void {
    this.check(typeof lon === 'number' && lon >= -180 && lon <= 180 && typeof lat === 'number' && lat >= -90 && lat <= 90, `${at}.lon/lat`);
  }
  list(x: unknown, at: string, each: (item: unknown, at: string) => void): void {
    if (!this.check(Array.isArray(x), at)) return;
    const items = x as unknown[];
    for (let i = 0; i < items.length && this.problem === null; i++) each(items[i], `${at}[${i}]`);
  }
  position(x: unknown, at: string): x is Position {
    return this.check(Array.isArray(x) && x.length >= 2 && x.every((n) => typeof n === 'number' && Number.isFinite(n)), at);
  }
  ring(x: unknown, at: string): void {
    if (!this.check(Array.isArray(x) && x.length >= 4, at)) return;
    this.list(x, at, (p, pa) => this.position(p, pa));
  }
  area(x: unknown, at: string): x is Area {
    if (!this.object(x, at)) return false;
    const g = x as Partial<Geometry> & { coordinates?: unknown };
    if (g.type === 'Polygon') this.list(g.coordinates, `${at}.coordinates`, (r, ra) => this.ring(r, ra));
    else if (g.type === 'MultiPolygon') {
      this.list(g.coordinates, `${at}.coordinates`, (p, pa) => this.list(p, pa, (r, ra) => this.ring(r, ra)));
    } else this.check(false, `${at}.type`);
    return this.problem === null;
  }
  line(x: unknown, at: string): void {
    if (!this.object(x, at)) return;
    const g = x as Partial<Geometry> & { coordinates?: unknown };
    const line = (l: unknown, la: string) => {
      if (this.check(Array.isArray(l) && l.length >= 2, la)) this.list(l, la, (p, pa) => this.position(p, pa));
    };
    if (g.type === 'LineString') line(g.coordinates, `${at}.coordinates`);
    else if (g.type === 'MultiLineString') this.list(g.coordinates, `${at}.coordinates`, line);
    else this.check(false, `${at}.type`);
  }
}
