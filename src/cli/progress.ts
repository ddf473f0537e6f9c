// Progress of long steps (the guest image build: downloads, unpacking, assembly): a bar on a
// terminal (cli-progress), plain lines elsewhere (a log, CI), each step announced once and then
// every quarter of the way.
import cliProgress from 'cli-progress';
import { ensureGuestImage, isCurrent, defaultBuildOptions } from '../linuxvm/image/ensure.js';
import type { Arch } from '../linuxvm/image/debian.js';
import type { BuildOptions } from '../linuxvm/image/build.js';

export interface Reporter {
  update(step: string, done: number, total: number): void;
  /** A message between updates (the bar is cleared for it on a terminal). */
  log(msg: string): void;
  stop(): void;
}

export function reporter(label: string, stream: NodeJS.WriteStream = process.stderr): Reporter {
  if (stream.isTTY) {
    let bar: cliProgress.SingleBar | undefined;
    let current = '';
    return {
      update(step, done, total) {
        if (step !== current) {
          bar?.stop();
          current = step;
          bar = new cliProgress.SingleBar(
            { stream, format: `${label}: {step} [{bar}] {value}/{total}`, hideCursor: true, clearOnComplete: false },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, done, { step: step.padEnd(8) });
        } else {
          bar?.setTotal(total);
          bar?.update(done);
        }
      },
      log(msg) {
        if (bar) {
          bar.stop();
          bar = undefined;
          current = '';
        }
        stream.write(`${label}: ${msg}\n`);
      },
      stop: () => bar?.stop(),
    };
  }
  let current = '';
  let quarter = -1;
  return {
    update(step, done, total) {
      const q = total ? Math.floor((4 * done) / total) : 4;
      if (step === current && q === quarter) return;
      if (step !== current || q > quarter) stream.write(`${label}: ${step} ${done}/${total}\n`);
      current = step;
      quarter = q;
    },
    log: (msg) => stream.write(`${label}: ${msg}\n`),
    stop: () => {},
  };
}

/** The guest image for arch from the cache, built with progress when it is missing. */
export async function guestImageWithProgress(
  arch: Arch,
  overrides: Partial<BuildOptions> = {},
): Promise<{ dir: string; built: boolean; options: BuildOptions }> {
  const r = reporter('guest image');
  const options: BuildOptions = {
    ...defaultBuildOptions(arch),
    log: (m) => r.log(m),
    progress: (step, done, total) => r.update(step, done, total),
    ...overrides,
  };
  const built = !isCurrent(options);
  try {
    return { dir: await ensureGuestImage(options), built, options };
  } finally {
    r.stop();
  }
}
