import { fstatSync } from 'node:fs';

/**
 * Whether a standard stream is a terminal, read as "a character device": a terminal, or /dev/null, where the choice
 * of output format does not matter. node:tty's isatty would load the whole stream and socket stack (31 of Node's
 * internal modules) at every start.
 */
export function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}
