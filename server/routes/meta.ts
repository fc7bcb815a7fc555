import type { Route } from '../http/route.ts';
import { OPENAPI } from '../openapi.ts';

export const metaRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/health$/,
    async handle({ pool }) {
      const { rows } = await pool.query<{ postgis: string }>('SELECT postgis_lib_version() AS postgis');
      return { json: { ok: true, postgis: rows[0]!.postgis } };
    },
  },
  {
    method: 'GET',
    path: /^\/api\/openapi\.json$/,
    async handle() {
      return { json: OPENAPI };
    },
  },
];
