// The CLI dispatcher: finds the sub-command, maps errors to exit codes. Sub-commands register in COMMANDS.
import { InputError, formatProblem } from '../errors.js';
import { EXIT, UsageError, type CliIo, type Command } from './command.js';
import { acceleratorsCommand } from './accelerators.js';
import { badgeCommand } from './badge.js';
import { modelCardCommand } from './model-card.js';
import { compareCommand, estimateCommand } from './report-command.js';

export const COMMANDS: Command[] = [
  estimateCommand,
  compareCommand,
  badgeCommand,
  modelCardCommand,
  acceleratorsCommand,
];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((command) => command.usage.length));
  return [
    'ml-carbon: estimate, compare and gate the CO2e of ML training and serving.',
    '',
    'usage:',
    ...COMMANDS.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    '',
    'exit codes: 0 fine, 1 a budget is exceeded, 2 invalid input or usage',
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name ? EXIT.ok : EXIT.invalidInput;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`unknown command "${name}"\n\n${helpText()}`);
    return EXIT.invalidInput;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n${command.summary}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`${error.message}\n`);
    else if (error instanceof InputError) io.stderr(`${error.problems.map(formatProblem).join('\n')}\n`);
    else io.stderr(`ml-carbon: ${(error as Error).message}\n`);
    return EXIT.invalidInput;
  }
}
