import proj4 from 'proj4';

/**
 * VN-2000 to WGS84: the seven Helmert parameters of the Ministry's circular 973/2001/TT-TCĐC in proj4's
 * position-vector order (metres, arc-seconds, ppm), as EPSG:4756 also gives them.
 */
export const VN2000_TOWGS84 =
  '-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278';

/**
 * Central meridian (degrees east) of each province's VN-2000 TM-3 zone, per circular 973/2001/TT-TCĐC, by the
 * province names in force before the 2025 mergers (files made before then still use them). Partial: the
 * northern and central provinces; any other meridian can be given as `VN2000:TM3:<degrees>`.
 */
export const TM3_CENTRAL_MERIDIANS: Record<string, number> = {
  'Lai Châu': 103, 'Điện Biên': 103, 'Sơn La': 104, 'Lào Cai': 104.75, 'Yên Bái': 104.75, 'Hà Giang': 105.5,
  'Tuyên Quang': 106, 'Phú Thọ': 104.75, 'Vĩnh Phúc': 105, 'Cao Bằng': 105.75, 'Lạng Sơn': 107.25,
  'Bắc Kạn': 106.5, 'Thái Nguyên': 106.5, 'Bắc Giang': 107, 'Bắc Ninh': 105.5, 'Quảng Ninh': 107.75,
  'Hải Phòng': 105.75, 'Hải Dương': 105.5, 'Hưng Yên': 105.5, 'Hà Nội': 105, 'Hòa Bình': 106, 'Hà Nam': 105,
  'Quảng Nam': 107.75, 'Quảng Ngãi': 108, 'Bình Định': 108.25, 'Kon Tum': 107.5, 'Gia Lai': 108.5,
  'Đắk Lắk': 108.5, 'Đắk Nông': 108.5, 'Phú Yên': 108.5, 'Khánh Hòa': 108.25, 'Ninh Thuận': 108.25,
  'Bình Thuận': 108.5, 'Lâm Đồng': 107.75, 'Bình Dương': 105.75, 'Bình Phước': 106.25, 'Đồng Nai': 107.75,
  'Bà Rịa - Vũng Tàu': 107.75, 'Tây Ninh': 105.5, 'Long An': 105.75, 'Tiền Giang': 105.75, 'Bến Tre': 105.75,
  'Đồng Tháp': 105, 'Vĩnh Long': 105.5,
};

/**
 * A coordinate system files may come in: "EPSG:4326" (WGS84), "EPSG:4756" (VN-2000 geographic), "EPSG:3405" /
 * "EPSG:3406" (VN-2000 UTM 48N / 49N), "VN2000:TM3:105.5" (a provincial TM-3 zone, k = 0.9999, by its central
 * meridian in degrees), or "VN2000:TM6:105" (6° zone, k = 0.9996).
 */
export type CrsName = string;

/** The proj4 definition of a `CrsName`, or null when it is not one this module knows. */
export function proj4Definition(crs: CrsName): string | null {
  const towgs = `+ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`;
  const upper = crs.trim().toUpperCase();
  if (upper === 'EPSG:4326' || upper === 'WGS84') return '+proj=longlat +datum=WGS84 +no_defs';
  if (upper === 'EPSG:4756') return `+proj=longlat +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +no_defs`;
  if (upper === 'EPSG:3405') return `+proj=utm +zone=48 ${towgs}`;
  if (upper === 'EPSG:3406') return `+proj=utm +zone=49 ${towgs}`;
  const tm = /^VN2000:TM([36]):(\d+(?:\.\d+)?)$/.exec(upper);
  if (!tm) return null;
  const k = tm[1] === '3' ? 0.9999 : 0.9996;
  return `+proj=tmerc +lat_0=0 +lon_0=${tm[2]} +k=${k} +x_0=500000 +y_0=0 ${towgs}`;
}

/**
 * Reads the coordinate system of a Shapefile's .prj (ESRI WKT). VN-2000 ones are turned into a `CrsName` so that
 * the datum shift is applied (.prj files rarely carry TOWGS84, and without it positions are off by hundreds of
 * metres); any other WKT is returned for proj4 to read as is. Null for an empty .prj.
 */
export function crsFromPrj(wkt: string): CrsName | null {
  const text = wkt.trim();
  if (text === '') return null;
  if (!/VN[-_ ]?2000|Vietnam[-_ ]2000/i.test(text)) return text;
  if (!/^PROJCS/i.test(text)) return 'EPSG:4756';
  const param = (name: string) => {
    const m = new RegExp(`PARAMETER\\["${name}",\\s*(-?[\\d.]+)\\]`, 'i').exec(text);
    return m ? Number(m[1]) : null;
  };
  const meridian = param('central_meridian') ?? param('longitude_of_center');
  const scale = param('scale_factor') ?? 0.9999;
  if (meridian === null) return null;
  if (meridian === 105 && scale === 0.9996 && /UTM/i.test(text)) return 'EPSG:3405';
  if (meridian === 111 && scale === 0.9996 && /UTM/i.test(text)) return 'EPSG:3406';
  return `VN2000:TM${Math.abs(scale - 0.9996) < 1e-9 ? 6 : 3}:${meridian}`;
}

// proj4 parses a definition each time a converter is made; tables ask for one per row.
const converters = new Map<CrsName, ((xy: [number, number]) => [number, number]) | null>();

/**
 * A function turning `[x, y]` in `crs` (metres east/north, or degrees `[lng, lat]` for geographic systems)
 * into WGS84 `[lng, lat]`, or null when the system cannot be read. Made once per system.
 */
export function toWgs84(crs: CrsName): ((xy: [number, number]) => [number, number]) | null {
  if (!converters.has(crs)) converters.set(crs, makeConverter(crs));
  return converters.get(crs)!;
}

function makeConverter(crs: CrsName): ((xy: [number, number]) => [number, number]) | null {
  const def = proj4Definition(crs) ?? crs;
  try {
    const converter = proj4(def, 'EPSG:4326');
    return (xy) => converter.forward(xy) as [number, number];
  } catch {
    return null;
  }
}

/** True for the systems whose positions are WGS84 `[lng, lat]` degrees already. */
export function isWgs84(crs: CrsName): boolean {
  return /^(EPSG:4326|WGS84)$/i.test(crs.trim());
}
