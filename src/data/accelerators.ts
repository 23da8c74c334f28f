// Accelerator lookup: the full table and name resolution (ids, aliases, nvidia-smi names) with did-you-mean.
import type { Accelerator } from './types.js';
import { closest } from '../util/suggest.js';
import { NVIDIA_ACCELERATORS } from './accelerators-nvidia.js';
import { OTHER_ACCELERATORS } from './accelerators-other.js';
import { RTX_ACCELERATORS } from './accelerators-rtx.js';
import { withSpecLinks } from './spec-links.js';

export const ACCELERATORS: Accelerator[] = [...NVIDIA_ACCELERATORS, ...RTX_ACCELERATORS, ...OTHER_ACCELERATORS].map(
  withSpecLinks,
);

/**
 * Lower-cases and drops punctuation, vendor words, a leading count ("8x") and a trailing CodeCarbon
 * "1 device(s)", so "NVIDIA A100-SXM4-80GB", "a100 sxm4 80gb" and "8 x A100-SXM4-80GB" match.
 */
export function normalizeAcceleratorName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^\s*\d+\s*[x×]\s*/, '')
    .replace(/\s+\d+\s+device\(s\)\s*$/, '')
    .replace(/\b(nvidia|tesla|geforce|google|amd|instinct|aws|cloud)\b/g, '')
    .replace(/[^a-z0-9]/g, '');
}

const BY_NAME = new Map<string, Accelerator>();
for (const accelerator of ACCELERATORS) {
  for (const name of [accelerator.id, accelerator.name, ...accelerator.aliases]) {
    const key = normalizeAcceleratorName(name);
    if (!BY_NAME.has(key)) BY_NAME.set(key, accelerator);
  }
}

/** Every spelling that resolves, with the accelerator it resolves to (for did-you-mean and tests). */
export const ACCELERATOR_NAMES: ReadonlyMap<string, Accelerator> = BY_NAME;

export type Resolution<T> = { found: T } | { found?: undefined; suggestions: string[] };

export function resolveAccelerator(name: string): Resolution<Accelerator> {
  const found = BY_NAME.get(normalizeAcceleratorName(name));
  if (found) return { found };
  return { suggestions: suggestAccelerators(name) };
}

/** Normalized id or alias -> canonical id, built once: suggestions run on every unknown name. */
let suggestionIndex: Map<string, string> | undefined;

/** Up to three canonical ids whose id or an alias is close to `name`, best first. */
function suggestAccelerators(name: string): string[] {
  if (!suggestionIndex) {
    suggestionIndex = new Map();
    for (const accelerator of ACCELERATORS) {
      for (const alias of [accelerator.id, ...accelerator.aliases]) {
        const key = normalizeAcceleratorName(alias);
        if (!suggestionIndex.has(key)) suggestionIndex.set(key, accelerator.id);
      }
    }
  }
  const ids: string[] = [];
  const keys = [...suggestionIndex.keys()];
  for (const key of closest(normalizeAcceleratorName(name), keys, 50, (text) => text)) {
    const id = suggestionIndex.get(key)!;
    if (!ids.includes(id)) ids.push(id);
    if (ids.length === 3) break;
  }
  return ids;
}

export function getAccelerator(id: string): Accelerator {
  const interned = INTERNED.get(id);
  if (interned) return interned;
  const resolved = resolveAccelerator(id);
  if (!resolved.found) throw new Error(`unknown accelerator ${id}`);
  return resolved.found;
}

/**
 * Accelerators defined by a manifest's own figures (a card the table lacks, or a TDP/peak override), interned by
 * content: the id spells the figures, so the same id always means the same accelerator and the estimator and advice
 * look it up like any other.
 */
const INTERNED = new Map<string, Accelerator>();
const MAX_INTERNED = 10_000;

export function internAccelerator(accelerator: Accelerator): string {
  if (!INTERNED.has(accelerator.id)) {
    if (INTERNED.size >= MAX_INTERNED) INTERNED.delete(INTERNED.keys().next().value!);
    INTERNED.set(accelerator.id, accelerator);
  }
  return accelerator.id;
}
