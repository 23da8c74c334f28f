// How the step talks to the runner: log lines and workflow commands on stdout (annotations, masks), and the files the
// runner names in GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. Written from GitHub's documentation of workflow commands
// (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands); the few calls the action
// makes need no library, and the toolkit's @actions/core would bring an HTTP client (for OIDC) the action never uses.
import { appendFileSync } from 'node:fs';

/** The runner reads \n line ends on every platform. */
const EOL = '\n';

/** A command's message may not hold a raw line break or `%`: the runner decodes these escapes. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
}

/** A log line that may quote the user's text (a manifest's run names, notes): should a line of it read as a workflow
 * command, the runner's command processing is paused around it with a one-time token (GitHub's `stop-commands`). */
export function info(message: string): void {
  if (!/(^|[\r\n])\s*::/.test(message)) {
    process.stdout.write(`${message}${EOL}`);
    return;
  }
  const token = `ml-carbon-${globalThis.crypto.randomUUID()}`;
  process.stdout.write(`::stop-commands::${token}${EOL}${message}${EOL}::${token}::${EOL}`);
}

/** An annotation on the run; the message is data, never further commands. */
export function warning(message: string): void {
  command('warning', message);
}

export function error(message: string): void {
  command('error', message);
}

/** An error annotation, and the step fails (exit code 1) when the process ends. */
export function setFailed(message: string): void {
  error(message);
  process.exitCode = 1;
}

/** The runner replaces the value with *** in every later log line. */
export function setSecret(value: string): void {
  if (value) command('add-mask', value);
}

/** GITHUB_OUTPUT holds `name<<DELIMITER`, the value, `DELIMITER`; the delimiter is random so a value cannot end it. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    info(`ml-carbon: GITHUB_OUTPUT is not set, so the output \`${name}\` is not written`);
    return;
  }
  const delimiter = `ml-carbon-${globalThis.crypto.randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`the output ${name} contains its own delimiter`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends markdown to the job summary page of the run. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set');
  appendFileSync(file, `${markdown}${EOL}`, 'utf8');
}
