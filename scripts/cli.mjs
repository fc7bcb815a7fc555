// Runs the command line from one bundled file, rebuilt with esbuild when a source is newer. Starting the
// TypeScript sources through tsx costs about 0.7 s per run and loads all of Turf; a bundle starts in about 0.1 s,
// and `stats` on a province is meant to finish within a second.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'node_modules/.cache/phusong/cli.mjs');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), stat.mtimeMs);
}

const sources = ['src', 'data', 'package-lock.json'].map((p) => join(root, p));
if (!existsSync(bundle) || Math.max(...sources.map(newest)) > statSync(bundle).mtimeMs) {
  const { build } = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  // Built aside and renamed into place, so a second run starting meanwhile never loads half a file.
  const fresh = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: fresh,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Some dependencies are CommonJS and call require(); an ES module bundle has to provide it.
    banner: { js: "import { createRequire as __phusongRequire } from 'node:module'; const require = __phusongRequire(import.meta.url);" },
  });
  renameSync(fresh, bundle);
}
await import(pathToFileURL(bundle).href);
