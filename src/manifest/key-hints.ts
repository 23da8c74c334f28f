// What to say about a key the schema does not know: a case or dash slip, a key that belongs in another section
// (`tokens` written at run level), a common synonym (`gpus` for `hardware.count`), or the nearest key of its section.
import { closest, editDistance } from '../util/suggest.js';
import type { Section } from './schema.js';

type PathSegment = string | number;

/** Words people write for a manifest key, and where that key lives. */
const SYNONYMS: Record<string, [Section, string]> = {
  gpus: ['hardware', 'count'],
  num_gpus: ['hardware', 'count'],
  n_gpus: ['hardware', 'count'],
  gpu_count: ['hardware', 'count'],
  devices: ['hardware', 'count'],
  num_devices: ['hardware', 'count'],
  world_size: ['hardware', 'count'],
  gpu: ['hardware', 'accelerator'],
  gpu_model: ['hardware', 'accelerator'],
  gpu_type: ['hardware', 'accelerator'],
  device: ['hardware', 'accelerator'],
  accelerator_type: ['hardware', 'accelerator'],
  tpu: ['hardware', 'accelerator'],
  gpu_hours: ['hardware', 'accelerator_hours'],
  duration: ['hardware', 'hours'],
  runtime: ['hardware', 'hours'],
  wall_clock: ['hardware', 'hours'],
  watts: ['hardware', 'power_watts'],
  power: ['hardware', 'power_watts'],
  tdp: ['hardware', 'tdp_watts'],
  mfu: ['hardware', 'utilization'],
  tflops: ['hardware', 'peak_tflops'],
  params: ['model', 'parameters'],
  num_parameters: ['model', 'parameters'],
  n_params: ['model', 'parameters'],
  parameter_count: ['model', 'parameters'],
  size: ['model', 'parameters'],
  config_json: ['model', 'config'],
  dtype: ['training', 'precision'],
  seq_len: ['training', 'sequence_length'],
  max_seq_length: ['training', 'sequence_length'],
  context_length: ['training', 'sequence_length'],
  num_epochs: ['training', 'epochs'],
  num_train_epochs: ['training', 'epochs'],
  dataset_tokens: ['training', 'tokens'],
  region: ['run', 'location'],
  country: ['run', 'location'],
  zone: ['run', 'location'],
  grid_intensity: ['run', 'carbon_intensity'],
  intensity: ['run', 'carbon_intensity'],
  trials: ['run', 'repeats'],
  name: ['run', 'id'],
  serving: ['run', 'inference'],
  num_replicas: ['inference', 'replicas'],
  replica_count: ['inference', 'replicas'],
  num_params: ['model', 'parameters'],
  model_size: ['model', 'parameters'],
  total_tokens: ['training', 'tokens'],
  train_tokens: ['training', 'tokens'],
  num_tokens: ['training', 'tokens'],
  hardware_type: ['hardware', 'accelerator'],
  accelerators: ['hardware', 'accelerator'],
  gpu_name: ['hardware', 'accelerator'],
  wall_clock_hours: ['hardware', 'hours'],
  training_hours: ['hardware', 'hours'],
  time: ['hardware', 'hours'],
  hours_per_gpu: ['hardware', 'hours'],
  power_draw: ['hardware', 'power_watts'],
  mfu_percent: ['hardware', 'utilization'],
  cloud_region: ['run', 'location'],
  cloud: ['run', 'location'],
  provider: ['run', 'location'],
  datacenter: ['run', 'facility'],
  data_center: ['run', 'facility'],
  pue_factor: ['run', 'pue'],
  co2_intensity: ['run', 'carbon_intensity'],
  emission_factor: ['run', 'carbon_intensity'],
  log: ['run', 'logs'],
  log_files: ['run', 'logs'],
  emissions_file: ['run', 'logs'],
  file: ['logs', 'path'],
  max_co2e: ['budget', 'total_co2e_kg'],
  max_co2e_kg: ['budget', 'total_co2e_kg'],
  co2e_budget: ['budget', 'total_co2e_kg'],
  max_kg: ['budget', 'total_co2e_kg'],
  limit: ['budget', 'total_co2e_kg'],
  comment: ['run', 'description'],
  comments: ['run', 'description'],
  note: ['run', 'description'],
  notes: ['run', 'description'],
  desc: ['run', 'description'],
  models: ['', 'runs'],
  experiments: ['', 'runs'],
  jobs: ['', 'runs'],
  trainings: ['', 'runs'],
};

/** Words for what the manifest has no field for: what to write instead. */
const NO_ENERGY_FIELD =
  'the manifest has no energy field: measured energy comes from a log listed under logs: (CodeCarbon, nvidia-smi, ...)';
const NO_EMISSIONS_FIELD =
  'the manifest has no emissions field: measured CO2e comes from a log listed under logs:, and a limit goes in budget:';
const NO_NODES_FIELD = 'give the total number of accelerators as hardware.count (nodes x accelerators per node)';
const NOT_A_FIELD: Record<string, string> = {
  energy: NO_ENERGY_FIELD,
  energy_kwh: NO_ENERGY_FIELD,
  emissions: NO_EMISSIONS_FIELD,
  co2e: NO_EMISSIONS_FIELD,
  cost: 'ml-carbon estimates energy and CO2e, not cost: remove it',
  nodes: NO_NODES_FIELD,
  num_nodes: NO_NODES_FIELD,
};

/** How a hint names a key of another object: `the top-level "runs"`, `the run's "pue"`, `hardware.count`. */
function keyElsewhere(home: Section, key: string): string {
  if (home === '') return `the top-level "${key}"`;
  return home === 'run' ? `the run's "${key}"` : `${home}.${key}`;
}

/** "sequenceLength", "Sequence-Length" and "sequence length" -> "sequence_length". */
export function canonicalKey(key: string): string {
  return key
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[-\s.]+/g, '_');
}

/** The section whose keys an object at `path` takes. */
export function sectionAt(path: PathSegment[]): Section | undefined {
  if (path.length === 0) return '';
  if (path.length === 1 && (path[0] === 'defaults' || path[0] === 'budget')) return path[0];
  if (path[0] !== 'runs' || typeof path[1] !== 'number') return undefined;
  if (path.length === 2) return 'run';
  if (path.length === 3 && ['model', 'training', 'hardware', 'inference'].includes(String(path[2])))
    return path[2] as Section;
  if (path.length === 4 && path[2] === 'logs') return 'logs';
  return undefined;
}

function where(section: Section): string {
  return section === '' ? 'the top level' : section === 'run' ? 'the run' : `${section}:`;
}

/** Hint for an unknown `key` in the object at `path`; `sections` lists the keys each section takes. */
export function unknownKeyHint(key: string, path: PathSegment[], sections: Record<Section, string[]>): string {
  const section = sectionAt(path);
  const own = section !== undefined ? sections[section] : [];
  const canonical = canonicalKey(key);
  if (canonical !== key && own.includes(canonical)) return `keys are lower-case snake_case: write "${canonical}"`;
  if (section === '' && sections.run.includes(canonical) && canonical !== 'location')
    return `"${canonical}" belongs to a run: put the run in a list under runs: ("runs:", then "  - id: ...")`;
  if (section === 'run' && canonical === 'name')
    return 'a run is named by "id" (and the model by model.name): write "id: <name>"';
  if (/^x[-_]/i.test(key) || key === '<<')
    return 'to share values, put the anchor where they are first used (hardware: &hw) and merge them with "<<: *hw"';
  if (Object.hasOwn(NOT_A_FIELD, canonical)) return NOT_A_FIELD[canonical]!;

  const runSections: Section[] = ['model', 'training', 'hardware', 'inference'];
  if (section === 'run' || section === '') {
    const home = runSections.find((candidate) => sections[candidate].includes(canonical));
    if (home && section === 'run') return `"${canonical}" belongs under ${home}: (indent it inside a "${home}:" block)`;
    if (home) return `"${canonical}" belongs to a run, under ${home}: in an entry of runs:`;
  }
  if (section !== undefined && section !== 'run' && section !== '' && sections.run.includes(canonical))
    return `"${canonical}" is a run-level key: move it out of ${where(section)} to the run itself`;

  const synonym = Object.hasOwn(SYNONYMS, canonical) ? SYNONYMS[canonical] : undefined;
  if (synonym) {
    const [home, target] = synonym;
    const sameObject =
      home === section || (home === 'run' && section === 'defaults' && sections.defaults.includes(target));
    return sameObject ? `did you mean "${target}"?` : `did you mean ${keyElsewhere(home, target)}?`;
  }

  const near = closest(canonical, [...new Set(own)], 2);
  if (near.length) return `did you mean ${near.map((name) => `"${name}"`).join(' or ')}?`;
  // Nothing close in its own section: the nearest key of any section, with where it lives.
  const elsewhere = nearestElsewhere(canonical, section, sections);
  if (elsewhere) return `did you mean ${elsewhere}?`;
  return own.length
    ? `${where(section ?? 'run')} takes ${own.map((name) => `"${name}"`).join(', ')}; see the manifest reference in README.md`
    : 'remove it, or see the manifest reference in README.md';
}

function nearestElsewhere(
  key: string,
  section: Section | undefined,
  sections: Record<Section, string[]>,
): string | undefined {
  const candidates = new Map<string, string>();
  for (const [name, keys] of Object.entries(sections) as [Section, string[]][]) {
    if (name === section || name === 'logs') continue;
    for (const candidate of keys)
      if (!candidates.has(candidate)) candidates.set(candidate, keyElsewhere(name, candidate));
  }
  // Stricter than within a section: a far-off key of another section is a guess, not a typo.
  const [best] = closest(key, [...candidates.keys()], 1).filter(
    (candidate) => editDistance(key, candidate) <= Math.min(2, Math.floor(key.length / 3)),
  );
  return best === undefined ? undefined : candidates.get(best);
}
