import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Actor, Role } from '../db/transaction.ts';

/** How long a sign-in lasts. */
export const SESSION_HOURS = 12;

const sha256 = (token: string) => createHash('sha256').update(token).digest();

/** A new bearer token for the user; only its SHA-256 is stored. */
export async function createSession(client: pg.ClientBase, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await client.query('DELETE FROM sessions WHERE expires_at < now()');
  await client.query(`INSERT INTO sessions (token_sha256, user_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`, [
    sha256(token),
    userId,
    SESSION_HOURS,
  ]);
  return token;
}

interface UserRow {
  id: string;
  username: string;
  role: Role;
  operator: string | null;
  commune_code: string | null;
}

/** The user a bearer token signs in, or null for an unknown or expired token. */
export async function sessionActor(client: pg.ClientBase, token: string): Promise<Actor | null> {
  const { rows } = await client.query<UserRow>(
    `SELECT u.id, u.username, u.role, u.operator, u.commune_code FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_sha256 = $1 AND s.expires_at > now() AND NOT u.disabled`,
    [sha256(token)],
  );
  const u = rows[0];
  return u ? { id: Number(u.id), username: u.username, role: u.role, operator: u.operator, communeCode: u.commune_code } : null;
}

/** Ends the session of a bearer token. */
export async function endSession(client: pg.ClientBase | pg.Pool, token: string): Promise<void> {
  await client.query('DELETE FROM sessions WHERE token_sha256 = $1', [sha256(token)]);
}
