import type pg from 'pg';
import type { LayerData } from '../../src/core/import/importLayer.ts';
import type { Change, Diff, DiffRow } from '../../src/core/api/apiTypes.ts';
import type { ImportReport } from '../../src/core/import/importReport.ts';
import type { LayerKind } from '../../src/core/import/layerKind.ts';
import type { Actor } from '../db/transaction.ts';
import { conflict, notFound } from '../http/httpError.ts';
import { insertSql, LAYER_TABLES } from './layerTables.ts';

/** Rows per INSERT: large enough that a 10,000-station file is a couple of statements, small enough to bound memory. */
const BATCH = 5000;

const CHANGE_COLUMNS = `c.id::int AS id, c.kind, c.filename, c.scope, c.status, u.username AS uploaded_by, iso_time(c.uploaded_at) AS uploaded_at, d.username AS decided_by,
  iso_time(c.decided_at) AS decided_at, jsonb_build_object('rows', c.report->'rows', 'imported', c.report->'imported', 'warnings', c.report->'warnings',
  'rejected', c.report->'rejected', 'reasons', c.report->'reasons') AS report`;
const CHANGE_FROM = 'changes c JOIN users u ON u.id = c.uploaded_by LEFT JOIN users d ON d.id = c.decided_by';

/**
 * Stores an upload as a pending change with all its rows, in the caller's transaction (so a failure anywhere
 * leaves nothing). `scope` is the operator whose published rows it will replace, or null for the whole layer.
 */
export async function createChange(
  client: pg.ClientBase,
  actor: Actor,
  upload: { kind: LayerKind; filename: string; scope: string | null; layer: LayerData; report: ImportReport; rejectedCsv: string },
): Promise<number> {
  const { rows } = await client.query<{ id: string }>(
    'INSERT INTO changes (kind, filename, scope, uploaded_by, report, rejected_csv) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [upload.kind, upload.filename, upload.scope, actor.id, JSON.stringify(upload.report), upload.rejectedCsv],
  );
  const id = Number(rows[0]!.id);
  const t = LAYER_TABLES[upload.kind];
  const sql = insertSql(t);
  const cells = t.rows(upload.layer);
  for (let start = 0; start < cells.length; start += BATCH) {
    const batch = cells.slice(start, start + BATCH);
    const columns = t.columns.map((_, c) => batch.map((row) => row[c]));
    await client.query(sql, [id, batch.map((_, i) => start + i), ...columns]);
  }
  return id;
}

export async function listChanges(client: pg.ClientBase, status: string | null): Promise<Change[]> {
  const { rows } = await client.query<Change>(
    `SELECT ${CHANGE_COLUMNS} FROM ${CHANGE_FROM} WHERE ($1::text IS NULL OR c.status = $1) ORDER BY c.id`,
    [status],
  );
  return rows;
}

/** One change the actor may see (row-level security hides the others), or 404. */
export async function getChange(client: pg.ClientBase, id: number, lock = false): Promise<Change> {
  const { rows } = await client.query<Change>(`SELECT ${CHANGE_COLUMNS} FROM ${CHANGE_FROM} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`, [id]);
  if (!rows[0]) throw notFound(`No change ${id}.`);
  return rows[0];
}

export async function rejectedCsv(client: pg.ClientBase, id: number): Promise<string> {
  await getChange(client, id);
  const { rows } = await client.query<{ rejected_csv: string }>('SELECT rejected_csv FROM changes WHERE id = $1', [id]);
  return rows[0]!.rejected_csv;
}

/**
 * The condition on `t` for the current published rows a change of `scope` replaces (an operator's rows, or the
 * whole layer), with the parameter it takes as number `n`.
 */
function replaced(kind: LayerKind, scope: string | null, n: number): { where: string; params: unknown[] } {
  const t = LAYER_TABLES[kind];
  const current = 't.valid_from IS NOT NULL AND t.valid_to IS NULL';
  if (t.scopeColumn === null || scope === null) return { where: current, params: [] };
  return { where: `${current} AND t.${t.scopeColumn} = $${n}`, params: [scope] };
}

/**
 * Publishes a pending change: from one moment, its rows are the layer's (an operator-scoped change replaces that
 * operator's rows only) and the rows they replace end. Publications take turns (an advisory lock), so their
 * moments are strictly ordered and each is a version of the published data. Returns the moment (ISO, UTC, µs).
 */
export async function publishChange(client: pg.ClientBase, actor: Actor, id: number): Promise<string> {
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['phusong.publish']);
  const change = await getChange(client, id, true);
  if (change.status !== 'pending') throw conflict('not_pending', `Change ${id} is already ${change.status}.`);
  const table = LAYER_TABLES[change.kind].table;
  const { rows } = await client.query<{ at: string }>('SELECT iso_time(clock_timestamp()) AS at');
  const at = rows[0]!.at;
  const old = replaced(change.kind, change.scope, 2);
  await client.query(`UPDATE ${table} t SET valid_to = $1 WHERE ${old.where}`, [at, ...old.params]);
  await client.query(`UPDATE ${table} SET valid_from = $1 WHERE change_id = $2`, [at, id]);
  await client.query("UPDATE changes SET status = 'published', decided_at = $1, decided_by = $2 WHERE id = $3", [at, actor.id, id]);
  return at;
}

/** Rejects a pending change: its rows are deleted (its record and report stay). */
export async function rejectChange(client: pg.ClientBase, actor: Actor, id: number): Promise<void> {
  const change = await getChange(client, id, true);
  if (change.status !== 'pending') throw conflict('not_pending', `Change ${id} is already ${change.status}.`);
  await client.query(`DELETE FROM ${LAYER_TABLES[change.kind].table} WHERE change_id = $1`, [id]);
  await client.query("UPDATE changes SET status = 'rejected', decided_at = clock_timestamp(), decided_by = $1 WHERE id = $2", [actor.id, id]);
}

/**
 * What publishing the change would do to the layer as published now: rows it adds, moves (a new geometry), changes
 * (other attributes) and removes, matched by their key (the station's operator and id, the village's id...), each
 * with a point on it for the map. Layers without a key (coverage, population) give counts only.
 */
export async function diffChange(client: pg.ClientBase, id: number, limit: number): Promise<Diff> {
  const change = await getChange(client, id);
  const t = LAYER_TABLES[change.kind];
  const old = replaced(change.kind, change.scope, 3);
  const count = async (sql: string, params: unknown[]) => Number((await client.query<{ n: number }>(sql, params)).rows[0]!.n);
  const oldAlone = replaced(change.kind, change.scope, 1);
  const rowsBefore = await count(`SELECT count(*)::int AS n FROM ${t.table} t WHERE ${oldAlone.where}`, oldAlone.params);
  const rowsAfter = await count(`SELECT count(*)::int AS n FROM ${t.table} t WHERE change_id = $1`, [id]);
  if (t.key === null) {
    return { counts: { added: rowsAfter, moved: 0, changed: 0, removed: rowsBefore, unchanged: 0, rows_before: rowsBefore, rows_after: rowsAfter }, rows: [] };
  }
  const side = (where: string) => `SELECT ${t.key} AS key, ${t.label} AS label, ${t.attributes} AS attrs, t.geom FROM ${t.table} t WHERE ${where}`;
  const { rows } = await client.query<DiffRow>(
    `WITH n AS (${side('t.change_id = $1')}), o AS (${side(old.where)}),
     d AS (
       SELECT coalesce(n.key, o.key) AS key, coalesce(n.label, o.label) AS label,
         CASE WHEN o.key IS NULL THEN 'added' WHEN n.key IS NULL THEN 'removed'
              WHEN NOT ST_OrderingEquals(n.geom, o.geom) THEN 'moved' WHEN n.attrs <> o.attrs THEN 'changed' END AS change,
         ST_Centroid(coalesce(n.geom, o.geom)) AS at, CASE WHEN n.key IS NOT NULL AND o.key IS NOT NULL THEN ST_Centroid(o.geom) END AS was,
         CASE WHEN n.key IS NOT NULL AND o.key IS NOT NULL THEN ST_Distance(ST_Centroid(n.geom)::geography, ST_Centroid(o.geom)::geography) END AS moved_m
       FROM n FULL JOIN o ON n.key = o.key
     )
     SELECT key, label, change, ST_X(at) AS lon, ST_Y(at) AS lat,
       CASE WHEN change = 'moved' THEN ST_X(was) END AS from_lon, CASE WHEN change = 'moved' THEN ST_Y(was) END AS from_lat,
       CASE WHEN change = 'moved' THEN round(moved_m::numeric, 1)::float8 END AS moved_m
     FROM d WHERE change IS NOT NULL ORDER BY change, key LIMIT $2`,
    [id, limit, ...old.params],
  );
  const counts = await client.query<{ change: string; n: number }>(
    `WITH n AS (${side('t.change_id = $1')}), o AS (${side(old.where)})
     SELECT CASE WHEN o.key IS NULL THEN 'added' WHEN n.key IS NULL THEN 'removed' WHEN NOT ST_OrderingEquals(n.geom, o.geom) THEN 'moved'
                 WHEN n.attrs <> o.attrs THEN 'changed' ELSE 'unchanged' END AS change, count(*)::int AS n
     FROM n FULL JOIN o ON n.key = o.key WHERE $2::int IS NOT NULL GROUP BY 1`,
    [id, limit, ...old.params],
  );
  const tally = (c: string) => counts.rows.find((r) => r.change === c)?.n ?? 0;
  return {
    counts: {
      added: tally('added'), moved: tally('moved'), changed: tally('changed'), removed: tally('removed'), unchanged: tally('unchanged'),
      rows_before: rowsBefore, rows_after: rowsAfter,
    },
    rows,
  };
}
