import { LAYER_KINDS, type LayerKind } from '../../src/core/import/layerKind.ts';
import { LAYER_TABLES, type LayerTable } from '../data/layerTables.ts';
import { inForce, versionAt } from '../data/published.ts';
import { inTransaction, SYSTEM } from '../db/transaction.ts';
import { badRequest, forbidden } from '../http/httpError.ts';
import { actorOf, EVERYONE, type Route } from '../http/route.ts';
import { asOfParam } from './stats.ts';

const COMMUNE_AREA = `(SELECT ST_Union(c.geom) FROM communes c WHERE ${inForce('c')} AND c.code = $2)`;

/** Where the rows of commune $2 are, for each way a layer is tied to its communes. */
function inCommune(how: LayerTable['inCommune']): string {
  if (how === 'code') return 't.code = $2';
  if (how === 'commune_code') return 't.commune_code = $2';
  if (how === 'boundary') return `ST_Intersects(t.geom, ${COMMUNE_AREA})`;
  return `ST_DWithin(t.geom::geography, ${COMMUNE_AREA}::geography, ${how.reachM})`;
}

export const layerRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/layers\/([a-z]+)$/,
    roles: EVERYONE,
    async handle(ctx) {
      const actor = actorOf(ctx);
      const kind = ctx.params[0] as LayerKind;
      if (!LAYER_KINDS.includes(kind)) throw badRequest('invalid_kind', `The layer is one of ${LAYER_KINDS.join(', ')}.`);
      const asked = ctx.url.searchParams.get('commune');
      if (actor.role === 'commune' && asked !== null && asked !== actor.communeCode) throw forbidden('A commune user reads its own commune only.');
      // A commune user sees its own area whether it asks or not.
      const commune = actor.role === 'commune' ? actor.communeCode : asked;
      const asOf = asOfParam(ctx);
      const t = LAYER_TABLES[kind];
      const version = await inTransaction(ctx.pool, SYSTEM, (client) => versionAt(client, asOf));
      const { fc: json, n } = await inTransaction(ctx.pool, actor, async (client) => {
        if (version.at === null) return { fc: { type: 'FeatureCollection', features: [], version: 0, published_at: null }, n: 0 };
        const { rows } = await client.query(
          `SELECT json_build_object('type', 'FeatureCollection', 'version', $3::int, 'published_at', $4::text, 'features', coalesce(json_agg(
             json_build_object('type', 'Feature', 'geometry', ST_AsGeoJSON(t.geom, 7)::json, 'properties', ${t.properties}) ORDER BY t.change_id, t.ord), '[]'))
           AS fc, count(*)::int AS n FROM ${t.table} t WHERE ${inForce()} AND ($2::text IS NULL OR ${inCommune(t.inCommune)})`,
          [version.at, commune, version.id, version.at],
        );
        return rows[0] as { fc: unknown; n: number };
      });
      // The version and row count also in headers: the app's worker reads them without parsing the layer twice.
      return { json, headers: { 'x-published-version': String(version.id), 'x-published-at': version.at ?? '', 'x-published-rows': String(n) } };
    },
  },
];
