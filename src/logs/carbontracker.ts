// carbontracker logs: the `_output.log` (Actual/Predicted consumption blocks: kWh with PUE applied, CO2eq in g)
// and the standard `_carbontracker.log` (epoch durations, per-device average power in W without PUE).
// Only "Actual" blocks are measurements; "Predicted" blocks extrapolate and are ignored. carbontracker 1.1.x wrote
// later sessions of one process into earlier files as well, so blocks are deduplicated by their start time.
import type { InputProblem } from '../errors.js';
import { defined } from './fields.js';
import type { LogParser } from './parser.js';
import { logWarning } from './problems.js';
import { parseClockDurationSeconds } from './timestamps.js';
import type { Measurement } from './types.js';
import { hoursFromSeconds, kgFromGrams, kwhFromJoules, kwhFromWattHours } from '../util/units.js';

const STAMPED = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) - (.*)$/;

interface Block {
  kind: 'actual' | 'predicted';
  startedAt: string;
  seconds?: number;
  kwh?: number;
  grams?: number;
}

export class CarbonTrackerParser implements LogParser {
  private lastStamp = '';
  private block?: Block;
  private readonly actual = new Map<string, Block>();
  private predictedBlocks = 0;
  private epochSeconds = 0;
  private epochs = 0;
  private gpuWatts: number[] = [];
  private gpuDevices = 0;
  private powerArray?: string;
  private intensityGPerKwh?: number;
  private location?: string;
  private sessions = 0;
  private gpuName?: string;

  constructor(private readonly file: string) {}

  line(text: string): void {
    if (this.powerArray !== undefined) {
      this.collectPowerArray(text);
      return;
    }
    const stamped = STAMPED.exec(text);
    if (stamped) {
      this.closeBlock();
      this.lastStamp = stamped[1]!;
      this.standardLine(stamped[2]!.replace(/^CarbonTracker:\s*/, ''));
      return;
    }
    const trimmed = text.trim();
    const header = /^(Actual|Predicted) consumption/.exec(trimmed);
    if (header) {
      this.closeBlock();
      this.block = { kind: header[1] === 'Actual' ? 'actual' : 'predicted', startedAt: this.lastStamp };
      return;
    }
    if (!this.block) return;
    const field = /^(Time|Energy|CO2eq):\s*(\S+)\s*(\S*)/.exec(trimmed);
    if (!field) return;
    if (field[1] === 'Time') this.block.seconds = parseClockDurationSeconds(field[2]!);
    else if (field[1] === 'Energy')
      this.block.kwh = numberIn(field[2]!, field[3]!, { kwh: 1, wh: kwhFromWattHours(1), j: kwhFromJoules(1) });
    else this.block.grams = numberIn(field[2]!, field[3]!, { g: 1, kg: 1000 });
  }

  private standardLine(message: string): void {
    if (message.startsWith('carbontracker version')) this.sessions++;
    const duration = /^Duration:\s*(\S+)/.exec(message);
    if (duration) {
      const seconds = parseClockDurationSeconds(duration[1]!);
      if (seconds !== undefined) {
        this.epochSeconds += seconds;
        this.epochs++;
      }
    }
    if (/^Average power usage \(W\) for gpu:/.test(message))
      this.collectPowerArray(message.slice(message.indexOf(':') + 1), true);
    const intensity =
      /Average carbon intensity during training was ([\d.]+) gCO2\/kWh(?: at detected location: (.*?)\.?$)?/.exec(
        message,
      );
    if (intensity) {
      this.intensityGPerKwh = Number(intensity[1]);
      if (intensity[2]) this.location = intensity[2];
    }
    const gpus = /GPU with device\(s\) (.*?)\. (?:CPU|$)/.exec(message);
    if (gpus && this.gpuName === undefined) this.gpuName = gpus[1]!.split(',')[0]!.trim();
  }

  /** numpy prints long arrays over several lines: "[44.7 46.3\n 46.6 ]". */
  private collectPowerArray(text: string, start = false): void {
    this.powerArray = (start ? '' : (this.powerArray ?? '')) + ' ' + text;
    if (!this.powerArray.includes(']')) return;
    const values = this.powerArray.replace(/[[\]]/g, ' ').trim().split(/\s+/).map(Number).filter(Number.isFinite);
    this.powerArray = undefined;
    if (values.length === 0) return;
    this.gpuWatts.push(values.reduce((a, b) => a + b, 0) / values.length);
    this.gpuDevices = Math.max(this.gpuDevices, values.length);
  }

  private closeBlock(): void {
    const block = this.block;
    this.block = undefined;
    if (!block) return;
    if (block.kind === 'predicted') {
      this.predictedBlocks++;
      return;
    }
    if (block.kwh === undefined) return;
    this.actual.set(`${block.startedAt}|${block.kwh}|${block.grams}`, block);
  }

  finish(): Measurement {
    this.closeBlock();
    const warnings: InputProblem[] = [];
    const common: Measurement = {
      file: this.file,
      format: 'carbontracker',
      warnings,
      ...defined('intensityGPerKwh', this.intensityGPerKwh),
      ...defined('location', this.location),
      ...defined('acceleratorName', this.gpuName),
      ...(this.gpuDevices > 0
        ? {
            acceleratorCount: this.gpuDevices,
            averagePowerWatts: this.gpuWatts.reduce((a, b) => a + b, 0) / this.gpuWatts.length,
          }
        : {}),
    };
    const blocks = [...this.actual.values()];
    if (blocks.length > 0) {
      const kwh = blocks.reduce((total, block) => total + block.kwh!, 0);
      const grams = blocks.every((block) => block.grams !== undefined)
        ? blocks.reduce((total, block) => total + block.grams!, 0)
        : undefined;
      const seconds = blocks.reduce((total, block) => total + (block.seconds ?? 0), 0);
      return {
        ...common,
        energyKwh: kwh,
        energyScope: 'facility',
        pueIncluded: true,
        ...defined('co2eKg', grams === undefined ? undefined : kgFromGrams(grams)),
        ...(grams !== undefined && kwh > 0 ? { intensityGPerKwh: grams / kwh } : {}),
        durationHours: hoursFromSeconds(seconds),
        runCount: blocks.length,
        runs: blocks.map((block) => ({
          id: block.startedAt,
          energyKwh: block.kwh!,
          ...defined('co2eKg', block.grams === undefined ? undefined : kgFromGrams(block.grams)),
          durationHours: hoursFromSeconds(block.seconds ?? 0),
        })),
      };
    }
    if (this.epochs > 0) {
      warnings.push(
        logWarning(
          this.file,
          undefined,
          'the standard carbontracker log gives durations and power, not total energy',
          'point at the matching _output.log for the measured kWh',
        ),
      );
      return { ...common, durationHours: hoursFromSeconds(this.epochSeconds), runCount: Math.max(1, this.sessions) };
    }
    warnings.push(
      logWarning(
        this.file,
        undefined,
        this.predictedBlocks > 0
          ? 'only "Predicted consumption" found: a prediction is not a measurement'
          : 'no "Actual consumption" block: the run stopped before its first epoch was measured',
      ),
    );
    return common;
  }
}

function numberIn(value: string, unit: string, factors: Record<string, number>): number | undefined {
  const number = Number(value);
  const factor = factors[unit.toLowerCase()] ?? (unit === '' ? Object.values(factors)[0] : undefined);
  return Number.isFinite(number) && factor !== undefined ? number * factor : undefined;
}
