// The CLI dispatcher: finds the sub-command, loads only its module, maps errors to exit codes. Sub-commands register
// in COMMANDS with a loader, so `estimate` never loads the badge renderer and `--version` loads nothing.
import { InputError, formatProblem } from '../errors.js';
import { EXIT, UsageError, type CliIo, type Command } from './command.js';
import { definitionList, wrapMessage, wrapUsage } from './help.js';
import { VERSION } from './version.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'estimate',
    summary: 'estimate the energy and CO2e of every run in a manifest (default ./ml-carbon.yml)',
    load: async () => (await import('./estimate.js')).estimateCommand,
  },
  {
    name: 'compare',
    summary: 'compare a base and a head manifest and judge the budget',
    load: async () => (await import('./compare.js')).compareCommand,
  },
  {
    name: 'badge',
    summary: 'write the badge, its history and the dashboard to a folder',
    load: async () => (await import('./badge.js')).badgeCommand,
  },
  {
    name: 'model-card',
    summary: "print a run's Hugging Face model-card co2_eq_emissions block",
    load: async () => (await import('./model-card.js')).modelCardCommand,
  },
  {
    name: 'accelerators',
    summary: 'list the accelerators the estimator knows (names, aliases, TDP, dense peaks)',
    load: async () => (await import('./accelerators.js')).acceleratorsCommand,
  },
];

const EXIT_CODES = 'exit codes: 0 fine, 1 a budget is exceeded, 2 invalid input or usage';

export function helpText(): string {
  return [
    `ml-carbon ${VERSION}: estimate, compare and gate the CO2e of ML training and serving.`,
    '',
    'usage: ml-carbon <command> [options]',
    '',
    'commands:',
    ...definitionList(COMMANDS.map((command) => [command.name, command.summary])),
    '',
    'options:',
    ...definitionList([
      ['-h, --help', "this help; `ml-carbon <command> --help` for a command's options"],
      ['-v, --version', 'print the version'],
    ]),
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const lines = ['usage:', ...wrapUsage(`  ${command.usage}`, undefined, '      '), '', ...wrapUsage(command.summary)];
  if (command.options?.length) lines.push('', 'options:', ...definitionList(command.options));
  lines.push('', EXIT_CODES, '');
  return lines.join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name ? EXIT.ok : EXIT.invalidInput;
  }
  const entry = COMMANDS.find((candidate) => candidate.name === name);
  if (!entry) {
    io.stderr(`unknown command "${name}"\n\n${helpText()}`);
    return EXIT.invalidInput;
  }
  try {
    const command = await entry.load();
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`${wrapMessage(error.message)}\n`);
    else if (error instanceof InputError) io.stderr(`${error.problems.map(formatProblem).join('\n')}\n`);
    else io.stderr(`ml-carbon: ${(error as Error).message}\n`);
    return EXIT.invalidInput;
  }
}
