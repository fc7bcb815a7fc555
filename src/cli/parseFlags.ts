/** Parses `--name value` pairs; returns the flags, or a message naming what is wrong. */
export function parseFlags(argv: readonly string[]): { flags: Map<string, string> } | { error: string } {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]!;
    const value = argv[i + 1];
    if (!name.startsWith('--')) return { error: `Expected an option like --name, got "${name}".` };
    if (value === undefined || value.startsWith('--')) return { error: `Expected a value after ${name}.` };
    flags.set(name.slice(2), value);
  }
  return { flags };
}
