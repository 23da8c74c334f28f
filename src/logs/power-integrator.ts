// Energy as the integral of power over time, per device, with trapezoids over the real time steps.
//
// Gap handling: the typical sampling interval of each device is the median of its first intervals; a step longer
// than `maxGapIntervals` typical intervals is a gap (the logger stopped) and is not bridged: nothing is counted
// for it and it is reported. A step back in time (clock change, two files concatenated) restarts the integration
// at that sample and is reported. Equal timestamps add nothing.
import type { InputProblem } from '../errors.js';
import { RejectedRows } from './problems.js';

export const DEFAULT_MAX_GAP_INTERVALS = 5;
const INTERVALS_FOR_TYPICAL = 15;

/** One device's running integral (opaque outside this module). */
export interface DeviceState {
  lastMs?: number;
  lastWatts?: number;
  firstIntervalsMs: number[];
  typicalMs?: number;
  energyJoules: number;
  coveredMs: number;
  samples: number;
  wattsTotal: number;
}

export interface IntegratedPower {
  /** Devices that gave at least one power sample. */
  deviceCount: number;
  energyJoules: number;
  /** Sum over devices of the time their samples cover, seconds. */
  deviceSeconds: number;
  /** Longest time covered by any one device, seconds. */
  longestDeviceSeconds: number;
  /** Mean of all samples, watts (the only figure when there is no time axis). */
  meanSampleWatts?: number;
  /** Median sampling interval over devices, seconds. */
  typicalIntervalSeconds?: number;
  samples: number;
  warnings: InputProblem[];
}

export class PowerIntegrator {
  private readonly devices = new Map<string, DeviceState>();
  private readonly gaps: RejectedRows;
  private readonly backwards: RejectedRows;

  constructor(
    file: string,
    private readonly maxGapIntervals = DEFAULT_MAX_GAP_INTERVALS,
  ) {
    this.gaps = new RejectedRows(file, 'gap not bridged', 3);
    this.backwards = new RejectedRows(file, 'clock goes backwards', 3);
  }

  /** One reading. `timeMs` undefined means the log has no time axis: only the mean power can be kept. */
  sample(device: string, timeMs: number | undefined, watts: number, lineNumber: number): void {
    this.sampleDevice(this.stateOf(device), device, timeMs, watts, lineNumber);
  }

  /** The state of a device, created on its first use (callers that know the device may keep it: sampleDevice). */
  stateOf(device: string): DeviceState {
    let state = this.devices.get(device);
    if (!state) {
      state = { firstIntervalsMs: [], energyJoules: 0, coveredMs: 0, samples: 0, wattsTotal: 0 };
      this.devices.set(device, state);
    }
    return state;
  }

  /** `sample` with the device's state already looked up. */
  sampleDevice(
    state: DeviceState,
    device: string,
    timeMs: number | undefined,
    watts: number,
    lineNumber: number,
  ): void {
    state.samples++;
    state.wattsTotal += watts;
    if (timeMs === undefined) return;
    if (state.lastMs !== undefined && state.lastWatts !== undefined) {
      const stepMs = timeMs - state.lastMs;
      if (stepMs < 0) {
        this.backwards.add(
          lineNumber,
          `time steps back ${formatSeconds(-stepMs / 1000)} for GPU ${device}; integration restarts at this sample`,
        );
      } else if (stepMs > 0) {
        const typical = this.typical(state);
        if (typical !== undefined && stepMs > this.maxGapIntervals * typical) {
          this.gaps.add(
            lineNumber,
            `${formatSeconds(stepMs / 1000)} without samples for GPU ${device} (typical interval ${formatSeconds(typical / 1000)}); energy in it is not counted`,
          );
        } else {
          state.energyJoules += ((state.lastWatts + watts) / 2) * (stepMs / 1000);
          state.coveredMs += stepMs;
          if (state.firstIntervalsMs.length < INTERVALS_FOR_TYPICAL) state.firstIntervalsMs.push(stepMs);
        }
      }
    }
    state.lastMs = timeMs;
    state.lastWatts = watts;
  }

  private typical(state: DeviceState): number | undefined {
    if (state.typicalMs !== undefined) return state.typicalMs;
    const intervals = state.firstIntervalsMs;
    if (intervals.length === 0) return undefined;
    const value = median(intervals);
    if (intervals.length >= INTERVALS_FOR_TYPICAL) state.typicalMs = value;
    return value;
  }

  result(): IntegratedPower {
    const states = [...this.devices.values()];
    const samples = states.reduce((total, state) => total + state.samples, 0);
    const typicals = states.map((state) => this.typical(state)).filter((value): value is number => value !== undefined);
    return {
      deviceCount: states.length,
      energyJoules: states.reduce((total, state) => total + state.energyJoules, 0),
      deviceSeconds: states.reduce((total, state) => total + state.coveredMs, 0) / 1000,
      longestDeviceSeconds: Math.max(0, ...states.map((state) => state.coveredMs)) / 1000,
      ...(samples > 0
        ? { meanSampleWatts: states.reduce((total, state) => total + state.wattsTotal, 0) / samples }
        : {}),
      ...(typicals.length > 0 ? { typicalIntervalSeconds: median(typicals) / 1000 } : {}),
      samples,
      warnings: [...this.gaps.problems(), ...this.backwards.problems()],
    };
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function formatSeconds(seconds: number): string {
  if (seconds >= 3600) return `${(seconds / 3600).toFixed(1)} h`;
  if (seconds >= 120) return `${(seconds / 60).toFixed(1)} min`;
  return `${Number(seconds.toPrecision(3))} s`;
}
