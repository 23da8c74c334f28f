// The action's time budget: one wall-clock deadline for the whole run, and a per-request timeout under it. Requests
// are aborted when either runs out (a stalled server, or one that trickles its answer), and retries never wait past it.

export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly totalMs: number,
    private readonly now: () => number = Date.now,
    readonly startedAt = now(),
  ) {
    this.timer = setTimeout(() => this.controller.abort(new DeadlineExceeded(totalMs)), totalMs);
    // Never keeps the process alive on its own.
    this.timer.unref();
  }

  /** Aborts when the deadline passes. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  remainingMs(): number {
    return Math.max(0, this.startedAt + this.totalMs - this.now());
  }

  get expired(): boolean {
    return this.controller.signal.aborted || this.remainingMs() <= 0;
  }

  /** A signal for one request: whichever comes first of its own timeout and the deadline. */
  requestSignal(timeoutMs: number): AbortSignal {
    return AbortSignal.any([this.signal, AbortSignal.timeout(Math.max(1, Math.min(timeoutMs, this.remainingMs())))]);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

export class DeadlineExceeded extends Error {
  constructor(readonly totalMs: number) {
    super(`the time limit of ${Math.round(totalMs / 1000)} s ran out`);
    this.name = 'DeadlineExceeded';
  }
}
