import { existsSync } from 'node:fs';

/** Says once, at the top of the run, why the tests on ../shared's real data and plan sources are skipped. */
export default function sharedCheck() {
  for (const dir of ['../shared/data/real', '../shared/docs', '../shared/seeds']) {
    if (!existsSync(dir)) console.warn(`NOTE: ${dir} is absent: the tests that read it are skipped (their titles say so).`);
  }
}
