import type { Command } from './command.ts';
import { calibrateCommand } from './commands/calibrate.ts';
import { check } from './commands/check.ts';
import { demoCommand } from './commands/demo.ts';
import { planCommand } from './commands/plan.ts';
import { statsCommand } from './commands/stats.ts';
import { whatifCommand } from './commands/whatif.ts';

const commands: Command[] = [check, calibrateCommand, demoCommand, statsCommand, whatifCommand, planCommand];

function help(): string {
  return ['Usage: npm run cli -- COMMAND [options]', '', ...commands.map((c) => `  ${c.usage}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    if (name && name !== 'help' && name !== '--help') console.error(`Unknown command "${name}".`);
    console.log(help());
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    // One line, not a stack: whatever stopped the command is a fault to report, not to debug from a terminal.
    console.error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
