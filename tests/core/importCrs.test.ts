import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { importLayer, type ImportResult } from '../../src/core/import/importLayer.ts';
import { tm3Zones } from '../../src/core/import/tm3Zones.ts';
import { proj4Definition } from '../../src/core/import/vn2000.ts';
import { isInVietnam } from '../../src/core/import/vietnamBounds.ts';

type Imported = Extract<ImportResult, { ok: true }>;
const DIR = join(import.meta.dirname, '../fixtures/import');

/** Stations at WGS84 `[lng, lat]` points written as VN-2000 metres in `crs`, easting in "lon" and northing in "lat". */
function createProjectedCsv(points: [number, number][], crs: string, header = 'station_id,operator,lat,lon,tech'): Uint8Array {
  const toCrs = proj4('EPSG:4326', proj4Definition(crs)!);
  const lines = points.map((p, i) => {
    const [x, y] = toCrs.forward(p) as [number, number];
    return `BN${2000 + i},Viettel,${y.toFixed(3)},${x.toFixed(3)},4G`;
  });
  return new TextEncoder().encode(`${header}\n${lines.join('\n')}\n`);
}

async function imported(bytes: Uint8Array, name: string, options = {}): Promise<Imported> {
  const r = await importLayer(bytes, name, undefined, options);
  if (!r.ok) throw new Error(r.error);
  return r;
}

const stationsOf = (r: Imported) => (r.layer.kind === 'stations' ? r.layer.stations : []);
const BAC_NINH: [number, number][] = [[106.0763, 21.1861], [106.2, 21.05], [105.95, 21.3]];

describe('coordinate systems of table files', () => {
  it('reads VN-2000 TM-3 metres in the chosen zone back to the WGS84 points they were made from (within 1 cm)', async () => {
    const r = await imported(createProjectedCsv(BAC_NINH, 'VN2000:TM3:105.5'), 'tm3.csv', { crs: 'VN2000:TM3:105.5' });
    expect(r.report).toMatchObject({ rows: 3, imported: 3, rejected: 0, warnings: 0 });
    expect(r.crs).toBe('VN2000:TM3:105.5');
    stationsOf(r).forEach((s, i) => {
      expect(s.lon).toBeCloseTo(BAC_NINH[i]![0], 7);
      expect(s.lat).toBeCloseTo(BAC_NINH[i]![1], 7);
    });
  });

  it('rejects metres read without a system with a reason that says to choose one', async () => {
    const r = await imported(createProjectedCsv(BAC_NINH, 'VN2000:TM3:105.5'), 'tm3.csv');
    expect(r.report.reasons).toEqual({ coordinates_in_metres: 3 });
    expect(r.crs).toBeUndefined();
  });

  it('places points in the wrong zone elsewhere: one zone off moves them by tens of km', async () => {
    const r = await imported(createProjectedCsv(BAC_NINH, 'VN2000:TM3:105.5'), 'tm3.csv', { crs: 'VN2000:TM3:106' });
    const first = stationsOf(r)[0]!;
    expect(Math.abs(first.lon - BAC_NINH[0]![0])).toBeGreaterThan(0.4);
  });

  it('takes surveyors\' X (northing) and Y (easting) in the other order, with a swap warning', async () => {
    const bytes = createProjectedCsv(BAC_NINH, 'EPSG:3405', 'station_id,operator,y,x,tech');
    const swapped = new TextEncoder().encode(new TextDecoder().decode(bytes).replace('y,x', 'x,y'));
    const r = await imported(swapped, 'xy.csv', { crs: 'EPSG:3405' });
    expect(r.report).toMatchObject({ imported: 3, warnings: 3 });
    expect(r.report.issues[0]!.code).toBe('lat_lon_swapped');
    expect(stationsOf(r)[0]!.lat).toBeCloseTo(21.1861, 7);
  });

  it('says so when the system is unknown', async () => {
    const r = await importLayer(createProjectedCsv(BAC_NINH, 'VN2000:TM3:105.5'), 'tm3.csv', undefined, { crs: 'EPSG:999999' });
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('unknown coordinate system') });
  });

  it('round-trips any point of mainland Vietnam through any TM-3 zone within 1 cm', async () => {
    const zones = tm3Zones();
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 103, max: 109, noNaN: true }), fc.double({ min: 9, max: 23, noNaN: true }), fc.constantFrom(...zones),
        async (lon, lat, zone) => {
          // The box around the mainland also holds sea and neighbours, which the importer rightly rejects.
          fc.pre(isInVietnam(lon, lat));
          const r = await imported(createProjectedCsv([[lon, lat]], zone.crs), 'p.csv', { crs: zone.crs });
          const [s] = stationsOf(r);
          expect(s!.lon).toBeCloseTo(lon, 6);
          expect(s!.lat).toBeCloseTo(lat, 6);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('what the result says it read', () => {
  it('names the sheet found in a workbook and the system a Shapefile\'s .prj gives', async () => {
    const xlsx = await imported(new Uint8Array(readFileSync(join(DIR, 'stations_two_sheets.xlsx'))), 'x.xlsx');
    expect(xlsx.sheet).toBe('Trạm');
    const shp = await imported(new Uint8Array(readFileSync(join(DIR, 'communes_vn2000_tm3.zip'))), 'c.zip');
    expect(shp.crs).toBe('VN2000:TM3:105.5');
  });
});

describe('tm3Zones', () => {
  it('lists quarter-degree meridians from 102.5° to 109.5° with the provinces known to use them', () => {
    const zones = tm3Zones();
    expect(zones).toHaveLength(29);
    expect(zones.find((z) => z.meridian === 105.5)).toEqual({
      meridian: 105.5, crs: 'VN2000:TM3:105.5',
      provinces: ['Bắc Ninh', 'Hà Giang', 'Hải Dương', 'Hưng Yên', 'Tây Ninh', 'Vĩnh Long'],
    });
    expect(zones.find((z) => z.meridian === 102.5)?.provinces).toEqual([]);
  });
});
