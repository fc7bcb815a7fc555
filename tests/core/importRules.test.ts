import { area } from '@turf/turf';
import fc from 'fast-check';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { escapeFormula } from '../../src/core/export/escapeFormula.ts';
import { writeCsv } from '../../src/core/export/writeCsv.ts';
import { writeXlsx } from '../../src/core/export/writeXlsx.ts';
import { repairArea } from '../../src/core/geometry/repairArea.ts';
import { selfIntersects } from '../../src/core/geometry/selfIntersects.ts';
import { guessMapping } from '../../src/core/import/columnMapping.ts';
import { decodeText } from '../../src/core/import/decodeText.ts';
import { estimateVillageAreas } from '../../src/core/import/estimateVillageAreas.ts';
import { importStations } from '../../src/core/import/importStations.ts';
import { communeType } from '../../src/core/import/importCommunes.ts';
import { normaliseHeader } from '../../src/core/import/normaliseHeader.ts';
import { gridToTable } from '../../src/core/import/findHeaderRow.ts';
import { parseDelimited, sniffDelimiter } from '../../src/core/import/parseDelimited.ts';
import { normaliseOperator, parseCoordinate, parseCount, parseDecimal, parseTechs } from '../../src/core/import/parseValues.ts';
import { readXlsx } from '../../src/core/import/readXlsx.ts';
import { crsFromPrj, proj4Definition, toWgs84 } from '../../src/core/import/vn2000.ts';
import type { Commune, Village } from '../../src/core/model.ts';

describe('values', () => {
  it('reads decimal commas and dots, and Vietnamese thousands grouping in counts', () => {
    expect([parseDecimal('21,5'), parseDecimal('21.5'), parseDecimal(' 1 234,5 '), parseDecimal('1.234,5'), parseDecimal('x')]).toEqual([21.5, 21.5, 1234.5, 1234.5, null]);
    expect([parseCount('1.234'), parseCount('1,234'), parseCount('12 345'), parseCount('850'), parseCount('-3')]).toEqual([1234, 1234, 12345, 850, null]);
  });

  it('reads degrees-minutes-seconds in several spellings, S and W negative', () => {
    expect(parseCoordinate(`21°30'00"N`)).toBe(21.5);
    expect(parseCoordinate('105 45 0 E')).toBe(105.75);
    expect(parseCoordinate('21d30m36s')).toBeCloseTo(21.51, 12);
    expect(parseCoordinate(`10°30'S`)).toBe(-10.5);
    expect(parseCoordinate(`21°75'`)).toBeNull();
  });

  it('maps technology and operator aliases', () => {
    expect(parseTechs('2G/3G/4G')).toEqual({ techs: ['2G', '3G', '4G'], unknown: [] });
    expect(parseTechs('LTE; NR; WiMAX')).toEqual({ techs: ['4G', '5G'], unknown: ['WiMAX'] });
    expect(['VinaPhone', 'vnpt', 'MOBIFONE', 'Viettel ', 'Gtel'].map(normaliseOperator)).toEqual(['VNPT', 'VNPT', 'MobiFone', 'Viettel', 'Gtel']);
    // Names of Object's own members are text like any other, not the members.
    expect(parseTechs('constructor; toString; 4G')).toEqual({ techs: ['4G'], unknown: ['constructor', 'toString'] });
    expect(['constructor', '__proto__'].map(normaliseOperator)).toEqual(['constructor', '__proto__']);
  });

  it('folds headers without case, spaces or diacritics', () => {
    expect(['Mã trạm', 'MA_TRAM', ' ma tram ', 'Độ cao cột'].map(normaliseHeader)).toEqual(['matram', 'matram', 'matram', 'docaocot']);
  });

  it('guesses the mapping from Vietnamese and English aliases, one column per field', () => {
    expect(guessMapping(['Mã trạm', 'Doanh nghiệp', 'VĨ ĐỘ', 'kinh do', 'Cong nghe'], ['stationId', 'operator', 'lat', 'lon', 'tech'])).toEqual({
      stationId: 'Mã trạm', operator: 'Doanh nghiệp', lat: 'VĨ ĐỘ', lon: 'kinh do', tech: 'Cong nghe',
    });
  });

  it('applies a user-given mapping instead of the guess', () => {
    const { table } = gridToTable(parseDelimited('A,B,C,D,E\nX1,Viettel,21.1,106.1,4G\n'));
    const r = importStations(table, 'x.csv', { mapping: { stationId: 'A', operator: 'B', lat: 'C', lon: 'D', tech: 'E' } });
    expect('data' in r && r.data[0]).toMatchObject({ id: 'X1', lat: 21.1, lon: 106.1 });
  });

  it('sniffs the delimiter from the header, not from decimal commas in the data', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2,5;3,5\n')).toBe(';');
    expect(sniffDelimiter('a\tb\n1,5\t2\n')).toBe('\t');
    expect(sniffDelimiter('a,b\n1;2,3\n')).toBe(',');
  });

  it('decodes UTF-8 with a BOM and NFD text to NFC', () => {
    const nfd = 'Thôn'.normalize('NFD');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(nfd)]);
    expect(decodeText(bytes)).toEqual({ text: 'Thôn', encoding: 'utf-8' });
  });

  it('commune type from the type column or the diacritic prefix of the name', () => {
    expect(communeType('', 'Phường Bắc Giang', 'Bắc Giang')).toBe('phuong');
    expect(communeType('', '', 'Phương Sơn')).toBe('xa');
    expect(communeType('dac khu', '', 'Vân Đồn')).toBe('dac_khu');
  });
});

describe('VN-2000', () => {
  it('maps a TM-3 zone origin to its central meridian on the equator, bar the datum shift', () => {
    const noShift = proj4(proj4Definition('VN2000:TM3:105.5')!.replace(/\+towgs84=\S+/, ''), 'EPSG:4326');
    const [lon, lat] = noShift.forward([500000, 0]);
    expect(lon).toBeCloseTo(105.5, 12);
    expect(lat).toBeCloseTo(0, 12);
  });

  it('shifts Bắc Ninh positions by the circular 973 datum shift: some hundreds of metres, not zero, not kilometres', () => {
    const withShift = toWgs84('VN2000:TM3:105.5')!;
    const noShift = proj4(proj4Definition('VN2000:TM3:105.5')!.replace(/\+towgs84=\S+/, ''), 'EPSG:4326');
    const a = withShift([552000, 2340000]);
    const b = noShift.forward([552000, 2340000]) as [number, number];
    const metres = Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 110_574);
    expect(metres).toBeGreaterThan(100);
    expect(metres).toBeLessThan(1000);
  });

  it('reads the zone of an ESRI .prj: UTM 48N, provincial TM-3, and passes other systems through', () => {
    const prj = (cm: number, k: number, name: string) =>
      `PROJCS["${name}",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137,298.257223563]]],PROJECTION["Transverse_Mercator"],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",${k}]]`;
    expect(crsFromPrj(prj(105, 0.9996, 'VN_2000_UTM_Zone_48N'))).toBe('EPSG:3405');
    expect(crsFromPrj(prj(106.5, 0.9999, 'VN_2000_Thai_Nguyen'))).toBe('VN2000:TM3:106.5');
    expect(crsFromPrj('GEOGCS["GCS_WGS_1984"]')).toBe('GEOGCS["GCS_WGS_1984"]');
  });
});

describe('polygons', () => {
  it('finds self-intersections exactly as a brute-force check of every edge pair does', () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 8 }), (pts) => {
        const ring = [...pts, pts[0]!].map(([x, y]) => [x, y]);
        expect(selfIntersects([ring])).toBe(bruteForce(ring));
      }),
      { numRuns: 400 },
    );
  });

  it('turns any simple ring counter-clockwise whatever its start vertex and direction, keeping its area, without calling it a fix', () => {
    const square = [[0, 0], [1, 0], [1, 1], [0, 1]];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.boolean(), (start, reverse) => {
        let ring = [...square.slice(start), ...square.slice(0, start)];
        if (reverse) ring = ring.reverse();
        const r = repairArea({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });
        if (!('geometry' in r)) throw new Error('rejected');
        expect(r.fixes).toEqual([]);
        expect(shoelace(r.geometry.coordinates[0] as number[][])).toBeGreaterThan(0);
        expect(area(r.geometry)).toBeCloseTo(area({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }), 3);
      }),
    );
  });

  it('splits a bow-tie into two triangles of half the box each', () => {
    const r = repairArea({ type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] });
    if (!('geometry' in r)) throw new Error('rejected');
    expect(r.geometry.type).toBe('MultiPolygon');
    expect(r.geometry.coordinates).toHaveLength(2);
    expect(r.fixes).toEqual(['self_intersection_repaired']);
  });
});

describe('village areas from points', () => {
  const createCommune = (): Commune => ({ code: 'C1', name: 'Xã Thử', type: 'xa', geometry: { type: 'Polygon', coordinates: [[[106, 21], [106.02, 21], [106.02, 21.01], [106, 21.01], [106, 21]]] } });
  const createVillage = (id: string, lon: number, lat: number): Village => ({ id, name: id, communeCode: 'C1', population: 100, households: 25, fibre: false, geometry: { type: 'Point', coordinates: [lon, lat] } });

  it('cuts the commune between two villages at the perpendicular bisector, marked estimated', () => {
    const villages = [createVillage('A', 106.005, 21.005), createVillage('B', 106.015, 21.005)];
    const out = estimateVillageAreas(villages, [createCommune()]);
    expect(out.every((v) => v.areaEstimated && v.geometry.type !== 'Point')).toBe(true);
    const [a, b] = out.map((v) => area(v.geometry as never));
    expect(a! / (a! + b!)).toBeCloseTo(0.5, 3);
    expect(a! + b!).toBeCloseTo(area(createCommune().geometry), -2);
    expect(villages[0]!.geometry.type).toBe('Point');
  });
});

describe('export', () => {
  it('escapes cells that would start a formula but not plain signed numbers', () => {
    expect(['=SUM(A1)', '+cmd', '-2+3', '@x', 'Thôn 1', '-12.5'].map(escapeFormula)).toEqual(["'=SUM(A1)", "'+cmd", "'-2+3", "'@x", 'Thôn 1', '-12.5']);
  });

  const table = {
    columns: [{ key: 'name', vi: 'Tên thôn', en: 'Village' }, { key: 'pop', vi: 'Dân số', en: 'Population' }],
    rows: [{ name: '=HYPERLINK("x")', pop: 1234 }, { name: 'Thôn "Đông", 2', pop: null }],
  };

  it('writes CSV with a BOM, headers in the chosen language and quoting', () => {
    expect(writeCsv(table, 'vi')).toBe('\uFEFFTên thôn,Dân số\r\n"\'=HYPERLINK(""x"")",1234\r\n"Thôn ""Đông"", 2",\r\n');
    expect(writeCsv(table, 'en').split('\r\n')[0]).toBe('\uFEFFVillage,Population');
  });

  it('writes an .xlsx that reads back with the same cells', async () => {
    const [sheet] = readXlsx(await writeXlsx(table, 'en'));
    const read = gridToTable(sheet!.grid).table;
    expect(read.columns).toEqual(['Village', 'Population']);
    expect(read.rows).toEqual([["'=HYPERLINK(\"x\")", '1234'], ['Thôn "Đông", 2']]);
  });
});

/** Twice the signed area of a closed ring: positive when counter-clockwise. */
function shoelace(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

function bruteForce(ring: number[][]): boolean {
  const n = ring.length - 1;
  const o = (a: number[], b: number[], c: number[]) => Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));
  const on = (a: number[], b: number[], p: number[]) => Math.min(a[0]!, b[0]!) <= p[0]! && p[0]! <= Math.max(a[0]!, b[0]!) && Math.min(a[1]!, b[1]!) <= p[1]! && p[1]! <= Math.max(a[1]!, b[1]!);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [a, b, c, d] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
      if (j === i + 1 || (i === 0 && j === n - 1)) {
        // Neighbours share a vertex; they fault only when collinear and folding back over each other.
        const [p, s, q] = j === i + 1 ? [a, b, d] : [b, a, c];
        if (o(a, b, c) === 0 && o(a, b, d) === 0 && (p[0]! - s[0]!) * (q[0]! - s[0]!) + (p[1]! - s[1]!) * (q[1]! - s[1]!) > 0) return true;
        continue;
      }
      const [o1, o2, o3, o4] = [o(a, b, c), o(a, b, d), o(c, d, a), o(c, d, b)];
      if (o1 !== o2 && o3 !== o4) return true;
      if ((o1 === 0 && on(a, b, c)) || (o2 === 0 && on(a, b, d)) || (o3 === 0 && on(c, d, a)) || (o4 === 0 && on(c, d, b))) return true;
    }
  }
  return false;
}

describe('README', () => {
  it('lists every accepted header name of the alias table', async () => {
    const { readFileSync } = await import('node:fs');
    const { HEADER_ALIASES } = await import('../../src/core/import/headerAliases.ts');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const missing = Object.values(HEADER_ALIASES).flatMap(({ vi, en }) => [...vi, ...en]).filter((a) => !readme.includes(a));
    expect(missing).toEqual([]);
  });
});
