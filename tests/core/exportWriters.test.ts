import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { communesToGeoJson } from '../../src/core/export/communesToGeoJson.ts';
import { fibreToGeoJson } from '../../src/core/export/fibreToGeoJson.ts';
import { STATION_COLUMNS, stationsToCsv } from '../../src/core/export/stationsToCsv.ts';
import { villagesToGeoJson } from '../../src/core/export/villagesToGeoJson.ts';
import type { Commune, Fibre, Station, Village } from '../../src/core/model.ts';

function createCommune(): Commune {
  const ring = [[106, 21], [106.1, 21], [106.1, 21.1], [106, 21], ];
  return { code: '90001', name: 'Phường Đông Hòa', type: 'phuong', geometry: { type: 'Polygon', coordinates: [ring] } };
}

function createVillages(): Village[] {
  const commune = createCommune();
  return [
    { id: '90001-001', name: 'Tổ dân phố 5', communeCode: '90001', population: 1234, households: 330, fibre: true, geometry: commune.geometry, areaEstimated: true },
    { id: '90001-002', name: 'Thôn "Đông", Mới', communeCode: '90001', population: 10, households: 3, fibre: false, geometry: { type: 'Point', coordinates: [106.05, 21.02] } },
  ];
}

function createStations(): Station[] {
  return [
    { id: 'VTL-1', operator: 'Viettel', lon: 106.1234567, lat: 21.7654321, techs: ['4G', '5G'], heightM: 30, azimuths: [0, 120, 240], beamwidthDeg: 65, band: 'B3;n41', eirpDbm: { '5G': 74.5 }, environment: 'suburban', towerId: 'T1', radiusM: { '4G': 900, '5G': 300 } },
    { id: 'VNP-1', operator: 'VNPT', lon: 106.1234567, lat: 21.7654321, techs: ['4G'], heightM: null, azimuths: [], beamwidthDeg: null, band: null, eirpDbm: {}, environment: null, towerId: 'T1', radiusM: { '4G': 2500 } },
    { id: 'X,1', operator: 'Gtel, "Mobile"', lon: 106, lat: 21, techs: ['6G'], heightM: 12, azimuths: [], beamwidthDeg: null, band: 'n258', eirpDbm: { '6G': 70 }, environment: 'dense_urban', towerId: null, radiusM: { '6G': 150 } },
  ];
}

/** Reads `stations.csv` back into stations, as a user's file would be read. */
function parseStations(csv: string): Station[] {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const num = (s: string | undefined) => (s ? Number(s) : null);
  const list = (s: string | undefined) => (s ? s.split(';') : []);
  return rows.map((r) => ({
    id: r.station_id!,
    operator: r.operator!,
    lon: Number(r.lon),
    lat: Number(r.lat),
    techs: list(r.tech) as Station['techs'],
    heightM: num(r.height_m),
    azimuths: list(r.azimuths).map(Number),
    beamwidthDeg: num(r.beamwidth_deg),
    band: r.band || null,
    eirpDbm: Object.fromEntries(
      (['4G', '5G', '6G'] as const).flatMap((t) => (r[`eirp_${t.toLowerCase()}_dbm`] ? [[t, Number(r[`eirp_${t.toLowerCase()}_dbm`])]] : [])),
    ),
    environment: (r.environment || null) as Station['environment'],
    towerId: r.tower_id || null,
    radiusM: Object.fromEntries(
      (['4G', '5G', '6G'] as const).flatMap((t) => (r[`radius_${t.toLowerCase()}_m`] ? [[t, Number(r[`radius_${t.toLowerCase()}_m`])]] : [])),
    ),
  }));
}

describe('input file writers', () => {
  it('write stations.csv with the documented header and round-trip the stations (coordinates to 6 decimals)', () => {
    const csv = stationsToCsv(createStations());
    expect(csv.split('\n')[0]).toBe(
      'station_id,operator,lat,lon,tech,tower_id,height_m,radius_4g_m,radius_5g_m,radius_6g_m,azimuths,beamwidth_deg,band,eirp_4g_dbm,eirp_5g_dbm,eirp_6g_dbm,environment',
    );
    expect(STATION_COLUMNS).toHaveLength(17);
    expect(csv.split('\n')[1]).toBe('VTL-1,Viettel,21.765432,106.123457,4G;5G,T1,30,900,300,,0;120;240,65,B3;n41,,74.5,,suburban');
    const expected = createStations().map((s) => ({ ...s, lon: Math.round(s.lon * 1e6) / 1e6, lat: Math.round(s.lat * 1e6) / 1e6 }));
    expect(parseStations(csv)).toEqual(expected);
  });

  it('write communes.geojson with code, name and type', () => {
    const parsed = JSON.parse(communesToGeoJson([createCommune()]));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features[0].properties).toEqual({ code: '90001', name: 'Phường Đông Hòa', type: 'phuong' });
    expect(parsed.features[0].geometry).toEqual(createCommune().geometry);
  });

  it('write villages.geojson with the documented properties, fibre as 1/0, and keep names with quotes and commas', () => {
    const parsed = JSON.parse(villagesToGeoJson(createVillages()));
    expect(parsed.features.map((f: { properties: unknown }) => f.properties)).toEqual([
      { village_id: '90001-001', name: 'Tổ dân phố 5', commune_id: '90001', population: 1234, households: 330, fibre: 1 },
      { village_id: '90001-002', name: 'Thôn "Đông", Mới', commune_id: '90001', population: 10, households: 3, fibre: 0 },
    ]);
    expect(parsed.features[1].geometry).toEqual({ type: 'Point', coordinates: [106.05, 21.02] });
  });

  it('write fibre.geojson with routes then access points, told apart by kind', () => {
    const fibre: Fibre = {
      routes: [{ id: 'VNPT-R1', operator: 'VNPT', geometry: { type: 'LineString', coordinates: [[106, 21], [106.0000004, 21.1]] } }],
      accessPoints: [{ id: 'VNPT-AP1', operator: 'VNPT', lon: 106.1, lat: 21.1 }],
    };
    const parsed = JSON.parse(fibreToGeoJson(fibre));
    expect(parsed.features).toEqual([
      { type: 'Feature', properties: { id: 'VNPT-R1', operator: 'VNPT', kind: 'route' }, geometry: { type: 'LineString', coordinates: [[106, 21], [106, 21.1]] } },
      { type: 'Feature', properties: { id: 'VNPT-AP1', operator: 'VNPT', kind: 'access_point' }, geometry: { type: 'Point', coordinates: [106.1, 21.1] } },
    ]);
  });
});
