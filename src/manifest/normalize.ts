// Validated manifest input -> the engine's Run: names resolved against the data tables, defaults merged, cross-field
// rules, and inputs the manifest left out filled from the files the repository already has (RunFacts).
import { resolveAccelerator } from '../data/accelerators.js';
import { GRID_REGIONS, resolveLocation } from '../data/grid.js';
import type { Precision } from '../data/types.js';
import type { InputProblem } from '../errors.js';
import { manifestAccelerator } from './custom-accelerator.js';
import type { RunFacts } from './facts.js';
import type { RunInput } from './schema.js';
import type { DerivedInput, Facility, Placement, Run } from './types.js';

type PathSegment = string | number;
export type Located = (
  path: PathSegment[],
  message: string,
  hint?: string,
  severity?: InputProblem['severity'],
) => void;

interface PlacementInput {
  location?: string;
  facility?: Facility;
  carbon_intensity?: number;
  market_carbon_intensity?: number;
  pue?: number;
}

/** Regions whose name mentions `written` as a word ("Frankfurt" -> aws:eu-central-1, gcp:europe-west3, DE). */
function regionsNamed(written: string): string[] {
  const word = written.trim().toLowerCase();
  if (word.length < 3) return [];
  const ids: string[] = [];
  for (const region of GRID_REGIONS) {
    const words = region.name.toLowerCase().split(/[^a-z0-9]+/);
    if (!words.includes(word) && !region.name.toLowerCase().includes(`(${word})`)) continue;
    if (!ids.includes(region.id)) ids.push(region.id);
    const country = region.country?.split('-')[0];
    if (country && !ids.includes(country)) ids.push(country);
  }
  return ids.slice(0, 4);
}

export function normalizeLocation(written: string, path: PathSegment[], locate: Located): string | undefined {
  const resolved = resolveLocation(written);
  if (resolved.found) return resolved.found.id;
  const suggestions = resolved.suggestions.length ? resolved.suggestions : regionsNamed(written);
  const hint = suggestions.length
    ? `did you mean ${suggestions.map((id) => `"${id}"`).join(' or ')}?`
    : 'use provider:region (aws:eu-west-1, gcp:us-central1, azure:westeurope) or an ISO country code (FR, US)';
  locate(path, `unknown location "${written}"`, hint);
  return undefined;
}

export function normalizePlacement(input: PlacementInput, path: PathSegment[], locate: Located): Placement {
  const location =
    input.location !== undefined ? normalizeLocation(input.location, [...path, 'location'], locate) : undefined;
  return {
    location,
    facility: input.facility,
    carbonIntensity: input.carbon_intensity,
    marketCarbonIntensity: input.market_carbon_intensity,
    pue: input.pue,
  };
}

const LIST_HINT = '`ml-carbon accelerators` lists the names it knows';
const OWN_FIGURES_HINT =
  'for a card the table lacks, give hardware.hours and power_watts, or tdp_watts and peak_tflops';

function suggestionHint(suggestions: string[]): string {
  return suggestions.length
    ? `did you mean ${suggestions.map((id) => `"${id}"`).join(' or ')}? ${OWN_FIGURES_HINT}; ${LIST_HINT}`
    : `${OWN_FIGURES_HINT}; ${LIST_HINT}`;
}

function precisionsOf(input: RunInput): Precision[] {
  const precisions = new Set<Precision>([input.training?.precision ?? 'bf16']);
  if (input.inference?.precision) precisions.add(input.inference.precision);
  return [...precisions];
}

/** The training accelerator's id: from the table, or built from the manifest's own figures. */
function trainingAccelerator(
  name: string,
  input: RunInput,
  path: PathSegment[],
  locate: Located,
  trains: boolean,
): string | undefined {
  const hardware = input.hardware ?? {};
  const resolved = resolveAccelerator(name);
  const figures = {
    tdpWatts: hardware.tdp_watts,
    powerWatts: hardware.power_watts,
    peakTflops: hardware.peak_tflops,
    precisions: precisionsOf(input),
  };
  if (resolved.found) {
    if (hardware.tdp_watts === undefined && hardware.peak_tflops === undefined) return resolved.found.id;
    return manifestAccelerator(name, figures, resolved.found);
  }
  const hasHours = hardware.hours !== undefined || hardware.accelerator_hours !== undefined;
  const hasPeak = hardware.peak_tflops !== undefined;
  const needsPeak = (trains && !hasHours) || input.inference !== undefined;
  const needsTdp = input.inference !== undefined && input.inference.accelerator === undefined;
  const enough =
    (hasHours || hasPeak) &&
    (hardware.power_watts !== undefined || hardware.tdp_watts !== undefined) &&
    (!needsPeak || hasPeak) &&
    (!needsTdp || hardware.tdp_watts !== undefined);
  if (!enough) {
    locate([...path, 'hardware', 'accelerator'], `unknown accelerator "${name}"`, suggestionHint(resolved.suggestions));
    return undefined;
  }
  locate(
    [...path, 'hardware', 'accelerator'],
    `accelerator "${name}" is not in the table: the manifest's figures are used, with a generic embodied figure (150 kg CO2e per card, 60–575)`,
    resolved.suggestions.length ? `if you meant "${resolved.suggestions[0]}", write that name` : LIST_HINT,
    'warning',
  );
  return manifestAccelerator(name, figures);
}

function servingAccelerator(name: string, path: PathSegment[], locate: Located): string | undefined {
  const resolved = resolveAccelerator(name);
  if (resolved.found) return resolved.found.id;
  const hint = resolved.suggestions.length
    ? `did you mean ${resolved.suggestions.map((id) => `"${id}"`).join(' or ')}? ${LIST_HINT}`
    : `to serve on a card the table lacks, leave inference.accelerator out and give hardware.tdp_watts and peak_tflops; ${LIST_HINT}`;
  locate(path, `unknown accelerator "${name}"`, hint);
  return undefined;
}

export function normalizeRun(
  input: RunInput,
  path: PathSegment[],
  locate: Located,
  defaults: Placement,
  facts: RunFacts = {},
): Run | undefined {
  let valid = true;
  const fail: Located = (...args) => {
    if ((args[3] ?? 'error') === 'error') valid = false;
    locate(...args);
  };
  const derived: DerivedInput[] = [];
  const derive = <T extends number | string>(field: string, fact: { value: T; source: string }): T => {
    derived.push({ field, value: fact.value, source: fact.source });
    return fact.value;
  };

  const model = input.model ?? {};
  const hardware = input.hardware ?? {};
  const { training, inference } = input;

  if (facts.configProblem) fail([...path, 'model', 'config'], facts.configProblem.message, facts.configProblem.hint);
  let parameters = model.parameters;
  if (parameters === undefined && facts.parameters) parameters = derive('model.parameters', facts.parameters);
  let activeParameters = model.active_parameters;
  if (activeParameters === undefined && model.parameters === undefined && facts.activeParameters)
    activeParameters = derive('model.active_parameters', facts.activeParameters);
  if (parameters === undefined && !facts.configProblem) {
    fail(
      [...path, 'model', 'parameters'],
      'missing model.parameters',
      "give parameters (e.g. 7B), or model.config: the path of the model's Hugging Face config.json",
    );
  }

  const trains =
    training?.flops !== undefined ||
    training?.tokens !== undefined ||
    training?.samples !== undefined ||
    hardware.hours !== undefined ||
    hardware.accelerator_hours !== undefined ||
    facts.tokens !== undefined ||
    facts.hours !== undefined;

  let acceleratorName = hardware.accelerator;
  let count = hardware.count;
  // "8x H100" names eight cards: the count is read, never dropped (the name lookup ignores it).
  const written = acceleratorName !== undefined ? /^\s*(\d+)\s*[x×]\s*\S/i.exec(acceleratorName) : null;
  if (written) {
    const inName = Number(written[1]);
    if (count === undefined && inName >= 1) count = inName;
    else if (count !== undefined && count !== inName)
      fail(
        [...path, 'hardware', 'count'],
        `count is ${count} but accelerator "${acceleratorName}" names ${inName}`,
        'give the number once, as count, and the card alone as accelerator',
      );
  }
  if (acceleratorName === undefined && facts.accelerator) {
    acceleratorName = derive('hardware.accelerator', facts.accelerator);
    if (count === undefined && facts.acceleratorCount) count = derive('hardware.count', facts.acceleratorCount);
  }
  if (count === undefined && facts.acceleratorCount && hardware.accelerator !== undefined)
    count = derive('hardware.count', facts.acceleratorCount);
  let accelerator: string | undefined;
  if (acceleratorName === undefined) {
    fail(
      [...path, 'hardware', 'accelerator'],
      'missing hardware.accelerator',
      'name the accelerator (e.g. A100-SXM4-80GB), or list a CodeCarbon or nvidia-smi log that records it',
    );
  } else accelerator = trainingAccelerator(acceleratorName, input, path, fail, trains);
  const inferenceAccelerator =
    inference?.accelerator !== undefined
      ? servingAccelerator(inference.accelerator, [...path, 'inference', 'accelerator'], fail)
      : undefined;
  const own = normalizePlacement(input, path, fail);
  let location = own.location ?? defaults.location;
  if (location === undefined && input.location === undefined && facts.location) {
    const resolved = resolveLocation(facts.location.value);
    if (resolved.found) location = derive('location', { ...facts.location, value: resolved.found.id });
  }

  if (parameters !== undefined && activeParameters !== undefined && activeParameters > parameters) {
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
    // Images and other non-token samples (a CNN) are fine when hours or flops size the run.
    const sized =
      training.flops !== undefined || hardware.hours !== undefined || hardware.accelerator_hours !== undefined;
    fail(
      [...path, 'training', 'sequence_length'],
      sized
        ? 'samples without sequence_length give no tokens: the run is sized by its hours or flops'
        : 'samples need sequence_length to give tokens',
      sized
        ? 'fine for images and other samples that are not token sequences; add sequence_length for text'
        : 'add sequence_length (tokens per sample), or give tokens or flops instead (hours for a CNN)',
      sized ? 'warning' : 'error',
    );
  }
  if (!trains && !inference) {
    fail(
      [...path, training ? 'training' : 'hardware'],
      'nothing to size the run with',
      'give training.tokens, training.flops, training.samples + sequence_length, hardware.hours or hardware.accelerator_hours; or inference: for a model you only serve',
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
  if (!valid || !accelerator || parameters === undefined) return undefined;

  let tokens = training?.tokens;
  if (
    tokens === undefined &&
    training?.samples === undefined &&
    training?.flops === undefined &&
    hardware.hours === undefined &&
    hardware.accelerator_hours === undefined &&
    facts.tokens
  )
    tokens = derive('training.tokens', facts.tokens);
  let hours = hardware.hours;
  if (
    tokens === undefined &&
    training?.samples === undefined &&
    training?.flops === undefined &&
    hours === undefined &&
    hardware.accelerator_hours === undefined &&
    facts.hours
  )
    hours = derive('hardware.hours', facts.hours);
  const hasTraining = training !== undefined || tokens !== undefined;
  if (tokens === undefined && training?.samples !== undefined && training.sequence_length !== undefined) {
    const epochs = training.epochs ?? 1;
    derived.push({
      field: 'training tokens',
      value: training.samples * training.sequence_length * epochs,
      source: `samples × sequence_length${training.epochs !== undefined ? ' × epochs' : ''} in the manifest`,
    });
  }

  return {
    id: input.id,
    model: {
      parameters,
      activeParameters,
      name: model.name,
      ...(model.config !== undefined ? { config: model.config } : {}),
    },
    training: hasTraining
      ? {
          tokens,
          samples: training?.samples,
          sequenceLength: training?.sequence_length,
          epochs: training?.epochs,
          flops: training?.flops,
          precision: training?.precision ?? 'bf16',
          precisionGiven: training?.precision !== undefined,
          method: training?.method,
          ...(training?.objective ? { objective: training.objective } : {}),
        }
      : undefined,
    hardware: {
      accelerator,
      count: count ?? 1,
      ...(count === undefined ? { countAssumed: true as const } : {}),
      hours,
      acceleratorHours: hardware.accelerator_hours,
      utilization: hardware.utilization,
      powerWatts: hardware.power_watts,
    },
    location,
    facility: own.facility ?? defaults.facility,
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
      replicas: inference.replicas,
    },
    logs: input.logs.map((entry) => (typeof entry === 'string' ? { path: entry } : entry)),
    ...(derived.length ? { derived } : {}),
  };
}
