// `ml-carbon accelerators`: the accelerator names the estimator knows, with TDP and dense peaks.
import { ACCELERATOR_LIST_NOTE, acceleratorListMarkdown } from '../data/accelerator-list.js';
import { EXIT, UsageError, type Command } from './command.js';

const USAGE = 'ml-carbon accelerators';

export const acceleratorsCommand: Command = {
  name: 'accelerators',
  usage: USAGE,
  summary: 'list the accelerators the estimator knows (names, aliases, TDP, dense peak TFLOP/s)',
  async run(args, io) {
    if (args.length) throw new UsageError(`accelerators takes no arguments\nusage: ${USAGE}`);
    io.stdout(`${acceleratorListMarkdown()}\n\n${ACCELERATOR_LIST_NOTE}\n`);
    return EXIT.ok;
  },
};
