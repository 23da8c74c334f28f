// What to say about a key the schema does not know: a case or dash slip, a key that belongs in another section
// (`tokens` written at run level), a common synonym (`gpus` for `hardware.count`), or the nearest key of its section.
import { closest } from '../util/suggest.js';
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
};

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
  const canonical = key
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '_');
  if (canonical !== key && own.includes(canonical)) return `keys are lower-case snake_case: write "${canonical}"`;

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
    if (sameObject) return `did you mean "${target}"?`;
    return home === 'run' ? `did you mean the run's "${target}"?` : `did you mean ${home}.${target}?`;
  }

  const near = closest(canonical, [...new Set(own)], 2);
  if (near.length) return `did you mean ${near.map((name) => `"${name}"`).join(' or ')}?`;
  return 'remove it, or see the manifest reference in README.md';
}
