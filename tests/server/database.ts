import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalCluster } from '../../server/db/localCluster.ts';

/**
 * Starts a throwaway PostgreSQL + PostGIS cluster (Debian's, installed by `node scripts/setup.mjs --database`) in a
 * temporary directory on a free port for the server tests, and removes it after. Each test file makes its own
 * database in it (see `startTestServer`). No database is mocked.
 */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'phusong-pg-'));
  const cluster = await startLocalCluster(root);
  project.provide('postgres', { adminUrl: cluster.adminUrl, appUrl: cluster.url });
  return async () => {
    await cluster.stop();
    rmSync(root, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { adminUrl: string; appUrl: string };
  }
}
