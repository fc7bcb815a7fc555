import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLayer } from '../../src/core/import/importLayer.ts';

const REAL = join(import.meta.dirname, '../../../shared/data/real');

describe.skipIf(!existsSync(REAL))('real 2025 wards import as communes (skipped: ../shared/data/real absent)', () => {
  it.each([
    ['bac_ninh_wards_2025.geojson', 99],
    ['thai_nguyen_wards_2025.geojson', 92],
  ])('%s: all %i communes, typed from the fullName prefix', async (file, count) => {
    const r = await importLayer(new Uint8Array(readFileSync(join(REAL, file))), file);
    if (!r.ok || r.layer.kind !== 'communes') throw new Error(r.ok ? r.kind : r.error);
    expect(r.report).toMatchObject({ rows: count, imported: count, rejected: 0 });
    const wards = r.layer.communes.filter((c) => c.type === 'phuong').map((c) => c.code);
    const fullNames = JSON.parse(readFileSync(join(REAL, file), 'utf8')).features as { properties: { code: string; fullName: string } }[];
    expect(wards.sort()).toEqual(fullNames.filter((f) => f.properties.fullName.startsWith('Phường ')).map((f) => f.properties.code).sort());
    expect(r.layer.communes.every((c) => /^\d{5}$/.test(c.code) && c.name !== '' && c.name === c.name.normalize('NFC'))).toBe(true);
  });
});
