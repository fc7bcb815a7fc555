import { readFile } from 'node:fs/promises';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import Papa from 'papaparse';
import type {
  Area,
  Commune,
  CommuneType,
  CoverageArea,
  Dataset,
  Fibre,
  MeasuredTech,
  PopulationPoint,
  Station,
  Tech,
  Village,
} from '../core/model.ts';
import { MEASURED_TECHS, TECHS } from '../core/model.ts';

/** A problem in an input file, reported instead of thrown. Rows count from 1 after the header. */
export interface LoadIssue {
  file: string;
  row: number;
  field: string;
  reason: string;
}

export interface DatasetFiles {
  communes: string;
  villages: string;
  stations: string;
  coverage?: string;
  fibre?: string;
  population?: string;
}

/**
 * A thin loader for the `stats` command: GeoJSON communes, villages, coverage, fibre and population, and the
 * stations CSV with the exact column names of the command's documentation. Text is normalised to NFC.
 */
export async function loadDataset(files: DatasetFiles): Promise<{ dataset: Dataset; issues: LoadIssue[] }> {
  const issues: LoadIssue[] = [];
  const communes = (await readFeatures(files.communes)).flatMap((f, i) => toCommune(f, i, files.communes, issues));
  const villages = (await readFeatures(files.villages)).flatMap((f, i) => toVillage(f, i, files.villages, issues));
  const stations = parseStations(await readFile(files.stations, 'utf8'), files.stations, issues);
  const coverage = files.coverage ? (await readFeatures(files.coverage)).flatMap((f, i) => toCoverage(f, i, files.coverage!, issues)) : [];
  const fibre = files.fibre ? toFibre(await readFeatures(files.fibre)) : { routes: [], accessPoints: [] };
  const populationPoints = files.population ? await readPopulation(files.population, issues) : [];
  return {
    dataset: {
      province: { code: '', name: '', nameEn: '', isDemo: false },
      communes,
      villages,
      stations,
      coverage,
      fibre,
      populationPoints,
    },
    issues,
  };
}

async function readFeatures(file: string): Promise<Feature[]> {
  const json = JSON.parse(await readFile(file, 'utf8')) as FeatureCollection | Feature;
  return json.type === 'FeatureCollection' ? json.features : [json];
}

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim().normalize('NFC'));
const isArea = (g: Geometry | null): g is Area => g?.type === 'Polygon' || g?.type === 'MultiPolygon';

function communeType(name: string): CommuneType {
  if (/^phường/i.test(name)) return 'phuong';
  if (/^đặc khu/i.test(name)) return 'dac_khu';
  return 'xa';
}

function toCommune(f: Feature, i: number, file: string, issues: LoadIssue[]): Commune[] {
  const p = f.properties ?? {};
  const code = text(p.code ?? p.commune_id ?? f.id);
  if (!isArea(f.geometry)) return (issues.push({ file, row: i + 1, field: 'geometry', reason: 'not a Polygon or MultiPolygon' }), []);
  if (!code) return (issues.push({ file, row: i + 1, field: 'code', reason: 'missing code or commune_id' }), []);
  const name = text(p.name ?? p.commune_vn);
  return [{ code, name, type: communeType(text(p.fullName) || name), geometry: f.geometry }];
}

function toVillage(f: Feature, i: number, file: string, issues: LoadIssue[]): Village[] {
  const p = f.properties ?? {};
  const id = text(p.village_id);
  const g = f.geometry;
  if (!id) return (issues.push({ file, row: i + 1, field: 'village_id', reason: 'missing' }), []);
  if (!isArea(g) && g?.type !== 'Point') return (issues.push({ file, row: i + 1, field: 'geometry', reason: 'not a polygon or point' }), []);
  const population = Number(p.population ?? 0);
  if (!Number.isFinite(population) || population < 0) issues.push({ file, row: i + 1, field: 'population', reason: 'not a number >= 0; taken as 0' });
  return [
    {
      id,
      name: text(p.name),
      communeCode: text(p.commune_id),
      population: Number.isFinite(population) && population > 0 ? population : 0,
      households: Number(p.households ?? 0) || 0,
      fibre: p.fibre === true || p.fibre === 1 || p.fibre === 'true' || p.fibre === '1',
      geometry: g,
    },
  ];
}

function toCoverage(f: Feature, i: number, file: string, issues: LoadIssue[]): CoverageArea[] {
  const p = f.properties ?? {};
  const tech = text(p.tech).toUpperCase() as MeasuredTech;
  if (!MEASURED_TECHS.includes(tech)) return (issues.push({ file, row: i + 1, field: 'tech', reason: 'expected 4G, 5G or 6G' }), []);
  if (!isArea(f.geometry)) return (issues.push({ file, row: i + 1, field: 'geometry', reason: 'not a Polygon or MultiPolygon' }), []);
  return [{ operator: text(p.operator), tech, geometry: f.geometry }];
}

function toFibre(features: Feature[]): Fibre {
  const fibre: Fibre = { routes: [], accessPoints: [] };
  features.forEach((f, i) => {
    const id = text(f.properties?.id ?? f.id) || String(i + 1);
    const operator = text(f.properties?.operator);
    const g = f.geometry;
    if (g?.type === 'Point') fibre.accessPoints.push({ id, operator, lon: g.coordinates[0]!, lat: g.coordinates[1]! });
    else if (g?.type === 'LineString' || g?.type === 'MultiLineString') fibre.routes.push({ id, operator, geometry: g });
  });
  return fibre;
}

const numberOrNull = (v: string | undefined): number | null => {
  const t = (v ?? '').trim();
  return t === '' || !Number.isFinite(Number(t)) ? null : Number(t);
};

function parseStations(csv: string, file: string, issues: LoadIssue[]): Station[] {
  const { data } = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const stations: Station[] = [];
  data.forEach((r, i) => {
    const lat = numberOrNull(r.lat);
    const lon = numberOrNull(r.lon);
    if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180)
      return issues.push({ file, row: i + 1, field: 'lat/lon', reason: 'missing or out of range' });
    const techs = text(r.tech)
      .split(/[;,\s]+/)
      .map((t) => t.toUpperCase())
      .filter((t): t is Tech => (TECHS as readonly string[]).includes(t));
    const radiusM: Partial<Record<Tech, number>> = {};
    for (const tech of MEASURED_TECHS) {
      const radius = numberOrNull(r[`radius_${tech.toLowerCase()}_m`]);
      if (radius !== null && radius > 0) radiusM[tech] = radius;
    }
    stations.push({
      id: text(r.station_id) || `row-${i + 1}`,
      operator: text(r.operator),
      lon,
      lat,
      techs,
      heightM: numberOrNull(r.height_m),
      azimuths: text(r.azimuths)
        .split(/[;\s]+/)
        .filter(Boolean)
        .map(Number)
        .filter(Number.isFinite),
      beamwidthDeg: numberOrNull(r.beamwidth_deg),
      band: text(r.band) || null,
      towerId: text(r.tower_id) || null,
      radiusM,
    });
  });
  return stations;
}

async function readPopulation(file: string, issues: LoadIssue[]): Promise<PopulationPoint[]> {
  if (/\.csv$/i.test(file)) {
    const { data } = Papa.parse<Record<string, string>>(await readFile(file, 'utf8'), { header: true, skipEmptyLines: true });
    return data.flatMap((r, i) => {
      const [lon, lat, population] = [numberOrNull(r.lon), numberOrNull(r.lat), numberOrNull(r.population)];
      if (lon === null || lat === null || population === null || population < 0)
        return (issues.push({ file, row: i + 1, field: 'lon/lat/population', reason: 'missing or invalid' }), []);
      return [{ lon, lat, population }];
    });
  }
  return (await readFeatures(file)).flatMap((f, i) => {
    const population = Number(f.properties?.population);
    if (f.geometry?.type !== 'Point' || !Number.isFinite(population) || population < 0)
      return (issues.push({ file, row: i + 1, field: 'population', reason: 'expected a Point with population >= 0' }), []);
    return [{ lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]!, population }];
  });
}
