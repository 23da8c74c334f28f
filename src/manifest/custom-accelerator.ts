// An accelerator the table lacks (or a table entry with the manifest's own TDP or peak): built from the manifest's
// figures, with a generic embodied figure, and interned so the estimator sees an ordinary accelerator.
import { GENERIC_CARD_EMBODIED } from '../data/accelerator-sources.js';
import { internAccelerator } from '../data/accelerators.js';
import { PRECISIONS, type Accelerator, type Precision } from '../data/types.js';

export interface ManifestFigures {
  tdpWatts?: number;
  powerWatts?: number;
  /** One dense TFLOP/s figure (used at the precisions the run uses), or one per precision. */
  peakTflops?: number | Partial<Record<Precision, number>>;
  /** Precisions the run trains and serves at: where a single peak figure applies. */
  precisions: Precision[];
}

const FROM_MANIFEST = { source: 'given in the manifest', year: 0 };

function peaksOf(figures: ManifestFigures): Partial<Record<Precision, number>> | undefined {
  const { peakTflops } = figures;
  if (peakTflops === undefined) return undefined;
  if (typeof peakTflops !== 'number') return peakTflops;
  return Object.fromEntries(figures.precisions.map((precision) => [precision, peakTflops]));
}

function label(figures: ManifestFigures, peaks: Partial<Record<Precision, number>> | undefined): string {
  const parts: string[] = [];
  if (figures.tdpWatts !== undefined) parts.push(`TDP ${figures.tdpWatts} W`);
  else if (figures.powerWatts !== undefined) parts.push(`${figures.powerWatts} W`);
  if (peaks) {
    const ordered = PRECISIONS.filter((precision) => peaks[precision] !== undefined);
    parts.push(ordered.map((precision) => `${peaks[precision]} TFLOP/s ${precision}`).join(', '));
  }
  return parts.join(', ');
}

/** `base` is the table's entry when the name is known and the manifest overrides its figures. */
export function manifestAccelerator(name: string, figures: ManifestFigures, base?: Accelerator): string {
  const peaks = peaksOf(figures);
  const tdp = figures.tdpWatts ?? (base ? undefined : figures.powerWatts);
  const accelerator: Accelerator = {
    id: `${base?.id ?? name.trim()} (${label(figures, peaks)})`,
    name: base?.name ?? name.trim(),
    vendor: base?.vendor ?? 'unknown',
    kind: base?.kind ?? 'gpu',
    aliases: [],
    releaseYear: base?.releaseYear ?? 0,
    generation: base?.generation ?? 'unknown',
    tdpWatts: tdp !== undefined ? { value: tdp, ...FROM_MANIFEST } : base!.tdpWatts,
    peakTflops: peaks ? { value: peaks, ...FROM_MANIFEST } : (base?.peakTflops ?? { value: {}, ...FROM_MANIFEST }),
    embodiedKgCo2e: base?.embodiedKgCo2e ?? GENERIC_CARD_EMBODIED,
    ...(base?.structuredSparsity ? { structuredSparsity: true } : {}),
  };
  return internAccelerator(accelerator);
}
