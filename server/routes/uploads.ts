import { toCheckReport } from '../../src/core/api/apiTypes.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import { LAYER_KINDS, type LayerKind } from '../../src/core/import/layerKind.ts';
import { writeRejectedCsv } from '../../src/core/import/writeRejectedCsv.ts';
import { audit } from '../data/audit.ts';
import { createChange } from '../data/changes.ts';
import { inTransaction } from '../db/transaction.ts';
import { badRequest, forbidden } from '../http/httpError.ts';
import { readBody } from '../http/readBody.ts';
import { actorOf, type Route } from '../http/route.ts';

/** The largest file taken: 200,000 station rows are about 20 MiB of CSV. */
export const UPLOAD_LIMIT = 256 * 2 ** 20;

/** What an operator may upload: its own stations and coverage. */
const OPERATOR_KINDS: readonly LayerKind[] = ['stations', 'coverage'];

export const uploadRoutes: Route[] = [
  {
    method: 'POST',
    path: /^\/api\/uploads$/,
    roles: ['admin', 'department', 'operator'],
    async handle(ctx) {
      const actor = actorOf(ctx);
      const q = ctx.url.searchParams;
      const kind = q.get('kind') as LayerKind;
      if (!LAYER_KINDS.includes(kind)) throw badRequest('invalid_kind', `kind is one of ${LAYER_KINDS.join(', ')}.`);
      if (actor.role === 'operator' && !OPERATOR_KINDS.includes(kind)) throw forbidden(`An operator uploads its own ${OPERATOR_KINDS.join(' and ')} only.`);
      const filename = (q.get('filename') ?? '').normalize('NFC').slice(0, 255) || `${kind}.csv`;
      const bytes = new Uint8Array(await readBody(ctx.req, UPLOAD_LIMIT));
      const operator = actor.role === 'operator' ? actor.operator! : undefined;
      const crs = q.get('crs');
      const sheet = q.get('sheet');
      const result = await importLayer(bytes, filename, kind, {
        ...(operator !== undefined ? { operator } : {}),
        ...(crs ? { crs } : {}),
        ...(sheet ? { sheet } : {}),
      });
      if (!result.ok) {
        await inTransaction(ctx.pool, actor, (client) =>
          audit(client, { actor, action: 'upload_failed', target: filename, detail: { kind, failure: result.failure.code, bytes: bytes.length }, ip: ctx.ip }),
        );
        throw badRequest(result.failure.code, result.error);
      }
      const report = toCheckReport(result.report);
      const id = await inTransaction(ctx.pool, actor, async (client) => {
        const changeId = await createChange(client, actor, {
          kind,
          filename,
          scope: operator ?? null,
          layer: result.layer,
          report: result.report,
          rejectedCsv: result.rejectedRows.rows.length > 0 ? writeRejectedCsv(result.rejectedRows) : '',
        });
        await audit(client, { actor, action: 'upload', target: `change ${changeId}`, detail: { kind, filename, ...report }, ip: ctx.ip });
        return changeId;
      });
      return { status: 201, json: { change_id: id, status: 'pending', report } };
    },
  },
];
