import { LAYER_KINDS, type LayerKind } from '../../src/core/import/layerKind.ts';
import { LAYER_TABLES } from '../data/layerTables.ts';
import { inForce, versionAt } from '../data/published.ts';
import { inTransaction, SYSTEM } from '../db/transaction.ts';
import { badRequest, forbidden } from '../http/httpError.ts';
import { actorOf, EVERYONE, type Route } from '../http/route.ts';
import { asOfParam } from './stats.ts';

/** Where the rows of commune $2 are, for each way a layer is tied to its communes. */
const IN_COMMUNE = {
  code: 't.code = $2',
  commune_code: 't.commune_code = $2',
  boundary: `ST_Intersects(t.geom, (SELECT ST_Union(c.geom) FROM communes c WHERE ${inForce('c')} AND c.code = $2))`,
};

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
      const json = await inTransaction(ctx.pool, actor, async (client) => {
        if (version.at === null) return { type: 'FeatureCollection', features: [], version: 0, published_at: null };
        const { rows } = await client.query(
          `SELECT json_build_object('type', 'FeatureCollection', 'version', $3::int, 'published_at', $4::text, 'features', coalesce(json_agg(
             json_build_object('type', 'Feature', 'geometry', ST_AsGeoJSON(t.geom, 7)::json, 'properties', ${t.properties}) ORDER BY t.change_id, t.ord), '[]'))
           AS fc FROM ${t.table} t WHERE ${inForce()} AND ($2::text IS NULL OR ${IN_COMMUNE[t.inCommune]})`,
          [version.at, commune, version.id, version.at],
        );
        return rows[0].fc;
      });
      return { json };
    },
  },
];
