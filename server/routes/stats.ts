import { versionAt } from '../data/published.ts';
import { inTransaction, SYSTEM } from '../db/transaction.ts';
import { badRequest, forbidden, notFound } from '../http/httpError.ts';
import { actorOf, EVERYONE, type Route, type RouteContext } from '../http/route.ts';

/** The `as_of` parameter as an ISO time, or null for now; 400 when it is not a time. */
export function asOfParam(ctx: RouteContext): string | null {
  const text = ctx.url.searchParams.get('as_of');
  if (text === null || text === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}(:?\d{2})?)?)?$/.test(text) || Number.isNaN(Date.parse(text.replace(/(\.\d{3})\d+/, '$1')))) {
    throw badRequest('invalid_as_of', `as_of is an ISO 8601 date or time, e.g. 2025-07-01T00:00:00Z; got "${text.slice(0, 60)}".`);
  }
  return text;
}

export const statsRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/stats$/,
    roles: EVERYONE,
    async handle(ctx) {
      const actor = actorOf(ctx);
      const commune = ctx.url.searchParams.get('commune');
      if (actor.role === 'commune' && commune !== actor.communeCode) {
        throw forbidden(commune === null ? 'A commune user reads its own commune: add ?commune=CODE.' : 'A commune user reads its own commune only.');
      }
      const asOf = asOfParam(ctx);
      // Which publication is in force is no secret, though the changes themselves are not every role's to read.
      const version = await inTransaction(ctx.pool, SYSTEM, (client) => versionAt(client, asOf));
      if (version.id === 0) throw notFound(asOf ? `Nothing was published as of ${asOf}.` : 'Nothing is published yet.');
      const figures = await ctx.stats.figures(version);
      const meta = { version: version.id, published_at: version.at, layers: figures.layers };
      if (commune === null) return { json: { ...figures.summary, ...meta } };
      const found = figures.communes[commune];
      if (!found) throw notFound(`No commune "${commune.slice(0, 20)}" in the published data.`);
      return { json: { ...found, ...meta } };
    },
  },
];
