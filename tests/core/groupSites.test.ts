import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceM } from '../../src/core/geometry/distance.ts';
import type { Station } from '../../src/core/model.ts';
import { groupSites, isShared } from '../../src/core/sites/groupSites.ts';

function createStation(id: string, operator: string, lon: number, lat: number, towerId: string | null = null): Station {
  return { id, operator, lon, lat, techs: ['4G'], heightM: null, azimuths: [], beamwidthDeg: null, band: null, eirpDbm: {}, environment: null, towerId, radiusM: {} };
}

/** 10 m east of a point at latitude 21° is about 0.0000962° of longitude. */
const EAST_10M = 10 / (111_195 * Math.cos((21 * Math.PI) / 180));

describe('groupSites', () => {
  it('joins stations within the co-location distance, and chains them (single linkage)', () => {
    const stations = [
      createStation('a', 'Viettel', 106, 21),
      createStation('b', 'VNPT', 106 + 2.5 * EAST_10M, 21),
      createStation('c', 'MobiFone', 106 + 5 * EAST_10M, 21),
      createStation('d', 'Viettel', 106 + 9 * EAST_10M, 21),
    ];
    const sites = groupSites(stations);
    expect(sites.map((s) => s.stationIds)).toEqual([['MobiFone:c', 'VNPT:b', 'Viettel:a'], ['Viettel:d']]);
    expect(sites[0]!.operators).toEqual(['MobiFone', 'VNPT', 'Viettel']);
    expect(isShared(sites[0]!)).toBe(true);
    expect(isShared(sites[1]!)).toBe(false);
  });

  it('joins stations with the same tower id however far apart their coordinates are', () => {
    const sites = groupSites([createStation('a', 'Viettel', 106, 21, 'T1'), createStation('b', 'VNPT', 106.01, 21, 'T1')]);
    expect(sites).toHaveLength(1);
    expect(sites[0]!.id).toBe('T1');
  });

  it('keeps two operators\' stations with one code apart: a station is its operator and its code', () => {
    const sites = groupSites([createStation('BN001', 'Viettel', 106, 21), createStation('BN001', 'VNPT', 106.1, 21)]);
    expect(sites.map((s) => s.stationIds)).toEqual([['VNPT:BN001'], ['Viettel:BN001']]);
  });

  it('keeps stations of one operator on one site unshared', () => {
    const sites = groupSites([createStation('a', 'Viettel', 106, 21), createStation('b', 'Viettel', 106, 21)]);
    expect(sites).toHaveLength(1);
    expect(isShared(sites[0]!)).toBe(false);
  });

  it('honours a custom co-location distance', () => {
    const stations = [createStation('a', 'Viettel', 106, 21), createStation('b', 'VNPT', 106 + 4 * EAST_10M, 21)];
    expect(groupSites(stations, { colocateM: 30 })).toHaveLength(2);
    expect(groupSites(stations, { colocateM: 50 })).toHaveLength(1);
  });

  it('places a site at the same point to the last bit in any input order, so a site on a commune border keeps its commune', () => {
    // Three stations on one tower whose longitudes sum to different doubles in different orders.
    const stations = [createStation('a', 'Viettel', 0.1, 21, 'T'), createStation('b', 'VNPT', 0.2, 21, 'T'), createStation('c', 'MobiFone', 0.3, 21, 'T')];
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1);
    const sites = [stations, [...stations].reverse(), [stations[1]!, stations[2]!, stations[0]!]].map((list) => groupSites(list));
    expect(sites[1]).toEqual(sites[0]);
    expect(sites[2]).toEqual(sites[0]);
  });

  it('matches a brute-force single linkage and does not depend on input order', () => {
    const station = fc.record({
      lon: fc.double({ min: 105.9, max: 105.9005, noNaN: true }),
      lat: fc.double({ min: 21, max: 21.0005, noNaN: true }),
      operator: fc.constantFrom('Viettel', 'VNPT', 'MobiFone'),
    });
    fc.assert(
      fc.property(fc.array(station, { maxLength: 25 }), (raw) => {
        const stations = raw.map((r, i) => createStation(`s${String(i).padStart(2, '0')}`, r.operator, r.lon, r.lat));
        const oracle = bruteForceGroups(stations, 30);
        const got = groupSites(stations).map((s) => s.stationIds.join(',')).sort();
        expect(got).toEqual(oracle);
        const reversed = groupSites([...stations].reverse()).map((s) => s.stationIds.join(',')).sort();
        expect(reversed).toEqual(got);
      }),
    );
  });
});

function bruteForceGroups(stations: Station[], colocateM: number): string[] {
  const label = stations.map((_, i) => i);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < stations.length; i++)
      for (let j = 0; j < stations.length; j++) {
        const a = stations[i]!;
        const b = stations[j]!;
        if (label[i] !== label[j] && distanceM(a.lon, a.lat, b.lon, b.lat) <= colocateM) {
          const low = Math.min(label[i]!, label[j]!);
          label[i] = low;
          label[j] = low;
          changed = true;
        }
      }
  }
  const groups = new Map<number, string[]>();
  stations.forEach((s, i) => groups.set(label[i]!, [...(groups.get(label[i]!) ?? []), `${s.operator}:${s.id}`]));
  return [...groups.values()].map((g) => g.sort().join(',')).sort();
}
