// Shared by the benchmarks: timing helpers and the markdown table they write to docs/.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** The host's load averages (1/5/15 min), as a bench table notes them. */
export const loadAverages = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export interface Row {
  metric: string;
  tandem: string;
  baseline: string;
  ratio: number;
  target: string;
  /** undefined: a number to report, no target to meet. */
  met?: boolean;
}

/** A table cell's text: a `|` in it (a shell pipe in a command) would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function writeTable(
  file: string,
  title: string,
  baselineName: string,
  rows: Row[],
  notes: string[],
  sections: string[] = [],
): string {
  const lines = [
    `# ${title}`,
    '',
    `Measured ${new Date().toISOString()} on ${process.platform}/${process.arch}, Node ${process.version}. One run; ratios are tandem / ${baselineName}.`,
    '',
    `| metric | tandem | ${baselineName} | ratio | target | met |`,
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${cell(r.metric)} | ${cell(r.tandem)} | ${cell(r.baseline)} | ${r.ratio.toFixed(2)}× | ${cell(r.target)} | ${r.met === undefined ? '—' : r.met ? 'yes' : '**no**'} |`,
    ),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    ...sections.flatMap((x) => [x, '']),
  ];
  const text = lines.join('\n');
  writeFileSync(file, text);
  return text;
}

/**
 * How long a bench waits after a VM's cold start before its warm starts. The boot's after-work (the
 * late boot's last steps, the host's page-out of QEMU's kernel mapping, the guest's first free page
 * reports) slows a container started right after it, and a faster cold start moves the warm starts
 * into more of it (docs/guest-measurements.md, "The system image's format"); a warm start is what a
 * VM that has been up a while does. BENCH_SETTLE_MS overrides it.
 */
export const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 15_000);
export const settle = (): Promise<void> => new Promise((r) => setTimeout(r, SETTLE_MS));
