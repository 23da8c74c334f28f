// Validated manifest input -> the engine's Run: names resolved against the data tables, defaults merged, cross-field rules.
import { resolveAccelerator } from '../data/accelerators.js';
import { resolveLocation } from '../data/grid.js';
import type { InputProblem } from '../errors.js';
import type { RunInput } from './schema.js';
import type { Placement, Run } from './types.js';

type PathSegment = string | number;
export type Located = (
  path: PathSegment[],
  message: string,
  hint?: string,
  severity?: InputProblem['severity'],
) => void;

interface PlacementInput {
  location?: string;
  carbon_intensity?: number;
  market_carbon_intensity?: number;
  pue?: number;
}

export function normalizePlacement(input: PlacementInput, path: PathSegment[], locate: Located): Placement {
  let location: string | undefined;
  if (input.location !== undefined) {
    const resolved = resolveLocation(input.location);
    if (resolved.found) location = resolved.found.id;
    else {
      const hint = resolved.suggestions.length
        ? `did you mean ${resolved.suggestions.map((id) => `"${id}"`).join(' or ')}?`
        : 'use provider:region (aws:eu-west-1, gcp:us-central1, azure:westeurope) or an ISO country code (FR, US)';
      locate([...path, 'location'], `unknown location "${input.location}"`, hint);
    }
  }
  return {
    location,
    carbonIntensity: input.carbon_intensity,
    marketCarbonIntensity: input.market_carbon_intensity,
    pue: input.pue,
  };
}

function acceleratorId(name: string, path: PathSegment[], locate: Located): string | undefined {
  const resolved = resolveAccelerator(name);
  if (resolved.found) return resolved.found.id;
  const hint = resolved.suggestions.length
    ? `did you mean ${resolved.suggestions.map((id) => `"${id}"`).join(' or ')}?`
    : 'see the accelerator list in README.md';
  locate(path, `unknown accelerator "${name}"`, hint);
  return undefined;
}

export function normalizeRun(
  input: RunInput,
  path: PathSegment[],
  locate: Located,
  defaults: Placement,
): Run | undefined {
  let valid = true;
  const fail: Located = (...args) => {
    valid = false;
    locate(...args);
  };

  const accelerator = acceleratorId(input.hardware.accelerator, [...path, 'hardware', 'accelerator'], fail);
  const inferenceAccelerator =
    input.inference?.accelerator !== undefined
      ? acceleratorId(input.inference.accelerator, [...path, 'inference', 'accelerator'], fail)
      : undefined;
  const own = normalizePlacement(input, path, fail);

  const { model, training, hardware, inference } = input;
  if (model.active_parameters !== undefined && model.active_parameters > model.parameters) {
    fail(
      [...path, 'model', 'active_parameters'],
      'active_parameters cannot exceed parameters',
      'active parameters are the ones used per token in a mixture of experts',
    );
  }
  if (hardware.hours !== undefined && hardware.accelerator_hours !== undefined) {
    fail(
      [...path, 'hardware', 'accelerator_hours'],
      'give hours or accelerator_hours, not both',
      'hours is wall-clock for the whole group; accelerator_hours is count x hours',
    );
  }
  if (training?.samples !== undefined && training.tokens === undefined && training.sequence_length === undefined) {
    fail(
      [...path, 'training', 'sequence_length'],
      'samples need sequence_length to give tokens',
      'add sequence_length (tokens per sample), or give tokens or flops instead',
    );
  }
  const hasCompute = training?.flops !== undefined || training?.tokens !== undefined || training?.samples !== undefined;
  const hasHours = hardware.hours !== undefined || hardware.accelerator_hours !== undefined;
  if (!hasCompute && !hasHours) {
    fail(
      [...path, training ? 'training' : 'hardware'],
      'nothing to size the run with',
      'give training.tokens, training.flops, training.samples + sequence_length, hardware.hours or hardware.accelerator_hours',
    );
  }
  if (
    inference &&
    inference.tokens_per_day === undefined &&
    (inference.requests_per_day === undefined || inference.tokens_per_request === undefined)
  ) {
    fail(
      [...path, 'inference'],
      'inference needs its load',
      'give tokens_per_day, or requests_per_day and tokens_per_request',
    );
  }
  if (!valid || !accelerator) return undefined;

  return {
    id: input.id,
    model: { parameters: model.parameters, activeParameters: model.active_parameters, name: model.name },
    training: training && {
      tokens: training.tokens,
      samples: training.samples,
      sequenceLength: training.sequence_length,
      epochs: training.epochs,
      flops: training.flops,
      precision: training.precision ?? 'bf16',
      precisionGiven: training.precision !== undefined,
      method: training.method,
      ...(training.objective ? { objective: training.objective } : {}),
    },
    hardware: {
      accelerator,
      count: hardware.count,
      hours: hardware.hours,
      acceleratorHours: hardware.accelerator_hours,
      utilization: hardware.utilization,
      powerWatts: hardware.power_watts,
    },
    location: own.location ?? defaults.location,
    carbonIntensity: own.carbonIntensity ?? defaults.carbonIntensity,
    marketCarbonIntensity: own.marketCarbonIntensity ?? defaults.marketCarbonIntensity,
    pue: own.pue ?? defaults.pue,
    repeats: input.repeats,
    inference: inference && {
      tokensPerDay: inference.tokens_per_day,
      requestsPerDay: inference.requests_per_day,
      tokensPerRequest: inference.tokens_per_request,
      days: inference.days,
      accelerator: inferenceAccelerator,
      precision: inference.precision,
      utilization: inference.utilization,
    },
    logs: input.logs.map((entry) => (typeof entry === 'string' ? { path: entry } : entry)),
  };
}
