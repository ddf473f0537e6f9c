import { describe, expect, test } from 'vitest';
import { hostfwd, INPUT_PORTS, MAX_OUTPUT_PORTS, OUTPUT_PORTS, qemuPlan, virtiofsdArgs } from './qemu-args.js';
import { accelFailure, acceleratorCandidates, hostTscKhz, ACCEL_FAILURE_RE, type HostFacts } from './accel.js';
import { vfkitPlan } from './vfkit-args.js';
import type { Manifest } from '../image/manifest.js';
import { sayIfSnapshotLeftOut, type VmConfig } from './vm-backend.js';

const manifest = (arch: 'amd64' | 'arm64'): Manifest => ({
  arch,
  kernel: { file: 'kernel', kver: '6.1.0-56-amd64', format: 'elf', sha256: '', size: 0 },
  initrd: { file: 'initrd.img', compression: 'none', sha256: '', size: 0, cpioSize: 0 },
  system: { file: 'system.img', format: 'erofs', compression: 'lz4', sha256: '', size: 0 },
  cmdline: 'panic=-1 quiet',
  modules: [],
  packages: [],
  sourceDateEpoch: 0,
  inputs: '',
});

const cfg = (over: Partial<VmConfig> = {}): VmConfig => ({
  stateDir: '/run/t',
  arch: 'amd64',
  cpus: 2,
  memoryMiB: 512,
  imageDir: '/img',
  shares: [],
  portForwards: [],
  ...over,
});

/** The value following each occurrence of `flag`. */
const values = (args: string[], flag: string): string[] => args.flatMap((a, i) => (a === flag ? [args[i + 1]!] : []));

describe('qemuPlan', () => {
  test('x86_64: microvm, mmio devices, serial console, tsc_early_khz, sockets in the state dir', () => {
    const p = qemuPlan(cfg(), manifest('amd64'), 'tcg', { tscKhz: 2596136 });
    expect(p.binary).toBe('qemu-system-x86_64');
    expect(values(p.args, '-M')[0]).toMatch(/^microvm,x-option-roms=off,rtc=on/);
    expect(values(p.args, '-accel')).toEqual(['tcg,tb-size=64']);
    expect(values(qemuPlan(cfg({ tcgTbMiB: 48 }), manifest('amd64'), 'tcg').args, '-accel')).toEqual(['tcg,tb-size=48']);
    expect(values(p.args, '-cpu')).toEqual(['max,erms=off,fsrm=off']);
    expect(values(p.args, '-device')).toEqual(
      expect.arrayContaining([
        'virtio-blk-device,drive=sys',
        'virtio-serial-device,id=vser0',
        'virtserialport,bus=vser0.0,chardev=agent,name=tandem.agent',
        'virtio-serial-device,id=vser1',
        'virtio-net-device,netdev=n0',
      ]),
    );
    // No control port: the host asks the guest to power off through its agent (each port holds
    // 4 MiB of guest RAM in receive buffers).
    expect(
      values(p.args, '-device')
        .filter((d) => d.startsWith('virtserialport'))
        .map((d) => /name=([^,]+)/.exec(d)![1]),
    ).toEqual(['tandem.agent', ...[0, 1, 2].map((i) => `tandem.out.${i}`), 'tandem.in.0']);
    expect(values(p.args, '-chardev')).toContain('socket,id=agent,path=/run/t/agent.sock,server=on,wait=off');
    expect(values(p.args, '-chardev')).toContain('file,id=con0,path=/run/t/console.log,append=on');
    expect(values(p.args, '-device')).toContain('virtio-balloon-device,free-page-reporting=on');
    expect(values(p.args, '-drive')[0]).toBe('file=/img/system.img,if=none,id=sys,format=raw,readonly=on');
    expect(p.cmdline).toBe('panic=-1 quiet console=ttyS0 tsc_early_khz=2596136 tsc=reliable');
    expect(qemuPlan(cfg(), manifest('amd64'), 'kvm', { tscKhz: 2596136 }).cmdline).not.toContain('tsc=reliable');
    // Fixed maps serve TCG's translation cache only: on the host's CPU they are left out.
    const fixed = { cmdlineExtra: ['tandem.runtime=crun', 'tandem.fixedmaps=on'] };
    for (const arch of ['amd64', 'arm64'] as const)
      expect(qemuPlan(cfg({ arch, ...fixed }), manifest(arch), 'tcg').cmdline).toMatch(/ tandem\.runtime=crun tandem\.fixedmaps=on$/);
    expect(qemuPlan(cfg(fixed), manifest('amd64'), 'kvm').cmdline).not.toContain('fixedmaps');
    expect(values(p.args, '-append')).toEqual([p.cmdline]);
    expect(p.sockets).toEqual({ agent: '/run/t/agent.sock', qmp: '/run/t/qmp.sock' });
    expect(p.virtiofs).toEqual([]);
  });

  test('output and input ports: OUTPUT_PORTS and INPUT_PORTS virtio-serial ports, each served on a socket in the state dir', () => {
    const p = qemuPlan(cfg(), manifest('amd64'), 'tcg');
    expect(Object.keys(p.outputPorts)).toHaveLength(OUTPUT_PORTS + INPUT_PORTS);
    expect(p.outputPorts['tandem.out.0']).toBe('/run/t/out0.sock');
    expect(p.outputPorts[`tandem.out.${OUTPUT_PORTS - 1}`]).toBe(`/run/t/out${OUTPUT_PORTS - 1}.sock`);
    expect(p.outputPorts['tandem.in.0']).toBe('/run/t/in0.sock');
    Object.entries(p.outputPorts).forEach(([name, path], i) => {
      expect(values(p.args, '-chardev')).toContain(`socket,id=port${i},path=${path},server=on,wait=off`);
      expect(values(p.args, '-device')).toContain(`virtserialport,bus=vser1.0,chardev=port${i},name=${name}`);
    });
    // On a virtio-serial device of their own, after the agent's port's (its bus holds 31 ports,
    // port 0 kept for a console).
    const devices = values(p.args, '-device');
    expect(devices.indexOf('virtio-serial-device,id=vser1')).toBeGreaterThan(
      devices.indexOf('virtserialport,bus=vser0.0,chardev=agent,name=tandem.agent'),
    );
    expect(devices.filter((d) => d.includes('bus=vser1.0'))).toHaveLength(OUTPUT_PORTS + INPUT_PORTS);
    expect(MAX_OUTPUT_PORTS).toBeLessThanOrEqual(30);
  });

  test('output and input ports: as many as the config asks, none at 0, and a count out of range is refused', () => {
    const none = { outputPorts: 0, inputPorts: 0 };
    expect(Object.keys(qemuPlan(cfg(none), manifest('amd64'), 'tcg').outputPorts)).toEqual([]);
    expect(values(qemuPlan(cfg(none), manifest('amd64'), 'tcg').args, '-device').filter((d) => /tandem\.(out|in)|vser1/.test(d))).toEqual(
      [],
    );
    expect(Object.keys(qemuPlan(cfg({ outputPorts: 2, inputPorts: 0 }), manifest('amd64'), 'tcg').outputPorts)).toEqual([
      'tandem.out.0',
      'tandem.out.1',
    ]);
    // Input ports alone still get the device of their own.
    const ins = qemuPlan(cfg({ outputPorts: 0, inputPorts: 2 }), manifest('amd64'), 'tcg');
    expect(Object.keys(ins.outputPorts)).toEqual(['tandem.in.0', 'tandem.in.1']);
    expect(values(ins.args, '-device')).toContain('virtio-serial-device,id=vser1');
    for (const bad of [-1, 1.5, MAX_OUTPUT_PORTS + 1]) {
      expect(() => qemuPlan(cfg({ outputPorts: bad }), manifest('amd64'), 'tcg')).toThrow(/outputPorts must be an integer from 0 to 29/);
      expect(() => qemuPlan(cfg({ inputPorts: bad }), manifest('amd64'), 'tcg')).toThrow(/inputPorts must be an integer from 0 to 29/);
    }
    expect(() => qemuPlan(cfg({ outputPorts: 20, inputPorts: 10 }), manifest('amd64'), 'tcg')).toThrow(
      /outputPorts \+ inputPorts must be at most 29, not 20 \+ 10/,
    );
  });

  test('arm64: virt machine, pci devices, ttyAMA0, no tsc; hardware accelerators use -cpu host', () => {
    const p = qemuPlan(cfg({ arch: 'arm64' }), manifest('arm64'), 'hvf', { tscKhz: 1 });
    expect(p.binary).toBe('qemu-system-aarch64');
    expect(values(p.args, '-M')).toEqual(['virt']);
    expect(values(p.args, '-cpu')).toEqual(['host']);
    expect(values(p.args, '-accel')).toEqual(['hvf']);
    expect(values(p.args, '-device')).toEqual(expect.arrayContaining(['virtio-serial-pci,id=vser0', 'virtio-serial-pci,id=vser1']));
    expect(values(qemuPlan(cfg({ arch: 'arm64' }), manifest('arm64'), 'tcg').args, '-cpu')).toEqual(['max,pauth-impdef=on,sve=off']);
    expect(p.cmdline).toBe('panic=-1 quiet console=ttyAMA0');
  });

  test('shares: 9p with passthrough, virtiofs with daemon, memfd memory and modern mmio', () => {
    const p = qemuPlan(
      cfg({
        shares: [
          { tag: 'a', hostPath: '/h/a', readonly: true },
          { tag: 'b', hostPath: '/h/b', kind: 'virtiofs' },
        ],
        cmdlineExtra: ['x=1'],
      }),
      manifest('amd64'),
      'tcg',
    );
    expect(values(p.args, '-fsdev')).toEqual(['local,id=fs0,path=/h/a,security_model=passthrough,multidevs=remap,readonly=on']);
    expect(values(p.args, '-device')).toContain('virtio-9p-device,fsdev=fs0,mount_tag=a');
    expect(values(p.args, '-device')).toContain('vhost-user-fs-device,chardev=vfs1,tag=b');
    expect(values(p.args, '-object')).toEqual(['memory-backend-memfd,id=mem,size=512M,share=on']);
    expect(values(p.args, '-M')[0]).toMatch(/memory-backend=mem/);
    expect(values(p.args, '-global')).toEqual(['virtio-mmio.force-legacy=false']);
    expect(p.virtiofs).toEqual([{ tag: 'b', socket: '/run/t/vfs-b.sock', hostPath: '/h/b', readonly: false }]);
    expect(virtiofsdArgs(p.virtiofs[0]!)).toEqual(expect.arrayContaining(['--socket-path=/run/t/vfs-b.sock', 'source=/h/b']));
    // Pages kept across opens, with auto's 1 s timeouts for seeing the host's changes.
    expect(virtiofsdArgs(p.virtiofs[0]!)).toEqual(expect.arrayContaining(['cache=always,timeout=1']));
    expect(p.cmdline).toMatch(/ tandem\.share=a:9p:ro tandem\.share=b:virtiofs x=1$/);
  });

  test('a template VM under TCG boots with an empty PCIe root port per virtiofs share and plugs the device in later', () => {
    const shares = [
      { tag: 'a', hostPath: '/h/a', kind: '9p' as const },
      { tag: 'b', hostPath: '/h/b', kind: 'virtiofs' as const },
    ];
    for (const arch of ['amd64', 'arm64'] as const) {
      const p = qemuPlan(cfg({ arch, shares, templateDir: '/t' }), manifest(arch), 'tcg', { ramFile: '/dev/shm/r,1.ram' });
      const devices = values(p.args, '-device');
      expect(devices.some((d) => d.startsWith('vhost-user-fs'))).toBe(false);
      expect(values(p.args, '-chardev').some((c) => c.startsWith('socket,id=vfs'))).toBe(false);
      expect(devices).toContain('pcie-root-port,id=vfsport1,bus=pcie.0,chassis=2');
      expect(p.hotplug).toEqual([
        {
          chardev: 'vfs1',
          socket: '/run/t/vfs-b.sock',
          device: { driver: 'vhost-user-fs-pci', id: 'vfsdev1', chardev: 'vfs1', tag: 'b', bus: 'vfsport1' },
        },
      ]);
      // virtiofsd still starts before QEMU (QEMU connects to it when the device goes in).
      expect(p.virtiofs.map((v) => v.tag)).toEqual(['b']);
      expect(p.cmdline).toMatch(/ tandem\.share=b:virtiofs pcie_ports=native/);
      expect(values(p.args, '-M')[0]).toMatch(arch === 'amd64' ? /memory-backend=mem,pcie=on/ : /memory-backend=mem/);
      // The guest's RAM is a shared file the save copies (qemu-template.ts).
      expect(values(p.args, '-object')).toEqual(['memory-backend-file,id=mem,size=512M,share=on,mem-path=/dev/shm/r,,1.ram']);
      expect(p.ramFile).toBe('/dev/shm/r,1.ram');
    }
    // Under KVM (no templates) and without a template directory, the device is there at boot.
    for (const p of [
      qemuPlan(cfg({ shares, templateDir: '/t' }), manifest('amd64'), 'kvm'),
      qemuPlan(cfg({ shares }), manifest('amd64'), 'tcg'),
    ]) {
      expect(p.hotplug).toEqual([]);
      expect(values(p.args, '-device')).toContain('vhost-user-fs-device,chardev=vfs1,tag=b');
      expect(values(p.args, '-object')).toEqual(['memory-backend-memfd,id=mem,size=512M,share=on']);
      expect(p.cmdline).not.toMatch(/pcie_ports/);
      expect(p.ramFile).toBeUndefined();
    }
    // Only 9p shares: nothing to plug, no PCIe; the RAM is a file all the same (in the state
    // directory when no tmpfs one is given).
    const ninep = qemuPlan(cfg({ shares: [shares[0]!], templateDir: '/t' }), manifest('amd64'), 'tcg');
    expect(ninep.hotplug).toEqual([]);
    expect(values(ninep.args, '-M')[0]).toBe('microvm,x-option-roms=off,rtc=on,memory-backend=mem');
    expect(values(ninep.args, '-object')).toEqual(['memory-backend-file,id=mem,size=512M,share=on,mem-path=/run/t/guest.ram']);
  });

  test('port forwards become hostfwd rules on the user-mode netdev', () => {
    const p = qemuPlan(
      cfg({
        portForwards: [
          { proto: 'tcp', hostAddr: '127.0.0.1', hostPort: 8080, guestPort: 80 },
          { proto: 'udp', hostAddr: '', hostPort: 53, guestPort: 5353 },
        ],
      }),
      manifest('amd64'),
      'tcg',
    );
    expect(values(p.args, '-netdev')).toEqual(['user,id=n0,hostfwd=tcp:127.0.0.1:8080-:80,hostfwd=udp::53-:5353']);
  });

  test.each([
    [{ cpus: 0 }, /cpus/],
    [{ memoryMiB: 64 }, /memoryMiB/],
    [{ arch: 'arm64' as const }, /is for amd64/],
    [{ shares: [{ tag: 'a b', hostPath: '/x' }] }, /share tag/],
    [
      {
        shares: [
          { tag: 'a', hostPath: '/x' },
          { tag: 'a', hostPath: '/y' },
        ],
      },
      /used twice/,
    ],
    [{ stateDir: '/' + 'x'.repeat(100) }, /socket path too long/],
    [{ shares: [{ tag: 'a', hostPath: '/x,y', kind: 'virtiofs' as const }] }, /cannot contain a comma/],
    [{ portForwards: [{ proto: 'sctp' as 'tcp', hostAddr: '127.0.0.1', hostPort: 1, guestPort: 1 }] }, /tcp or udp/],
    [{ portForwards: [{ proto: 'tcp' as const, hostAddr: '127.0.0.1', hostPort: 70000, guestPort: 1 }] }, /bad port/],
  ])('refuses bad configuration %j', (over, msg) => {
    expect(() => qemuPlan(cfg(over as Partial<VmConfig>), manifest('amd64'), 'tcg')).toThrow(msg);
  });

  test("the start-up snapshot is asked for only on TCG's CPU, the one it is made for", () => {
    const c = cfg({ cmdlineExtra: ['tandem.runtime=crun', 'tandem.snapshot=on'] });
    expect(qemuPlan(c, manifest('amd64'), 'tcg').cmdline).toMatch(/ tandem\.runtime=crun tandem\.snapshot=on$/);
    expect(qemuPlan(c, manifest('amd64'), 'kvm').cmdline).toMatch(/ tandem\.runtime=crun$/);
    expect(qemuPlan(cfg({ arch: 'arm64', cmdlineExtra: c.cmdlineExtra }), manifest('arm64'), 'hvf').cmdline).not.toContain('snapshot');
    expect(vfkitPlan(cfg({ arch: 'arm64', cmdlineExtra: c.cmdlineExtra }), manifest('arm64')).cmdline).not.toContain('snapshot');
    const said: string[] = [];
    sayIfSnapshotLeftOut(['tandem.runtime=crun'], (m) => said.push(m));
    expect(said).toEqual([]);
    sayIfSnapshotLeftOut(c.cmdlineExtra, (m) => said.push(m));
    expect(said).toEqual([expect.stringMatching(/made for TCG's CPU; on the host's CPU the agent starts from its bundle/)]);
  });

  test('commas in paths are escaped inside option lists', () => {
    const p = qemuPlan(cfg({ stateDir: '/s,t', imageDir: '/i,m', shares: [{ tag: 'a', hostPath: '/h,a' }] }), manifest('amd64'), 'tcg');
    expect(values(p.args, '-fsdev')[0]).toMatch(/^local,id=fs0,path=\/h,,a,security_model/);
    expect(values(p.args, '-drive')[0]).toMatch(/^file=\/i,,m\/system\.img,if=none/);
    expect(values(p.args, '-chardev')).toContain('socket,id=agent,path=/s,,t/agent.sock,server=on,wait=off');
    expect(values(p.args, '-kernel')).toEqual(['/i,m/kernel']); // a plain path, not an option list
  });

  test('hostfwd syntax', () => {
    expect(hostfwd({ proto: 'tcp', hostAddr: '127.0.0.1', hostPort: 8080, guestPort: 80 })).toBe('tcp:127.0.0.1:8080-:80');
    expect(() => hostfwd({ proto: 'tcp', hostAddr: '::1', hostPort: 1, guestPort: 1 })).toThrow(/IPv4/);
  });
});

describe('accelerator choice', () => {
  const host = (over: Partial<HostFacts>): HostFacts => ({ platform: 'linux', arch: 'x64', kvmUsable: true, env: {}, ...over });
  test.each([
    ['amd64', host({}), ['kvm', 'tcg']],
    ['amd64', host({ kvmUsable: false }), ['tcg']],
    ['arm64', host({}), ['tcg']],
    ['arm64', host({ platform: 'darwin', arch: 'arm64', kvmUsable: false }), ['hvf', 'tcg']],
    ['amd64', host({ platform: 'darwin', arch: 'arm64' }), ['tcg']],
    ['amd64', host({ env: { TANDEM_QEMU_ACCEL: 'tcg' } }), ['tcg']],
  ] as const)('%s on %j', (guest, h, want) => {
    expect(acceleratorCandidates(guest, h)).toEqual(want);
  });

  test('accelerator failures are recognised, guest output is not', () => {
    expect(ACCEL_FAILURE_RE.test("kvm_buf_set_msrs: Assertion `ret == cpu->kvm_msr_buf->nmsrs' failed.")).toBe(true);
    expect(ACCEL_FAILURE_RE.test('KVM internal error. Suberror: 1\nemulation failure')).toBe(true);
    expect(ACCEL_FAILURE_RE.test('tandem-guest: [1.0] boot 6.1.0 x86_64')).toBe(false);
  });

  test("an accelerator's failure is told by QEMU's lines, not virtiofsd's that came after them", () => {
    // The boot log of 2026-12-02's run where virtiofsd's last words stood in for KVM's failure.
    const msr = 'qemu-system-x86_64: error: failed to set MSR 0x10a to 0x69';
    const assertion =
      "qemu-system-x86_64: ../../target/i386/kvm/kvm.c:3183: kvm_buf_set_msrs: Assertion `ret == cpu->kvm_msr_buf->nmsrs' failed.";
    const log = [
      '--- 2026-12-02T22:27:11Z qemu-system-x86_64 -M microvm',
      msr,
      assertion,
      'virtio_loop: Unexpected poll revents 11',
      'virtio_loop: Exit',
    ];
    expect(accelFailure(log)).toBe(`${msr} | ${assertion}`);
    expect(accelFailure(['tandem-guest: [0.9] boot', 'Kernel panic - not syncing'])).toBe(
      'tandem-guest: [0.9] boot | Kernel panic - not syncing',
    );
    expect(accelFailure([])).toBe('no guest output');
  });

  test('tsc frequency from /proc/cpuinfo', () => {
    expect(hostTscKhz('processor : 0\ncpu MHz\t\t: 2596.136\n')).toBe(2596136);
    expect(hostTscKhz('processor : 0\n')).toBeUndefined();
  });
});

describe('vfkitPlan', () => {
  test('linux bootloader, vsock in connect mode, virtio-fs shares, console into the boot log', () => {
    const p = vfkitPlan(cfg({ arch: 'arm64', shares: [{ tag: 'a', hostPath: '/h/a', kind: '9p' }] }), manifest('arm64'));
    expect(values(p.args, '--bootloader')).toEqual([`linux,kernel=/img/kernel,initrd=/img/initrd.img,cmdline="${p.cmdline}"`]);
    expect(p.cmdline).toBe('panic=-1 quiet console=hvc0 tandem.net=dhcp tandem.vsock=1024 tandem.share=a:virtiofs');
    expect(values(p.args, '--device')).toEqual([
      'virtio-blk,path=/img/system.img',
      'virtio-rng',
      'virtio-net,nat',
      'virtio-serial,logFilePath=/run/t/console.log',
      'virtio-vsock,port=1024,socketURL=/run/t/agent.sock,connect',
      'virtio-fs,sharedDir=/h/a,mountTag=a',
    ]);
    expect(values(p.args, '--restful-uri')).toEqual(['unix:///run/t/rest.sock']);
    expect(() => vfkitPlan(cfg({ arch: 'arm64', shares: [{ tag: 'a', hostPath: '/h,a' }] }), manifest('arm64'))).toThrow(/commas/);
  });

  test("Rosetta's share for an arm64 guest: the device (optional) and the guest's cue", () => {
    const p = vfkitPlan(cfg({ arch: 'arm64', rosetta: true }), manifest('arm64'));
    expect(values(p.args, '--device')).toContain('rosetta,mountTag=rosetta,ignoreIfMissing');
    expect(p.cmdline).toContain(' tandem.rosetta=rosetta');
    const off = vfkitPlan(cfg({ arch: 'arm64', rosetta: false }), manifest('arm64'));
    expect(off.cmdline).not.toContain('rosetta');
    expect(values(off.args, '--device').some((d) => d.startsWith('rosetta'))).toBe(false);
  });
});
