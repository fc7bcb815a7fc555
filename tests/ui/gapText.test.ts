import { describe, expect, it } from 'vitest';
import type { FigureVillage } from '../../src/core/targets/figures.ts';
import { measureMetric } from '../../src/core/targets/measureMetric.ts';
import { gapText, shortList, type GapCommune } from '../../src/ui/gapText.ts';
import { dictionary } from '../../src/ui/i18n/dictionary.ts';

function createVillage(id: string, name: string, communeCode: string, pct4G: number, population = 1000): FigureVillage {
  const pct = { '4G': pct4G, '5G': 0, '6G': 0, fibre: 100 };
  return {
    id, name, communeCode, population, households: 250, pct,
    covered: { '4G': pct4G >= 95, '5G': false, '6G': false, fibre: true },
  };
}

// Two communes with a "Thôn 3" each: only the commune tells them apart.
function createGap() {
  const villages = [
    createVillage('dh-3', 'Thôn 3', '07210', 40),
    createVillage('dh-5', 'Thôn 5', '07210', 100),
    createVillage('dh-9', 'Thôn 9', '07210', 85),
    createVillage('tb-3', 'Thôn 3', '07222', 80),
    createVillage('tb-7', 'Thôn 7', '07222', 70),
  ];
  return measureMetric('villages_4g_pct', { villages, siteCounts: [], thresholdPct: 95 }, 100).gap!;
}

const NAMES = new Map([['07210', 'Xã Đại Hải'], ['07222', 'Xã Tân Bình']]);
const labels = (communes: readonly GapCommune[]) => communes.map((c) => [c.name, c.villages.map((v) => v.label)]);

describe('gap villages in the plan dashboard', () => {
  it('names each village with its commune, the communes leaving more people uncovered first', () => {
    const { communes } = gapText(createGap(), dictionary('vi'), NAMES);
    // Đại Hải leaves 600 + 150 people without 4G, Tân Bình 300 + 200: Đại Hải's villages first, though Thôn 9
    // alone leaves fewer people uncovered than either village of Tân Bình.
    expect(labels(communes)).toEqual([
      ['Xã Đại Hải', ['Thôn 3 — Xã Đại Hải (40 %)', 'Thôn 9 — Xã Đại Hải (85 %)']],
      ['Xã Tân Bình', ['Thôn 7 — Xã Tân Bình (70 %)', 'Thôn 3 — Xã Tân Bình (80 %)']],
    ]);
    expect(communes.flatMap((c) => c.villages.map((v) => v.id))).toEqual(['dh-3', 'dh-9', 'tb-7', 'tb-3']);
  });

  it('names the commune in the English UI too, and falls back to its code when the commune is not loaded', () => {
    const { text, communes } = gapText(createGap(), dictionary('en'), new Map([['07210', 'Xã Đại Hải']]));
    expect(text).toBe('4 villages short of 4G; 4 more villages to meet the target');
    expect(labels(communes)[1]).toEqual(['07222', ['Thôn 7 — 07222 (70 %)', 'Thôn 3 — 07222 (80 %)']]);
  });

  it('leaves the commune out inside a commune\'s own view', () => {
    const { communes } = gapText(createGap(), dictionary('vi'), null);
    expect(labels(communes)).toEqual([[null, ['Thôn 3 (40 %)', 'Thôn 9 (85 %)']], [null, ['Thôn 7 (70 %)', 'Thôn 3 (80 %)']]]);
  });
});

function createCommunes(sizes: number[]): GapCommune[] {
  return sizes.map((size, c) => ({
    name: `Xã ${c}`,
    villages: Array.from({ length: size }, (_, i) => ({ id: `${c}-${i}`, label: `Thôn ${i} — Xã ${c}` })),
  }));
}

describe('the short gap list', () => {
  it('gives one commune the whole list', () => {
    const { listed, rest } = shortList(createCommunes([40]), 30);
    expect(listed.map((l) => [l.shown.length, l.hidden])).toEqual([[30, 10]]);
    expect(rest).toEqual([]);
  });

  it('spreads the list over several communes so the largest gap does not fill it alone', () => {
    const { listed, rest } = shortList(createCommunes([40, 20, 2]), 30);
    expect(listed.map((l) => [l.commune.name, l.shown.length, l.hidden])).toEqual([['Xã 0', 10, 30], ['Xã 1', 10, 10], ['Xã 2', 2, 0]]);
    expect(rest).toEqual([]);
  });

  it('lists at most a tenth as many communes as entries, three villages each, and returns the others', () => {
    const { listed, rest } = shortList(createCommunes(Array.from({ length: 14 }, () => 5)), 30);
    expect(listed.map((l) => l.shown.length)).toEqual(Array.from({ length: 10 }, () => 3));
    expect(rest.map((c) => c.name)).toEqual(['Xã 10', 'Xã 11', 'Xã 12', 'Xã 13']);
  });
});
