import type { FeatureCollection, Point } from 'geojson';
import type { Area } from '../core/model.ts';
import { COVERAGE_KEYS, type VillageStats } from '../core/stats/statsTypes.ts';
import type { VillageProps } from '../worker/toFeatures.ts';

/** Village properties with the shares added (`pct4G`...), percent; absent for villages the engine did not measure. */
export type VillageStatsProps = VillageProps & Partial<Record<`pct${string}`, number>>;

/** The map property holding a village's covered share of `key`, percent ("pct4G", "pctfibre"). */
export const pctProperty = (key: string): `pct${string}` => `pct${key}`;

/**
 * The villages with their covered share per technology added as `pct4G`, `pct5G`, `pct6G` and `pctfibre`
 * (percent 0-100), matched by village id; a share without data is left out (the map greys it, the export leaves
 * it empty), and villages the engine did not measure keep their properties only.
 * Feature ids are kept, so hover and highlight state still apply. Does not mutate its input.
 */
export function villageStatsFeatures(
  villages: FeatureCollection<Area | Point, VillageProps>,
  stats: readonly VillageStats[],
): FeatureCollection<Area | Point, VillageStatsProps> {
  const byId = new Map(stats.map((v) => [v.id, v]));
  return {
    type: 'FeatureCollection',
    features: villages.features.map((f) => {
      const s = byId.get(f.properties.id);
      const pct: Partial<Record<`pct${string}`, number>> = {};
      if (s) {
        for (const key of COVERAGE_KEYS) {
          const value = s.pct[key];
          if (value !== null) pct[pctProperty(key)] = value;
        }
      }
      return { ...f, properties: { ...f.properties, ...pct } };
    }),
  };
}
