import { runCli } from './cli/main.js';

// No top-level await: the bundle is a CommonJS script, so that the launcher can give it V8's code cache on Node 20.
void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: process.stdout.isTTY === true,
}).then((exitCode) => {
  process.exitCode = exitCode;
});
