import { inTransaction } from '../db/transaction.ts';
import { actorOf, STAFF, type Route } from '../http/route.ts';

export const auditRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/audit$/,
    roles: STAFF,
    async handle(ctx) {
      const q = ctx.url.searchParams;
      const limit = Math.min(Math.max(Number(q.get('limit') ?? 1000) || 1000, 1), 100_000);
      const after = Math.max(Number(q.get('after') ?? 0) || 0, 0);
      const { rows } = await inTransaction(ctx.pool, actorOf(ctx), (client) =>
        client.query(
          `SELECT id::int AS id, iso_time(at) AS at, username AS user, action, target, detail, ip FROM audit
           WHERE id > $1 ORDER BY id LIMIT $2`,
          [after, limit],
        ),
      );
      return { json: rows };
    },
  },
];
