import type pg from 'pg';

export const ROLES = ['admin', 'department', 'operator', 'commune'] as const;
export type Role = (typeof ROLES)[number];

/** Whom a piece of work is done for: a signed-in user, or the server itself (`system`: sign-in, figures). */
export interface Actor {
  id: number | null;
  username: string | null;
  role: Role | 'system';
  operator: string | null;
  communeCode: string | null;
}

export const SYSTEM: Actor = { id: null, username: null, role: 'system', operator: null, communeCode: null };

/**
 * Runs `work` in one transaction on one connection, committed when it resolves and rolled back when it throws,
 * with the actor's role and operator set for row-level security (transaction-local settings, so a pooled
 * connection never carries them to the next request).
 */
export async function inTransaction<T>(pool: pg.Pool, actor: Actor, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('phusong.role', $1, true), set_config('phusong.operator', $2, true)", [actor.role, actor.operator ?? '']);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    // A connection that cannot even roll back is dropped from the pool rather than handed to the next request.
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw e;
  } finally {
    client.release(broken);
  }
}
