import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Station, Tech } from '../../../src/core/model.ts';
import { computeStats } from '../../../src/core/stats/computeStats.ts';
import type { StatsResult } from '../../../src/core/stats/statsTypes.ts';
import { compareStats } from '../../../src/core/whatif/compareStats.ts';
import type { StationEdit } from '../../../src/core/whatif/stationEdit.ts';
import { WhatIfSession } from '../../../src/core/whatif/whatIfSession.ts';
import { createCommune, createDataset, createSquare, createStation, createVillage, toLonLat } from '../../helpers/createData.ts';

const OPERATORS = ['Viettel', 'VNPT', 'MobiFone', 'Gtel'];
const TOWERS = ['T1', 'T2', 'T3'];

/**
 * Two communes of 2 x 2 km side by side, eight villages of 1 km² (one weighted by population points), a village
 * known only by its centre, one naming a commune not loaded; Gtel's 4G comes from a coverage area, not its stations.
 */
function createProvince(stations: Station[]): Dataset {
  const villages = [];
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 2; j++)
      villages.push(createVillage(`V${i}${j}`, i < 2 ? 'A' : 'B', createSquare(-1500 + 1000 * i, -500 + 1000 * j, 1000), 100 + 50 * i + 10 * j));
  villages.push(createVillage('P', 'A', { type: 'Point', coordinates: toLonLat(-1200, 300) }, 80));
  villages.push(createVillage('Z', 'Z', createSquare(2600, 0, 600), 40));
  return createDataset({
    communes: [createCommune('A', createSquare(-1000, 0, 2000)), createCommune('B', createSquare(1000, 0, 2000))],
    villages,
    stations,
    coverage: [{ operator: 'Gtel', tech: '4G', geometry: createSquare(500, 500, 700) }],
    populationPoints: [
      { ...point(-1700, -700), population: 30 },
      { ...point(-1300, -300), population: 70 },
    ],
  });
}

function point(x: number, y: number) {
  const [lon, lat] = toLonLat(x, y);
  return { lon, lat };
}

const arbStation = (id: string) =>
  fc
    .record({
      operator: fc.constantFrom(...OPERATORS),
      x: fc.double({ min: -2600, max: 2600, noNaN: true }),
      y: fc.double({ min: -1600, max: 1600, noNaN: true }),
      techs: fc.subarray(['4G', '5G', '6G'] as Tech[], { minLength: 1 }),
      radius: fc.double({ min: 100, max: 1800, noNaN: true }),
      // Without a radius the radio model shapes the station: a disc, or a polygon where it has sectors.
      modelled: fc.boolean(),
      heightM: fc.integer({ min: 10, max: 45 }),
      eirpDbm: fc.integer({ min: 30, max: 60 }),
      sectored: fc.boolean(),
      azimuth: fc.double({ min: 0, max: 359, noNaN: true }),
      tower: fc.option(fc.constantFrom(...TOWERS), { nil: null }),
    })
    .map((r) =>
      createStation(id, r.operator, r.x, r.y, r.modelled ? {} : Object.fromEntries(r.techs.map((t) => [t, r.radius])), {
        techs: r.techs,
        towerId: r.tower,
        ...(r.modelled ? { heightM: r.heightM, eirpDbm: Object.fromEntries(r.techs.map((t) => [t, r.eirpDbm])) } : {}),
        ...(r.sectored ? { azimuths: [r.azimuth, r.azimuth + 150], beamwidthDeg: 100 } : {}),
      }),
    );

/** An operation on the session: an edit whose target is picked by `pick` in [0, 1), undo, redo or a new threshold. */
type Op =
  | { op: 'edit'; kind: StationEdit['kind']; pick: number; station: Station; dx: number; dy: number }
  | { op: 'undo' }
  | { op: 'redo' }
  | { op: 'threshold'; pct: number };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('edit' as const), kind: fc.constantFrom('add', 'remove', 'move', 'colocate'), pick: fc.double({ min: 0, max: 0.999, noNaN: true }), station: arbStation('new'), dx: fc.double({ min: -900, max: 900, noNaN: true }), dy: fc.double({ min: -900, max: 900, noNaN: true }) }) },
  { weight: 2, arbitrary: fc.constant({ op: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'redo' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('threshold' as const), pct: fc.constantFrom(50, 80, 95, 100) }) },
);

function run(session: WhatIfSession, op: Op, serial: number): void {
  if (op.op === 'undo') return void session.undo();
  if (op.op === 'redo') return void session.redo();
  if (op.op === 'threshold') return session.setThreshold(op.pct);
  const stations = session.stations;
  const station = { ...op.station, id: `new${serial}` };
  const target = stations[Math.floor(op.pick * stations.length)];
  const key = target && `${target.operator}:${target.id}`;
  let edit: StationEdit | null = null;
  if (op.kind === 'add') edit = { kind: 'add', station };
  else if (op.kind === 'remove' && key) edit = { kind: 'remove', key };
  else if (op.kind === 'move' && target && key) {
    const [lon, lat] = toLonLat(0, 0);
    const [lon1, lat1] = toLonLat(op.dx, op.dy);
    edit = { kind: 'move', key, lon: target.lon + lon1 - lon, lat: target.lat + lat1 - lat };
  } else if (op.kind === 'colocate' && session.sites.length > 0) {
    edit = { kind: 'colocate', siteId: session.sites[Math.floor(op.pick * session.sites.length)]!.id, station };
  }
  if (edit) expect(session.apply(edit).ok).toBe(true);
}

describe('WhatIfSession', () => {
  /** Viettel's 4G disc of 400 m on tower T1 in the middle of V10 (1 km², weighted by area); nothing else covers. */
  const lone = () => createProvince([createStation('v1', 'Viettel', -500, -500, { '4G': 400 }, { towerId: 'T1' })]);
  const v10 = (session: WhatIfSession) => session.villages.find((v) => v.id === 'V10')!;

  it('reports what an edit changed: people and villages newly covered, and the sharing ratio', () => {
    const session = new WhatIfSession(lone());
    const before = new Map(session.villages.map((v) => [v.id, v]));
    expect(v10(session).pct['4G']).toBeCloseTo(100 * Math.PI * 0.16, 0);
    const added = session.apply({ kind: 'add', station: createStation('n1', 'VNPT', -500, -500, { '4G': 700 }) });
    if (!added.ok) throw new Error(added.error);
    const { effect, villages, province, sites } = added.result;
    // 700 m from the centre of a 1 km square misses only its corners beyond: V10 is covered at 95 %, its
    // neighbours get a strip.
    expect(v10(session).pct['4G']).toBeGreaterThan(99);
    expect(villages.map((v) => v.id)).toEqual(expect.arrayContaining(['V00', 'V10', 'V20', 'V11']));
    const people = villages.reduce((sum, v) => sum + (v.population * (v.pct['4G']! - before.get(v.id)!.pct['4G']!)) / 100, 0);
    expect(effect.peopleGained['4G']).toBeCloseTo(people, 9);
    expect(people).toBeGreaterThan(0.49 * v10(session).population);
    expect(effect.villagesGained['4G']).toBe(1);
    // VNPT stands on Viettel's spot: one shared site of one, where there was one site not shared.
    expect([effect.sharingPctBefore, effect.sharingPctAfter, province.sharedSites]).toEqual([0, 100, 1]);
    expect(sites.added.map((s) => s.operators)).toEqual([['VNPT', 'Viettel']]);
  });

  it('undoes and redoes to the figures before and after, and says why an edit cannot apply', () => {
    const session = new WhatIfSession(lone());
    // Villages, communes and sites come back exactly; the province's running sums to rounding.
    const same = (a: StatsResult, b: StatsResult) => {
      expect([a.villages, a.communes, a.sites]).toEqual([b.villages, b.communes, b.sites]);
      expect(compareStats(a, b)).toEqual({ maxVillageDiffPp: 0, maxAreaDiffPp: expect.closeTo(0, 12), mismatches: [] });
    };
    const start = session.stats();
    expect(session.apply({ kind: 'move', key: 'Viettel:v1', lon: 106.001, lat: 21.001 }).ok).toBe(true);
    const moved = session.stats();
    session.undo();
    same(session.stats(), start);
    session.redo();
    same(session.stats(), moved);
    expect([session.canUndo, session.canRedo]).toEqual([true, false]);
    expect(session.apply({ kind: 'remove', key: 'VNPT:v1' })).toEqual({ ok: false, error: 'No station VNPT:v1.' });
    expect(session.apply({ kind: 'add', station: createStation('v1', 'Viettel', 0, 0, { '4G': 100 }) })).toEqual({ ok: false, error: 'Station Viettel:v1 exists already.' });
    expect(session.apply({ kind: 'colocate', siteId: 'nowhere', station: createStation('m1', 'MobiFone', 0, 0, { '4G': 100 }) })).toEqual({ ok: false, error: 'No site nowhere.' });
  });

  it('gives every village a 4G share with the first station of a province without any, and no data again without it', () => {
    const base = { ...createProvince([]), coverage: [] };
    const session = new WhatIfSession(base);
    expect(session.province.pct['4G']).toBeNull();
    const station = createStation('S1', 'VNPT', -1500, -500, { '4G': 600 });
    const added = session.apply({ kind: 'add', station });
    if (!added.ok) throw new Error(added.error);
    const full = computeStats({ ...base, stations: [station] });
    expect(compareStats(session.stats(), full).mismatches).toEqual([]);
    expect(session.villages.every((v) => v.pct['4G'] !== null)).toBe(true);
    expect(session.villages.filter((v) => v.pct['4G']! > 0).length).toBeGreaterThan(0);
    session.undo();
    expect(compareStats(session.stats(), computeStats(base)).mismatches).toEqual([]);
    expect(session.province.pct['4G']).toBeNull();
  });

  it('re-classifies at a new threshold without measuring again', () => {
    const session = new WhatIfSession(lone());
    const pct = v10(session).pct['4G']!;
    session.setThreshold(Math.floor(pct));
    expect(v10(session).covered['4G']).toBe(true);
    expect(session.province.villagesCovered['4G']).toBe(1);
    session.setThreshold(Math.ceil(pct));
    expect(session.province.villagesCovered['4G']).toBe(0);
  });

  it('gives the figures of a full computation after any sequence of edits, undos, redos and thresholds, with radii and the radio model', () => {
    const initial = fc.array(fc.integer(), { minLength: 0, maxLength: 10 }).chain((ids) => fc.tuple(...ids.map((_, i) => arbStation(`s${i}`))));
    fc.assert(
      fc.property(initial, fc.array(arbOp, { minLength: 1, maxLength: 12 }), (stations, ops) => {
        const session = new WhatIfSession(createProvince(stations));
        ops.forEach((op, i) => {
          run(session, op, i);
          const full = computeStats(session.dataset(), { thresholdPct: session.thresholdPct });
          const diff = compareStats(session.stats(), full);
          expect(diff.mismatches).toEqual([]);
          expect(diff.maxVillageDiffPp).toBeLessThanOrEqual(1e-9);
          expect(diff.maxAreaDiffPp).toBeLessThanOrEqual(1e-9);
        });
      }),
      { numRuns: 60 },
    );
    // Model stations in rural communes reach across the whole province: every edit measures every village again.
  }, 60_000);
});
