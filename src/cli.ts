import { descriptorWriter } from './cli/stdio.js';
import { runCli } from './cli/main.js';
import { isTerminal } from './cli/terminal.js';

// No top-level await: the bundle is a CommonJS script, so that the launcher can give it V8's code cache on Node 20.
void runCli(process.argv.slice(2), {
  stdout: descriptorWriter(1, () => process.stdout),
  stderr: descriptorWriter(2, () => process.stderr),
  cwd: process.cwd(),
  isTty: isTerminal(1),
}).then((exitCode) => {
  process.exitCode = exitCode;
});
