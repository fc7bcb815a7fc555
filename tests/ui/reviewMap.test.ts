import { describe, expect, it } from 'vitest';
import type { DiffRow } from '../../src/ui/server/client.ts';
import { reviewBounds, reviewFeatures } from '../../src/ui/server/reviewMap.ts';

const row = (change: DiffRow['change'], key: string, lon: number, lat: number, from?: [number, number]): DiffRow => ({
  key, label: `<b>${key}</b>`, change, lon, lat, from_lon: from?.[0] ?? null, from_lat: from?.[1] ?? null, moved_m: from ? 100 : null,
});

describe('a change under review on the map', () => {
  const rows = [row('added', 'A', 106, 21), row('moved', 'M', 106.01, 21.01, [106.05, 21.02]), row('removed', 'R', 105.9, 20.9)];

  it('draws a point per row, and a moved row also at its old place with a line from there to the new one', () => {
    const features = reviewFeatures(rows).features;
    expect(features.map((f) => `${String(f.properties!.mark)} ${f.geometry.type}`)).toEqual([
      'added Point', 'moved LineString', 'was Point', 'moved Point', 'removed Point',
    ]);
    expect(features[1]!.geometry.coordinates).toEqual([[106.05, 21.02], [106.01, 21.01]]);
    // Names from files stay out of the map's features: the table shows them as text.
    expect(JSON.stringify(features)).not.toContain('<b>');
  });

  it('frames every place a row names, old places too, and nothing without rows', () => {
    expect(reviewBounds(rows)).toEqual([105.9, 20.9, 106.05, 21.02]);
    expect(reviewBounds([])).toBeNull();
    expect(reviewFeatures([]).features).toEqual([]);
  });
});
