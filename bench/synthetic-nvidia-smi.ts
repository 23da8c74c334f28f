// A synthetic `nvidia-smi --query-gpu=timestamp,index,name,utilization.gpu,memory.used,power.draw --format=csv -l 1`
// log, produced chunk by chunk so that no more than one chunk exists at a time.

export interface SyntheticLog {
  gpus: number;
  /** Approximate size to produce, bytes. */
  targetBytes: number;
  /** Bytes per yielded chunk. */
  chunkBytes?: number;
}

/** Constant draw of GPU `g`, so the expected energy is known exactly: (100 + 10 g) W. */
export function wattsOf(gpu: number): number {
  return 100 + 10 * gpu;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function stamp(secondsSinceStart: number): string {
  const date = new Date(Date.UTC(2025, 0, 1) + secondsSinceStart * 1000);
  return `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.000`;
}

/** Yields the log; `ticks` reports how many one-second ticks were written once the generator is done. */
export function* syntheticNvidiaSmiLog(
  options: SyntheticLog,
  result: { ticks: number; bytes: number },
): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  const chunkBytes = options.chunkBytes ?? 1 << 20;
  const powers = Array.from({ length: options.gpus }, (_, gpu) => `${wattsOf(gpu).toFixed(2)} W`);
  let text = 'timestamp, index, name, utilization.gpu [%], memory.used [MiB], power.draw [W]\n';
  let tick = 0;
  let bytes = 0;
  while (bytes < options.targetBytes) {
    const time = stamp(tick);
    for (let gpu = 0; gpu < options.gpus; gpu++) {
      text += `${time}, ${gpu}, NVIDIA H100 80GB HBM3, ${90 + (tick % 10)} %, 71234 MiB, ${powers[gpu]}\n`;
    }
    tick++;
    if (text.length >= chunkBytes) {
      const chunk = encoder.encode(text);
      bytes += chunk.length;
      text = '';
      yield chunk;
    }
  }
  if (text) {
    const chunk = encoder.encode(text);
    bytes += chunk.length;
    yield chunk;
  }
  result.ticks = tick;
  result.bytes = bytes;
}
