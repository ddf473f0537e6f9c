// Fuzz (fast-check) of the native path's config.json handling: every function that reads a
// spec field (the process, namespaces, resources, unhonoured fields, the publish annotations)
// with fields of any JSON shape returns or throws a kinded error, never a TypeError; and a mount
// destination of any shape, through symlinks that point out of the root, always resolves to a
// path inside the root.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import pino from 'pino';
import { afterAll, expect, test } from 'vitest';
import { FUZZ_RUNS, fuzzParams, fuzzTimeout } from '../../test/helpers/fuzz.js';
import { TandemError } from '../common/errdefs.js';
import type { OciProcess, OciSpec } from '../common/oci.js';
import { parsePublish } from '../linuxvm/publish.js';
import { helperInvocation } from './helper-args.js';
import { LinuxMounts } from './mount-linux.js';
import { DarwinMounts } from './mount-darwin.js';
import { namespacePlan } from './namespaces.js';
import { refuseLimits, requestedLimits } from './resources.js';
import { planSpecMounts, resolveInRoot } from './rootfs.js';
import { unhonouredFields } from './unhonoured.js';

const scratch = mkdtempSync(join(tmpdir(), 'spec-fuzz-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const root = join(scratch, 'root');
mkdirSync(join(root, 'etc'), { recursive: true });
mkdirSync(join(scratch, 'outside'));
// Links that lead out of the root if followed on the host: absolute, relative, and a loop.
symlinkSync('/', join(root, 'abs'));
symlinkSync('../../outside', join(root, 'rel'));
symlinkSync('../outside/x', join(root, 'etc', 'up'));
symlinkSync('loop', join(root, 'loop'));

/** Passes, or fails with one of our kinded errors: a TypeError or RangeError is a finding. */
function kinded(f: () => unknown): void {
  try {
    f();
  } catch (err) {
    expect(err, String(err)).toBeInstanceOf(TandemError);
  }
}

const field = fc.oneof(fc.anything(), fc.constant(null), fc.array(fc.oneof(fc.constant(null), fc.anything())));
const processArb = fc.oneof(
  fc.anything(),
  fc.record(
    {
      args: fc.oneof(field, fc.array(fc.string(), { minLength: 1 })),
      cwd: fc.oneof(field, fc.constant('/')),
      user: fc.oneof(
        field,
        fc.record({ uid: fc.oneof(fc.nat(), field), gid: fc.oneof(fc.nat(), field), additionalGids: field, umask: field, username: field }),
      ),
      env: fc.oneof(field, fc.array(fc.string())),
      rlimits: fc.oneof(field, fc.array(fc.record({ type: fc.oneof(fc.constant('RLIMIT_NOFILE'), field), soft: field, hard: field }))),
      noNewPrivileges: field,
    },
    { requiredKeys: [] },
  ),
);
const linuxArb = fc.oneof(
  field,
  fc.record(
    {
      namespaces: fc.oneof(
        field,
        fc.array(
          fc.oneof(
            fc.constant(null),
            fc.record(
              {
                type: fc.oneof(fc.constantFrom('network', 'pid', 'user', 'ipc'), field),
                path: fc.oneof(fc.constant('/proc/1/ns/net'), field),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
      ),
      resources: fc.oneof(field, fc.record({ memory: field, cpu: field, pids: field, devices: field }, { requiredKeys: [] })),
      seccomp: field,
      maskedPaths: field,
    },
    { requiredKeys: [] },
  ),
);
const specArb = fc.record(
  {
    ociVersion: fc.string(),
    process: processArb,
    linux: linuxArb,
    annotations: fc.oneof(field, fc.dictionary(fc.string(), fc.string())),
    hooks: field,
    hostname: field,
  },
  { requiredKeys: [] },
);

test(
  `the native spec readers: any field of any shape gives a kinded error or a result (${FUZZ_RUNS} runs)`,
  { timeout: fuzzTimeout(5) },
  () => {
    fc.assert(
      fc.property(specArb, fc.constantFrom<NodeJS.Platform>('linux', 'darwin'), (s, platform) => {
        const spec = s as unknown as OciSpec;
        kinded(() => helperInvocation('/r', spec.process as OciProcess, { terminal: false }));
        kinded(() => namespacePlan(spec, platform));
        kinded(() => unhonouredFields(spec));
        const resources = (spec.linux as { resources?: unknown } | undefined)?.resources;
        // Task.Update's parseResources hands these an object, never anything else.
        if (resources && typeof resources === 'object' && !Array.isArray(resources)) {
          kinded(() => requestedLimits(resources as Record<string, unknown>));
          kinded(() => refuseLimits(resources as Record<string, unknown>, platform));
        }
      }),
      fuzzParams(),
    );
  },
);

test(`publish annotations of any text: mappings or InvalidArgument (${FUZZ_RUNS} runs)`, () => {
  const value = fc.oneof(fc.string(), fc.stringMatching(/^[0-9.:/a-z,-]{0,40}$/));
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom('io.containerd.tandem.publish', 'io.containerd.tandem.publish.1', 'other'), value), (a) => {
      kinded(() => parsePublish(a));
    }),
    fuzzParams(),
  );
});

const segment = fc.oneof(fc.constantFrom('..', '.', 'abs', 'rel', 'etc', 'up', 'loop', 'x', ''), fc.string({ maxLength: 6 }));
const destination = fc.array(segment, { maxLength: 8 }).map((s) => `/${s.join('/')}`);

test(
  `a mount destination of any shape resolves inside the root, whatever the symlinks (${FUZZ_RUNS} runs)`,
  { timeout: fuzzTimeout(10) },
  async () => {
    await fc.assert(
      fc.asyncProperty(destination, async (d) => {
        try {
          const p = await resolveInRoot(root, d);
          expect(p === root || p.startsWith(`${root}/`), `${d} -> ${p}`).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(TandemError);
        }
      }),
      fuzzParams(),
    );
  },
);

const mountArb = fc.oneof(
  fc.anything(),
  fc.record(
    {
      destination: fc.oneof(destination, field),
      type: fc.oneof(fc.constantFrom('bind', 'proc', 'tmpfs', 'devfs', 'overlay'), field),
      source: fc.oneof(fc.constantFrom('/', scratch, 'rel', '/nope'), field),
      options: fc.oneof(fc.array(fc.constantFrom('rbind', 'ro', 'nosuid', 'bind')), field),
    },
    { requiredKeys: [] },
  ),
);

test(
  `spec mounts of any shape: every operation stays inside the root, or a kinded error (${FUZZ_RUNS} runs)`,
  { timeout: fuzzTimeout(10) },
  async () => {
    const log = pino({ level: 'silent' });
    await fc.assert(
      fc.asyncProperty(fc.array(mountArb, { maxLength: 4 }), fc.boolean(), fc.boolean(), async (mounts, readonly, darwin) => {
        const platform = darwin ? new DarwinMounts() : new LinuxMounts();
        try {
          const ops = await planSpecMounts(root, { ociVersion: '1', mounts } as unknown as OciSpec, readonly && !darwin, platform, log);
          for (const o of ops) {
            const where = 'target' in o ? o.target : o.path;
            expect(where === root || where.startsWith(`${root}/`), JSON.stringify(o)).toBe(true);
          }
        } catch (err) {
          expect(err, String(err)).toBeInstanceOf(TandemError);
        }
      }),
      fuzzParams(),
    );
  },
);

// Findings of the runs above, kept as plain regression tests.
test('a linux.namespaces entry that is null is InvalidArgument, not a TypeError', () => {
  expect(() => namespacePlan({ ociVersion: '1', linux: { namespaces: [null] } }, 'linux')).toThrow(/linux.namespaces entry null/);
});

test('a mount whose destination is not a string is InvalidArgument, not a TypeError', async () => {
  const spec = { ociVersion: '1', mounts: [{ destination: {} }] } as unknown as OciSpec;
  await expect(planSpecMounts(root, spec, false, new LinuxMounts(), pino({ level: 'silent' }))).rejects.toThrow(/has no destination/);
});
