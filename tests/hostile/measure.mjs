// Runs the command line in this process and prints, on exit, its peak resident memory to stderr as the last line:
// `{"maxRssMb": N}`. The hostile tests and benchmark read it; `process.resourceUsage()` has no view of a child.
process.on('exit', () => {
  process.stderr.write(`\n${JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
});
await import('../../scripts/cli.mjs');
