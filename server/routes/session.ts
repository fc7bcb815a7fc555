import { createSession, endSession } from '../auth/sessions.ts';
import { dummyHash, verifyPassword } from '../auth/password.ts';
import { audit } from '../data/audit.ts';
import { inTransaction, SYSTEM } from '../db/transaction.ts';
import { badRequest, HttpError } from '../http/httpError.ts';
import { readJson } from '../http/readBody.ts';
import { actorOf, EVERYONE, type Route } from '../http/route.ts';

/** Failed sign-ins allowed per name within the window (since its last success), and per address. */
export const LOGIN_LIMIT = { perUser: 5, perAddress: 30, windowMinutes: 15 };

export const sessionRoutes: Route[] = [
  {
    method: 'POST',
    path: /^\/api\/login$/,
    async handle({ pool, req, ip }) {
      const body = await readJson(req);
      const { username, password } = body;
      if (typeof username !== 'string' || typeof password !== 'string') throw badRequest('invalid_body', 'Expected {"username", "password"} as text.');
      const name = username.normalize('NFC');
      // The count of failures comes from the audit log itself: it survives a restart and is shared by every server.
      const throttled = await inTransaction(pool, SYSTEM, async (client) => {
        const { rows } = await client.query<{ by_user: number; by_address: number }>(
          `WITH since AS (
             SELECT greatest(clock_timestamp() - make_interval(mins => $3),
               coalesce((SELECT max(at) FROM audit WHERE action = 'login' AND username = $1), '-infinity')) AS user_since)
           SELECT
             (SELECT count(*) FROM audit, since WHERE action = 'login_failed' AND username = $1 AND at > user_since)::int AS by_user,
             (SELECT count(*) FROM audit WHERE action = 'login_failed' AND ip = $2 AND at > clock_timestamp() - make_interval(mins => $3))::int AS by_address`,
          [name, ip, LOGIN_LIMIT.windowMinutes],
        );
        const r = rows[0]!;
        const over = r.by_user >= LOGIN_LIMIT.perUser || r.by_address >= LOGIN_LIMIT.perAddress;
        if (over) await audit(client, { actor: SYSTEM, action: 'login_throttled', target: name, username: name, ip });
        return over;
      });
      if (throttled) {
        throw new HttpError(429, 'too_many_attempts', `Too many failed sign-ins: try again in ${LOGIN_LIMIT.windowMinutes} minutes.`, {
          'retry-after': String(LOGIN_LIMIT.windowMinutes * 60),
        });
      }
      const user = (
        await pool.query<{ id: string; password_hash: string }>('SELECT id, password_hash FROM users WHERE username = $1 AND NOT disabled', [name])
      ).rows[0];
      const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
      // A failure is recorded and committed before the 401 is sent (throwing inside the transaction would undo it).
      const token = await inTransaction(pool, SYSTEM, async (client) => {
        if (!user || !ok) {
          await audit(client, { actor: SYSTEM, action: 'login_failed', target: name, username: name, ip });
          return null;
        }
        const actor = { ...SYSTEM, id: Number(user.id), username: name };
        await audit(client, { actor, action: 'login', target: name, ip });
        return createSession(client, Number(user.id));
      });
      if (token === null) throw new HttpError(401, 'bad_credentials', 'Wrong user name or password.');
      return { json: { token } };
    },
  },
  {
    method: 'POST',
    path: /^\/api\/logout$/,
    roles: EVERYONE,
    async handle({ pool, req }) {
      const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
      await endSession(pool, token);
      return { json: { ok: true } };
    },
  },
  {
    method: 'GET',
    path: /^\/api\/me$/,
    roles: EVERYONE,
    async handle(ctx) {
      const a = actorOf(ctx);
      return { json: { id: a.id, username: a.username, role: a.role, operator: a.operator, commune_code: a.communeCode } };
    },
  },
];
