/**
 * Parses `--name value` pairs; returns the flags (the last value of a repeated one) and every value of each in
 * `all` (for options that may repeat, `--speeds A --speeds B`), or a message naming what is wrong.
 */
export function parseFlags(argv: readonly string[]): { flags: Map<string, string>; all: Map<string, string[]> } | { error: string } {
  const flags = new Map<string, string>();
  const all = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]!;
    const value = argv[i + 1];
    if (!name.startsWith('--')) return { error: `Expected an option like --name, got "${name}".` };
    if (value === undefined || value.startsWith('--')) return { error: `Expected a value after ${name}.` };
    flags.set(name.slice(2), value);
    all.set(name.slice(2), [...(all.get(name.slice(2)) ?? []), value]);
  }
  return { flags, all };
}
