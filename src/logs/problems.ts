// Warnings about log files: always severity 'warning', always with the file, usually with the line.
import type { InputProblem } from '../errors.js';

export function logWarning(file: string, line: number | undefined, message: string, hint?: string): InputProblem {
  return { file, ...(line !== undefined ? { line } : {}), message, ...(hint ? { hint } : {}), severity: 'warning' };
}

/**
 * Collects rejected rows: the first few are reported one by one with their line, the rest as one count,
 * so a file with thousands of bad rows gives a short, readable list.
 */
export class RejectedRows {
  private count = 0;
  private readonly shown: InputProblem[] = [];

  constructor(
    private readonly file: string,
    private readonly what: string,
    private readonly showAtMost = 3,
  ) {}

  add(line: number, reason: string, hint?: string): void {
    this.count++;
    if (this.shown.length < this.showAtMost)
      this.shown.push(logWarning(this.file, line, `${this.what}: ${reason}`, hint));
  }

  get total(): number {
    return this.count;
  }

  problems(): InputProblem[] {
    if (this.count <= this.shown.length) return [...this.shown];
    const more = this.count - this.shown.length;
    return [
      ...this.shown,
      logWarning(this.file, undefined, `${this.what}: ${more} more like this (${this.count} in all)`),
    ];
  }
}
