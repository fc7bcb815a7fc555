import type pg from 'pg';
import type { LayerWarnings } from '../../src/core/import/crossCheckLayers.ts';
import { datasetFromLayers } from '../../src/core/import/datasetFromLayers.ts';
import type { LayerData } from '../../src/core/import/importLayer.ts';
import { LAYER_KINDS } from '../../src/core/import/layerKind.ts';
import type { Dataset } from '../../src/core/model.ts';
import { LAYER_TABLES } from './layerTables.ts';

/**
 * A version of the published data: the publication (its change id and moment, ISO in UTC with microseconds: a
 * JavaScript Date would cut it to milliseconds and miss rows) that made it, or none yet.
 */
export interface Version {
  id: number;
  at: string | null;
}

/** The version in force at `asOf` (ISO time; now when null): the last publication at or before it. */
export async function versionAt(client: pg.ClientBase, asOf: string | null): Promise<Version> {
  const { rows } = await client.query<{ id: string; at: string }>(
    `SELECT id, iso_time(decided_at) AS at FROM changes WHERE status = 'published' AND decided_at <= coalesce($1::timestamptz, clock_timestamp())
     ORDER BY decided_at DESC LIMIT 1`,
    [asOf],
  );
  const row = rows[0];
  return row ? { id: Number(row.id), at: row.at } : { id: 0, at: null };
}

/** Rows of `t` in force at the moment `$1`. */
export const inForce = (alias = 't') => `${alias}.valid_from <= $1 AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > $1)`;

/**
 * The published data of a version as the command line builds its data set from files (`datasetFromLayers`):
 * every layer in the order its rows were uploaded, with what the layers say about each other.
 */
export async function loadPublished(client: pg.ClientBase, version: Version): Promise<{ dataset: Dataset; warnings: LayerWarnings }> {
  const layers: LayerData[] = [];
  for (const kind of LAYER_KINDS) {
    const t = LAYER_TABLES[kind];
    if (version.at === null) continue;
    const { rows } = await client.query(`SELECT ${t.select} FROM ${t.table} t WHERE ${inForce()} ORDER BY t.change_id, t.ord`, [version.at]);
    if (rows.length > 0) layers.push(t.layer(rows));
  }
  return datasetFromLayers(layers);
}
