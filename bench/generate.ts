// Seeded writers of large logs in the real formats, for the ingest benchmark: an 8-GPU nvidia-smi
// `--query-gpu=timestamp,index,name,utilization.gpu,memory.used,power.draw --format=csv -l 1` log, and a CodeCarbon
// 3.x emissions.csv (34 columns) with cumulative rows of 500 runs. Same seed and size, same bytes.
import { closeSync, openSync, writeSync } from 'node:fs';

/** mulberry32. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function writeLines(file: string, targetBytes: number, header: string, next: () => string): void {
  const fd = openSync(file, 'w');
  let written = 0;
  let batch = `${header}\n`;
  while (written + batch.length < targetBytes) {
    batch += next();
    if (batch.length > 1 << 22) {
      written += writeSync(fd, batch);
      batch = '';
    }
  }
  written += writeSync(fd, batch);
  closeSync(fd);
}

export function writeNvidiaSmiLog(file: string, targetBytes: number, seed = 1): void {
  const next = random(seed);
  const gpus = 8;
  const watts = Array.from({ length: 1000 }, () => `${(60 + next() * 640).toFixed(2)} W`);
  const start = Date.UTC(2025, 0, 1);
  let tick = 0;
  writeLines(
    file,
    targetBytes,
    'timestamp, index, name, utilization.gpu [%], memory.used [MiB], power.draw [W]',
    () => {
      const date = new Date(start + tick * 1000);
      const stamp = `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(Math.floor(next() * 1000), 3)}`;
      tick++;
      let lines = '';
      for (let gpu = 0; gpu < gpus; gpu++)
        lines += `${stamp}, ${gpu}, NVIDIA H100 80GB HBM3, ${Math.floor(next() * 101)} %, ${70000 + Math.floor(next() * 9000)} MiB, ${watts[Math.floor(next() * 1000)]}\n`;
      return lines;
    },
  );
}

const CODECARBON_HEADER =
  'timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud,pue,wue';

export function writeCodeCarbonLog(file: string, targetBytes: number, seed = 1): void {
  const next = random(seed);
  const hex = () => Math.floor(next() * 16).toString(16);
  const uuid = () => [8, 4, 4, 4, 12].map((length) => Array.from({ length }, hex).join('')).join('-');
  const runs = Array.from({ length: 500 }, () => ({ id: uuid(), seconds: 0, cpu: 0, gpu: 0, ram: 0 }));
  const start = Date.UTC(2025, 0, 1);
  let row = 0;
  writeLines(file, targetBytes, CODECARBON_HEADER, () => {
    const run = runs[Math.floor(next() * runs.length)]!;
    run.seconds += 10 + next() * 20;
    run.cpu += next() * 1e-4;
    run.gpu += next() * 2e-3;
    run.ram += next() * 3e-5;
    const energy = run.cpu + run.gpu + run.ram;
    const emissions = energy * 0.056;
    const date = new Date(start + row++ * 1000);
    const stamp = date.toISOString().slice(0, 19);
    return `${stamp},llm-finetune,${run.id},5b0fa12a-3dd7-45bb-9766-cc326314d9f1,${run.seconds},${emissions},${emissions / run.seconds},42.5,${(200 + next() * 500).toFixed(3)},${(next() * 30).toFixed(3)},${run.cpu},${run.gpu},${run.ram},${energy},0.0,France,FRA,île-de-france,,,Linux-6.8.0-x86_64-with-glibc2.39,3.12.3,3.1.1,64,AMD EPYC 9454 48-Core Processor,8,8 x NVIDIA H100 80GB HBM3,2.35,48.86,503.5,machine,N,1.0,0.0\n`;
  });
}
