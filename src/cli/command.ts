// What a CLI sub-command is: a name, a usage line, and a function from arguments to output and exit code.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Standard output is a terminal: `--format` defaults to text there, markdown elsewhere. */
  isTty?: boolean;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Options for `ml-carbon <command> --help`: [option, what it does]. */
  options?: [string, string][];
  run(args: string[], io: CliIo): Promise<number>;
}

export const EXIT = { ok: 0, budgetExceeded: 1, invalidInput: 2 } as const;

export class UsageError extends Error {}
