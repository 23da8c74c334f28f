// The facts a run's own files state, for inputs its manifest left out: parameters from the model's config.json,
// tokens from a Trainer state, accelerator, count and location from CodeCarbon or nvidia-smi logs.
import path from 'node:path/posix';
import type { Fact, RunFacts } from '../manifest/facts.js';
import { parametersFromConfigText } from '../manifest/hf-config.js';
import type { RunReferences } from '../manifest/parse.js';
import type { GuardedFileReader } from './attach.js';
import { checkLogPath } from './log-path.js';
import type { Measurement } from './types.js';

/** config.json files are small; a larger file under that name is not read whole. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

const TOOL_FIELDS: Partial<Record<Measurement['format'], { accelerator: string; location?: string; tokens?: string }>> =
  {
    codecarbon: { accelerator: 'gpu_model, gpu_count', location: 'cloud_provider/cloud_region or country_iso_code' },
    'nvidia-smi': { accelerator: 'name column, GPU indices' },
    carbontracker: { accelerator: 'GPU devices', location: 'detected location' },
    eco2ai: { accelerator: 'GPU', location: 'region/country' },
    'hf-trainer': { accelerator: '', tokens: 'num_input_tokens_seen' },
  };

async function readBounded(files: GuardedFileReader, repoPath: string): Promise<string | undefined | 'too large'> {
  const stream = files.openStream(repoPath);
  if (!stream) return undefined;
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.length;
    if (bytes > MAX_CONFIG_BYTES) return 'too large';
    chunks.push(chunk);
  }
  const joined = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(joined);
}

async function configFacts(
  manifestFile: string,
  configPath: string,
  files: GuardedFileReader,
): Promise<Pick<RunFacts, 'parameters' | 'activeParameters' | 'configProblem'>> {
  const manifestDir = path.dirname(manifestFile.replace(/\\/g, '/'));
  const checked = checkLogPath(manifestFile, manifestDir, configPath);
  if (!checked.ok)
    return {
      configProblem: {
        message: checked.problem.message.replace(/^log path/, 'config path'),
        hint: checked.problem.hint,
      },
    };
  const refusal = await files.refuse?.(checked.repoPath);
  if (refusal) return { configProblem: { message: `config path "${configPath}" refused: ${refusal}` } };
  const text = await readBounded(files, checked.repoPath);
  if (text === undefined)
    return {
      configProblem: {
        message: `config file ${checked.repoPath} not found`,
        hint: 'model.config is relative to the manifest',
      },
    };
  if (text === 'too large')
    return {
      configProblem: {
        message: `config file ${checked.repoPath} is larger than 4 MB`,
        hint: 'point at the config.json itself',
      },
    };
  const counted = parametersFromConfigText(text);
  if ('error' in counted)
    return { configProblem: { message: `${checked.repoPath}: ${counted.error}`, hint: counted.hint } };
  const source = `${checked.repoPath} (${counted.description})`;
  return {
    parameters: { value: counted.parameters, source },
    ...(counted.activeParameters !== undefined
      ? { activeParameters: { value: counted.activeParameters, source } }
      : {}),
  };
}

function fromLog<T>(m: Measurement, value: T, what: string): Fact<T> {
  return { value, source: `${m.file} (${what})` };
}

/** A log's number is used only within the bounds the manifest itself accepts (src/manifest/schema.ts). */
const within = (value: number | undefined, max: number): value is number =>
  value !== undefined && Number.isFinite(value) && value > 0 && value <= max;

function logFacts(measurements: readonly Measurement[]): RunFacts {
  const facts: RunFacts = {};
  for (const m of measurements) {
    const fields = TOOL_FIELDS[m.format];
    if (!facts.accelerator && m.acceleratorName && m.acceleratorName.length <= 200) {
      facts.accelerator = fromLog(m, m.acceleratorName, fields?.accelerator || 'accelerator name');
      if (within(m.acceleratorCount, 1e7) && Number.isInteger(m.acceleratorCount))
        facts.acceleratorCount = fromLog(m, m.acceleratorCount, fields?.accelerator || 'count');
    }
    if (!facts.location && m.location && m.location.length <= 200)
      facts.location = fromLog(m, m.location, fields?.location ?? 'location');
    if (!facts.hours && within(m.durationHours, 1e7)) facts.hours = fromLog(m, m.durationHours, 'measured duration');
    if (!facts.tokens && within(m.tokensSeen, 1e17))
      facts.tokens = fromLog(m, m.tokensSeen, fields?.tokens ?? 'tokens seen');
  }
  return facts;
}

/** Facts for every run that points at files, keyed by run id. */
export async function gatherRunFacts(
  manifestFile: string,
  references: readonly RunReferences[],
  files: GuardedFileReader,
  measurements: ReadonlyMap<string, readonly Measurement[]>,
): Promise<Map<string, RunFacts>> {
  const facts = new Map<string, RunFacts>();
  for (const run of references) {
    const fromLogs = logFacts(measurements.get(run.id) ?? []);
    const fromConfig = run.config !== undefined ? await configFacts(manifestFile, run.config, files) : {};
    facts.set(run.id, { ...fromLogs, ...fromConfig });
  }
  return facts;
}
