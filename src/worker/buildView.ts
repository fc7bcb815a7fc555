import { bbox } from '@turf/turf';
import { rasterizeCoverage, type RasterGrid } from '../core/coverage/rasterizeCoverage.ts';
import type { ShapeProvider } from '../core/coverage/shapeProvider.ts';
import { dataAvailability, type DataAvailability } from '../core/dataset/availability.ts';
import { MEASURED_TECHS, type Dataset, type MeasuredTech, type Province, type Site } from '../core/model.ts';
import { groupSites, isShared } from '../core/sites/groupSites.ts';
import { COVERAGE_ALPHA, COVERAGE_COLORS } from '../ui/palette.ts';
import { coverageImage } from './coverageImage.ts';
import { SiteTiles } from './siteTiles.ts';
import { toFeatures, type MapFeatures } from './toFeatures.ts';

export interface CoverageRaster {
  tech: MeasuredTech;
  width: number;
  height: number;
  /** RGBA pixels, rows north to south (Web Mercator spacing), in the tech's colour where covered. */
  rgba: Uint8ClampedArray;
  /** Share of the raster's pixels that are covered, in percent (of the bounding box, not of the province). */
  coveredPercent: number;
}

/** Counts of the data set; which of them have data behind them is in `DataView.availability`. */
export interface ProvinceSummary {
  communes: number;
  villages: number;
  population: number;
  households: number;
  stations: number;
  sites: number;
  sharedSites: number;
  /** Stations carrying each technology with no radius given for it: the radio model shapes their coverage. */
  defaultRadius: Record<MeasuredTech, number>;
}

/** What the page gets to draw: the map's features except the sites, which stay in the worker as vector tiles. */
export interface DataView extends Omit<MapFeatures, 'sites'> {
  province: Province;
  /** `[west, south, east, north]` in degrees. */
  bbox: [number, number, number, number];
  coverage: CoverageRaster[];
  summary: ProvinceSummary;
  availability: DataAvailability;
}

/** Where the map looks when a new province has nothing with a position yet: northern Vietnam. */
const EMPTY_BOX: [number, number, number, number] = [103.5, 20, 108, 23];

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** A grid over `[west, south, east, north]` whose pixels are square in Web Mercator. */
export function rasterGrid(box: readonly [number, number, number, number], width: number): RasterGrid {
  const [west, south, east, north] = box;
  const xSpan = ((east - west) * Math.PI) / 180;
  const height = Math.max(1, Math.round((width * (mercatorY(north) - mercatorY(south))) / xSpan));
  return { west, south, east, north, width, height };
}

/**
 * Everything the map draws of a data set, and the site tiles to serve. Layers the data set lacks come out empty
 * (the coverage rasters blank), never filled from elsewhere. `onProgress` gets 0 to 1. The sites come back too, for
 * the popups to find a site's stations by.
 */
export async function buildView(
  data: Dataset,
  rasterWidth: number,
  provider: ShapeProvider,
  onProgress?: (fraction: number, stage: 'sites' | 'coverage') => void | Promise<void>,
): Promise<{ view: DataView; tiles: SiteTiles; sites: Site[] }> {
  await onProgress?.(0, 'sites');
  const sites = groupSites(data.stations);
  const { sites: siteFeatures, ...features } = toFeatures(data, sites);
  const tiles = new SiteTiles(siteFeatures);
  const box = boundsOf(data, features);
  const availability = dataAvailability(data);
  // Without stations the rasters are blank: one pixel each, not a screenful of zeros.
  const grid = rasterGrid(box, availability.radio ? rasterWidth : 1);
  const coverage: CoverageRaster[] = [];
  for (const [i, tech] of MEASURED_TECHS.entries()) {
    await onProgress?.(0.2 + (0.8 * i) / MEASURED_TECHS.length, 'coverage');
    const mask = rasterizeCoverage(data.stations, data.coverage, tech, grid, provider);
    const covered = mask.reduce((sum, v) => sum + v, 0);
    coverage.push({
      tech, width: grid.width, height: grid.height,
      rgba: coverageImage(mask, COVERAGE_COLORS[tech], COVERAGE_ALPHA),
      coveredPercent: mask.length ? (100 * covered) / mask.length : 0,
    });
  }
  const sum = (key: 'population' | 'households') => data.villages.reduce((s, v) => s + v[key], 0);
  const defaultRadius = Object.fromEntries(MEASURED_TECHS.map((tech) => [
    tech, data.stations.filter((s) => s.techs.includes(tech) && !(Number(s.radiusM[tech]) > 0)).length,
  ])) as Record<MeasuredTech, number>;
  return {
    tiles,
    sites,
    view: {
      ...features,
      province: data.province,
      bbox: box,
      coverage,
      availability,
      summary: {
        communes: data.communes.length, villages: data.villages.length,
        population: sum('population'), households: sum('households'),
        stations: data.stations.length, sites: sites.length, sharedSites: sites.filter(isShared).length,
        defaultRadius,
      },
    },
  };
}

/** The communes' box; failing them, the villages', the stations'; failing all, northern Vietnam. */
function boundsOf(data: Dataset, features: Omit<MapFeatures, 'sites'>): [number, number, number, number] {
  const box = (fc: GeoJSON.FeatureCollection) => {
    const [w, s, e, n] = bbox(fc);
    return [w, s, e, n] as [number, number, number, number];
  };
  if (features.communes.features.length > 0) return box(features.communes);
  if (features.villages.features.length > 0) return pad(box(features.villages));
  if (data.stations.length > 0) {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const st of data.stations) {
      w = Math.min(w, st.lon); e = Math.max(e, st.lon); s = Math.min(s, st.lat); n = Math.max(n, st.lat);
    }
    return pad([w, s, e, n]);
  }
  return EMPTY_BOX;
}

/** A box grown by 2 km (about a rural 4G cell) on each side, so a lone point still spans an area. */
function pad([w, s, e, n]: [number, number, number, number]): [number, number, number, number] {
  const d = 2_000 / 111_000;
  return [w - d, s - d, e + d, n + d];
}
