/** A command of the `npm run cli -- NAME ...` tool. Each lives in its own file under `commands/`. */
export interface Command {
  name: string;
  /** One line shown by `help`: the arguments and what it does. */
  usage: string;
  /** Returns the process exit code. */
  run(argv: string[]): Promise<number>;
}
