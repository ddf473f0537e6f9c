// A container's bundle in the guest, as Create writes and reads it: the spec the runtime gets
// (the image's user resolved, the guest's resolv.conf, devices, seccomp, our hook and gate), and
// the init's pid, which our createRuntime hook writes into the `created` FIFO (spec.ts).
import { existsSync, openSync, writeFileSync, constants as fsc } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { resolveUser } from '../../common/accounts.js';
import { ANNOTATION_DEVICES, ANNOTATION_INIT, ANNOTATION_PRIVILEGED, ANNOTATION_RESOLV_CONF, type OciSpec } from '../../common/oci.js';
import type { ContainerOptions } from './container.js';
import { DEV_FS, GUEST_TARGET, readDefaultProfile, readGuestResolv, statOrUndefined } from './container-files.js';
import { guestDevices, parseDevices, withAllDevices, withDevices } from './devices.js';
import { withSeccomp } from './seccomp.js';
import { GUEST_INIT, guestResolvConf, runsWithFixedMaps, specForGuest, wantsGuestResolv } from './spec.js';

/** The spec the runtime runs the container from (written as the bundle's config.json by Create). */
export async function guestSpec(o: ContainerOptions, bundle: string, created: string, gate: string): Promise<OciSpec> {
  // A user by name: its numbers from the image's accounts (the runtime takes numbers only).
  const named = o.spec.process?.user?.username
    ? { ...o.spec, process: { ...o.spec.process, user: (await resolveUser(o.rootfs, o.spec.process.user))! } }
    : o.spec;
  const resolvConf = wantsGuestResolv(o.spec) ? join(bundle, 'resolv.conf') : undefined;
  if (resolvConf) writeFileSync(resolvConf, guestResolvConf(readGuestResolv(), o.spec.annotations![ANNOTATION_RESOLV_CONF]));
  const devices = o.spec.annotations?.[ANNOTATION_DEVICES];
  const asked = devices === undefined ? named : withDevices(named, parseDevices(devices), statOrUndefined);
  const withDevs = o.spec.annotations?.[ANNOTATION_PRIVILEGED] === 'true' ? withAllDevices(asked, guestDevices('/dev', DEV_FS)) : asked;
  const filtered = withSeccomp(withDevs, GUEST_TARGET, readDefaultProfile);
  return specForGuest(filtered, {
    id: o.id,
    rootfs: o.rootfs,
    terminal: o.io.terminal,
    createdFifo: created,
    gateFifo: gate,
    cgroupParent: o.cgroupParent,
    randomizeContainer: runsWithFixedMaps(),
    init: o.spec.annotations?.[ANNOTATION_INIT] !== undefined && existsSync(GUEST_INIT) ? GUEST_INIT : undefined,
    resolvConf,
  });
}

/** The init pid, from the runtime's state our hook writes into the `created` FIFO; gives up at `exited`. */
export function readCreated(path: string, exited: Promise<unknown>): Promise<number> {
  const sock = new net.Socket({ fd: openSync(path, fsc.O_RDWR | fsc.O_NONBLOCK), readable: true, writable: false });
  return new Promise<number>((resolve, reject) => {
    let buf = '';
    const done = (v: number | Error) => {
      sock.destroy();
      if (v instanceof Error) reject(v);
      else resolve(v);
    };
    sock.on('data', (d: Buffer) => {
      buf += d.toString();
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      try {
        done(Number((JSON.parse(buf.slice(0, nl)) as { pid: number }).pid));
      } catch (err) {
        done(err as Error);
      }
    });
    sock.on('error', (err) => done(err));
    void exited.then(() => sock.destroy());
  });
}
