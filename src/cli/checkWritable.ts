import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

const reason = (e: unknown) => (e instanceof Error && 'code' in e ? String(e.code) : String(e));

/**
 * Makes sure `dir` is a directory the command can write into (creating it), before any work is done: an `--out`
 * that is a file, or not writable, used to end in a stack trace after all the work. Returns a one-line message
 * when it is not.
 */
export async function checkOutDir(dir: string): Promise<string | null> {
  try {
    await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) return `--out ${dir}: not a directory`;
    await access(dir, constants.W_OK);
    return null;
  } catch (e) {
    return `--out ${dir}: cannot write there (${reason(e)})`;
  }
}

/** Makes sure `file` can be written (its directory exists and is writable, and it is not a directory). */
export async function checkOutFile(file: string, flag: string): Promise<string | null> {
  try {
    const existing = await stat(file).catch(() => null);
    if (existing?.isDirectory()) return `${flag} ${file}: is a directory`;
    await access(existing ? file : dirname(file), constants.W_OK);
    return null;
  } catch (e) {
    return `${flag} ${file}: cannot write there (${reason(e)})`;
  }
}
