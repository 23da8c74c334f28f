// Seeded generators of small nvidia-smi and CodeCarbon logs in the shapes the real tools write, and a corrupter that
// damages them the ways real files are damaged (NUL blocks, cut lines, CRs, quotes, stray bytes, shifted fields).

/** mulberry32: a small seeded PRNG, so every case can be replayed from its seed. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function stamp(random: Random, seconds: number, style: string): string {
  const date = new Date(Date.UTC(2025, 0, 31, 23, 59, 0) + seconds * 1000);
  const day = `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  const millis = pad(date.getUTCMilliseconds(), 3);
  switch (style) {
    case 'iso':
      return `${day.replaceAll('/', '-')}T${time}`;
    case 'fraction1':
      return `${day} ${time}.${millis.slice(0, 1)}`;
    case 'micro':
      return `${day} ${time}.${millis}${random.int(1000)}`;
    case 'zone':
      return `${day.replaceAll('/', '-')}T${time}Z`;
    case 'epoch':
      return String(date.getTime() / 1000);
    default:
      return `${day} ${time}.${millis}`;
  }
}

function watts(random: Random, unit: string): string {
  const value = random.chance(0.05)
    ? random.pick([
        '[N/A]',
        '[Not Supported]',
        'N/A',
        '-',
        '',
        '1e2',
        '-5.0',
        '+7',
        '.5',
        '12.',
        '0x10',
        '3.0000000000000001',
      ])
    : (random.next() * 400).toFixed(random.int(4));
  if (unit === 'W') return random.chance(0.02) ? `${value}W` : `${value} W`;
  if (unit === 'mW') return String(Math.round(Number(value) * 1000) || value);
  return value;
}

/** An nvidia-smi --query-gpu CSV log: header variants, several GPUs, gaps, repeated headers, odd cells. */
export function nvidiaSmiLog(random: Random): string {
  const unitStyle = random.pick(['W', 'nounits', 'mW']);
  const idColumns = random.pick([['index'], ['index', 'uuid'], [], ['pci.bus_id']]);
  const withName = random.chance(0.7);
  const withTime = random.chance(0.9);
  const timeStyle = random.pick(['smi', 'smi', 'smi', 'iso', 'fraction1', 'micro', 'zone', 'epoch']);
  const powerName = unitStyle === 'W' ? 'power.draw [W]' : unitStyle === 'mW' ? 'power.draw [mW]' : 'power.draw';
  const names = [
    ...(withTime ? ['timestamp'] : []),
    ...idColumns,
    ...(withName ? ['name'] : []),
    unitStyle === 'nounits' ? 'utilization.gpu' : 'utilization.gpu [%]',
    powerName,
  ];
  const gpus = 1 + random.int(4);
  const spacing = random.pick([', ', ',', ' , ', ',\t']);
  const header = names.join(spacing);
  const lines = random.chance(0.9) ? [header] : [];
  let seconds = 0;
  const ticks = 3 + random.int(30);
  for (let tick = 0; tick < ticks; tick++) {
    seconds += random.chance(0.05) ? 30 + random.int(100) : random.chance(0.03) ? -5 : random.chance(0.05) ? 0 : 1;
    if (random.chance(0.03)) lines.push(header);
    for (let gpu = 0; gpu < gpus; gpu++) {
      const cells = names.map((name) => {
        if (name === 'timestamp') return stamp(random, seconds + (random.chance(0.1) ? random.next() : 0), timeStyle);
        if (name === 'index') return String(gpu);
        if (name === 'uuid') return `GPU-${gpu}a2b3c4d-${gpu}`;
        if (name === 'pci.bus_id') return `00000000:${pad(gpu + 16)}:00.0`;
        if (name === 'name') return random.chance(0.02) ? '' : 'NVIDIA H100 80GB HBM3';
        if (name.startsWith('utilization')) return unitStyle === 'nounits' ? '93' : '93 %';
        return watts(random, unitStyle);
      });
      lines.push(cells.join(spacing));
    }
  }
  return lines.join(random.pick(['\n', '\n', '\r\n', '\r\r\n'])) + (random.chance(0.8) ? '\n' : '');
}

const UUIDS = [
  '0f0e0d0c-0b0a-4909-8807-060504030201',
  'A1B2C3D4-E5F6-4789-ABCD-EF0123456789',
  '11111111-2222-4333-8444-555555555555',
  '5b0fa12a-3dd7-45bb-9766-cc326314d9f1',
];

function number(random: Random): string {
  if (random.chance(0.04)) return random.pick(['', '-1.0', 'nan', 'inf', '1e-400', '1.5E+3', '7.', '.25', ' 3 ']);
  const value = random.next() * 10 ** (random.int(8) - 5);
  return random.pick([value.toPrecision(1 + random.int(17)), value.toExponential(random.int(6)), String(value)]);
}

function uuid(random: Random): string {
  const hex = () => random.int(16).toString(16);
  return [8, 4, 4, 4, 12].map((length) => Array.from({ length }, hex).join('')).join('-');
}

/** A CodeCarbon emissions.csv in a 1.x, 2.x or 3.x column set, cumulative rows per run, padded or not. */
export function codecarbonLog(random: Random): string {
  const version = random.pick(['1', '2', '3', '3-reordered']);
  const names =
    version === '1'
      ? [
          'timestamp',
          'experiment_id',
          'project_name',
          'duration',
          'emissions',
          'energy_consumed',
          'country_name',
          'country_iso_code',
          'region',
          'on_cloud',
          'cloud_provider',
          'cloud_region',
        ]
      : version === '2'
        ? [
            'timestamp',
            'project_name',
            'run_id',
            'duration',
            'emissions',
            'emissions_rate',
            'cpu_energy',
            'gpu_energy',
            'ram_energy',
            'energy_consumed',
            'country_iso_code',
            'region',
            'cloud_provider',
            'cloud_region',
            'gpu_count',
            'gpu_model',
            'pue',
          ]
        : version === '3'
          ? [
              'timestamp',
              'project_name',
              'run_id',
              'experiment_id',
              'duration',
              'emissions',
              'cpu_energy',
              'gpu_energy',
              'ram_energy',
              'country_iso_code',
              'gpu_count',
              'gpu_model',
              'pue',
              'wue',
            ]
          : [
              'timestamp',
              'project_name',
              'run_id',
              'duration',
              'emissions',
              'energy_consumed',
              'country_iso_code',
              'pue',
              'region',
              'cloud_provider',
              'cloud_region',
            ];
  const padded = random.chance(0.2);
  const join = (cells: string[]) => (padded ? cells.map((cell) => cell.padEnd(12)).join(', ') : cells.join(','));
  const lines = [join(names)];
  const rows = 1 + random.int(25);
  for (let row = 0; row < rows; row++) {
    const run = random.pick(UUIDS);
    const cells = names.map((name) => {
      if (name === 'timestamp') return stamp(random, row * 60, 'iso');
      if (name === 'run_id' || name === 'experiment_id') return version === '1' ? uuid(random) : run;
      if (name === 'project_name') return random.pick(['codecarbon', 'duration', 'Timestamp', 'train']);
      if (name === 'country_iso_code') return random.pick(['FRA', 'USA', '']);
      if (name === 'region') return random.pick(['oregon', '', 'île-de-france']);
      if (name === 'cloud_provider') return random.pick(['', 'gcp']);
      if (name === 'cloud_region') return random.pick(['', 'us-west1']);
      if (name === 'gpu_model') return random.pick(['8 x Tesla V100-SXM2-32GB', '', '1 x NVIDIA A100']);
      if (name === 'gpu_count') return random.pick(['8.0', '1', '']);
      if (name === 'on_cloud') return 'N';
      if (name === 'country_name') return 'France';
      return number(random);
    });
    if (random.chance(0.03)) cells.pop();
    if (random.chance(0.02)) cells.push('');
    lines.push(join(cells));
    if (random.chance(0.02)) lines.push(join(names));
  }
  return lines.join(random.pick(['\n', '\n', '\r\n'])) + (random.chance(0.8) ? '\n' : '');
}

/** Damages a log: a few random edits of the kinds real files show. */
export function corrupt(bytes: Uint8Array, random: Random): Uint8Array {
  let data = Array.from(bytes);
  const edits = random.chance(0.3) ? 0 : 1 + random.int(4);
  for (let edit = 0; edit < edits; edit++) {
    const at = random.int(data.length + 1);
    switch (random.int(10)) {
      case 0:
        data.splice(at, 0, ...new Array(1 + random.int(20)).fill(0));
        break;
      case 1:
        data = data.slice(0, at);
        break;
      case 2:
        data.splice(at, 1 + random.int(10));
        break;
      case 3:
        data.splice(at, 0, random.pick([34, 13, 10, 44, 32, 9, 0xff, 0xc3, 91]));
        break;
      case 4:
        data.splice(
          at,
          0,
          ...new TextEncoder().encode(random.pick(['é', '\u00a0', '"a,b"', ',', 'timestamp', '[N/A]'])),
        );
        break;
      case 5:
        data[at] = random.int(256);
        break;
      case 6: {
        const line = data.indexOf(10, at);
        if (line >= 0) data.splice(line, 1);
        break;
      }
      case 7:
        data.splice(at, 0, 0xef, 0xbb, 0xbf);
        break;
      case 8: {
        const digit = data.findIndex((byte, index) => index >= at && byte >= 48 && byte <= 57);
        if (digit >= 0) data[digit] = 48 + random.int(10);
        break;
      }
      default:
        break;
    }
  }
  return Uint8Array.from(data);
}
