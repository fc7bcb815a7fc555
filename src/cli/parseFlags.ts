/**
 * Parses `--name value` pairs, and the `switches` given as `--name` alone (their value is "true"); returns the
 * flags (the last value of a repeated one) and every value of each in `all` (for options that may repeat,
 * `--speeds A --speeds B`), or a message naming what is wrong.
 */
export function parseFlags(
  argv: readonly string[],
  switches: readonly string[] = [],
): { flags: Map<string, string>; all: Map<string, string[]> } | { error: string } {
  const flags = new Map<string, string>();
  const all = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]!;
    if (!name.startsWith('--')) return { error: `Expected an option like --name, got "${name}".` };
    if (switches.includes(name.slice(2))) {
      flags.set(name.slice(2), 'true');
      i--;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) return { error: `Expected a value after ${name}.` };
    flags.set(name.slice(2), value);
    all.set(name.slice(2), [...(all.get(name.slice(2)) ?? []), value]);
  }
  return { flags, all };
}
