import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { CoverageKey } from '../core/stats/statsTypes.ts';
import type { LoadedData } from '../worker/api.ts';
import type { AppStats } from '../worker/runStats.ts';
import { villageFillColor } from './mapStyle.ts';
import { pctProperty, villageStatsFeatures } from './villageStatsFeatures.ts';

const VILLAGE_LAYERS = ['villages-fill', 'villages-line'] as const;

/** Puts the engine's per-village shares into the villages source. */
export function showVillageStats(map: MapLibreMap, data: LoadedData, stats: AppStats): void {
  map.getSource<GeoJSONSource>('villages')?.setData(villageStatsFeatures(data.villages, stats.stats.villages));
}

/** Colours villages by their covered share of `colourBy`; with `belowOnly`, shows only those below the threshold. */
export function styleVillages(map: MapLibreMap, colourBy: CoverageKey, thresholdPct: number, belowOnly: boolean): void {
  const property = pctProperty(colourBy);
  map.setPaintProperty('villages-fill', 'fill-color', villageFillColor(property));
  // A village without the share is not below the threshold: it has no data, and the filter hides it.
  const filter: FilterSpecification | null = belowOnly ? ['all', ['has', property], ['<', ['get', property], thresholdPct]] : null;
  for (const layer of VILLAGE_LAYERS) map.setFilter(layer, filter);
}

/** Marks the villages with these ids (feature state `highlight`), clearing the previous ones. */
export function highlightVillages(map: MapLibreMap, data: LoadedData, ids: readonly string[]): void {
  const wanted = new Set(ids);
  data.villages.features.forEach((f, index) => {
    map.setFeatureState({ source: 'villages', id: index }, { highlight: wanted.has(f.properties.id) });
  });
}
