// Where the idle VM's memory goes: QEMU's and virtiofsd's PSS split by mapping (the guest's RAM,
// TCG's translation cache, QEMU itself), and the guest's own view of the RAM it touched
// (/proc/meminfo and /proc/slabinfo read in the idle container; the container shares the guest's
// kernel). The idle-memory row says how far from the target; this says what the distance is made of.
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { vmdPaths } from '../src/linuxvm/vmd/paths.js';
import type { Containerd } from '../test/helpers/containerd.js';
import { processesWhere } from './procs.js';

export interface MemoryBreakdown {
  host: [string, number][];
  guest: [string, number][];
  /** The guest RAM's size (MiB) as QEMU was given it. */
  ramMiB: number;
}

/** PSS (MiB) of one process's mappings, grouped by `group` (undefined: the rest). */
function pssBy(pid: number, group: (perms: string, name: string) => string): Map<string, number> {
  const out = new Map<string, number>();
  let key = '';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      key = group(head[1]!, head[2] ?? '');
      continue;
    }
    const pss = /^Pss:\s+(\d+) kB/.exec(line);
    if (pss) out.set(key, (out.get(key) ?? 0) + Number(pss[1]) / 1024);
  }
  return out;
}

const GUEST_RAM = "guest RAM the guest touched (what its memfd, or a restored VM's RAM file, holds)";
const RAM_FILE = /^(\/memfd:.*|\/dev\/shm\/tandem-.*\.ram( \(deleted\))?)$/;

/**
 * What QEMU's guest RAM file (a memfd, or a restored VM's RAM file on tmpfs) holds (MiB), by its
 * open descriptor. PSS would not do for a restored VM: the pages of the template's copy sit in
 * tmpfs from the start, and PSS counts only those QEMU has mapped since (the guest touched).
 */
export function ramFileMiB(qemuPid: number): number {
  for (const fd of readdirSync(`/proc/${qemuPid}/fd`)) {
    try {
      if (RAM_FILE.test(readlinkSync(`/proc/${qemuPid}/fd/${fd}`))) return (statSync(`/proc/${qemuPid}/fd/${fd}`).blocks * 512) / 2 ** 20;
    } catch {} // closed meanwhile
  }
  return 0;
}

/** The VM's processes of a containerd's state directory: QEMU, virtiofsd and the vmd (by command line). */
export function qemuProcesses(cd: Containerd): { pid: number; cmd: string }[] {
  return processesWhere((cmd) => /qemu-system|virtiofsd|vmd\/main\.js/.test(cmd) && cmd.includes(cd.tandemState));
}

/** The VM's host memory (MiB): its processes' PSS with the guest RAM's mappings counted as ramFileMiB instead. */
export function vmMemoryMiB(processes: { pid: number; cmd: string }[]): number {
  let total = 0;
  for (const p of processes) {
    for (const [k, v] of pssBy(p.pid, (_perms, name) => (RAM_FILE.test(name) ? GUEST_RAM : 'the rest'))) if (k !== GUEST_RAM) total += v;
    if (p.cmd.includes('qemu-system')) total += ramFileMiB(p.pid);
  }
  return total;
}
const TB_CACHE = "TCG's translation cache (QEMU's executable anonymous mapping; -accel tcg,tb-size)";

/** The guest's RAM memfd, the translation cache (the one rwx anonymous mapping), the rest. */
function hostGroup(proc: string) {
  return (perms: string, name: string): string => {
    if (RAM_FILE.test(name)) return GUEST_RAM;
    if (perms.startsWith('rwx') && (name === '' || name.startsWith('['))) return TB_CACHE;
    return `${proc} itself (heap, threads, binary and libraries)`;
  };
}

/**
 * Waits (up to a minute) for the vmd's line saying it paged out QEMU `pid`'s start-up code
 * (src/linuxvm/backends/qemu.ts, PAGEOUT_DELAY_MS after the VM came up): the idle VM as it stays.
 * Says so on stderr, and the bench measures anyway, when the line does not come.
 */
export async function pagedOut(cd: Containerd, pid: number | undefined): Promise<void> {
  const log = vmdPaths(cd.tandemState).log;
  const mark = `qemu: paged out after boot (pid ${pid})`;
  const seen = () => existsSync(log) && readFileSync(log, 'utf8').includes(mark);
  const deadline = Date.now() + 60_000;
  while (!seen()) {
    if (pid === undefined || Date.now() > deadline) {
      process.stderr.write(`bench-vm: no "${mark}" line in ${log}; measuring the VM as it is\n`);
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** TCG's translation cache (MiB of PSS) in a QEMU process. */
export function tbCacheMiB(pid: number): number {
  return pssBy(pid, hostGroup('QEMU')).get(TB_CACHE) ?? 0;
}

/** The processes' PSS (MiB) by part, largest first: the guest RAM (as its file holds it), the cache, each process itself. */
export function hostParts(processes: { pid: number; cmd: string }[]): [string, number][] {
  const host = new Map<string, number>();
  for (const p of processes) {
    const name = p.cmd.includes('virtiofsd') ? 'virtiofsd' : 'QEMU';
    for (const [k, v] of pssBy(p.pid, hostGroup(name))) if (k !== GUEST_RAM) host.set(k, (host.get(k) ?? 0) + v);
    if (name === 'QEMU') host.set(GUEST_RAM, ramFileMiB(p.pid));
  }
  return [...host].sort((a, b) => b[1] - a[1]);
}

export async function memoryBreakdown(cd: Containerd, idle: string, processes: { pid: number; cmd: string }[]): Promise<MemoryBreakdown> {
  const host = hostParts(processes); // before the exec below runs anything in the guest
  const ramMiB = processes.reduce((a, p) => a || Number(/ -m (\d+)/.exec(p.cmd)?.[1] ?? 0), 0);
  const text = await cd.ctrOk(['tasks', 'exec', '--exec-id', 'memory', idle, 'sh', '-c', 'cat /proc/meminfo /proc/slabinfo']);
  const kib = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) / 1024;
  // slabinfo: name active_objs num_objs objsize …
  const slab = (name: string) => {
    const m = new RegExp(`^${name}\\s+\\d+\\s+(\\d+)\\s+(\\d+)`, 'm').exec(text);
    return m ? (Number(m[1]) * Number(m[2])) / (1 << 20) : NaN;
  };
  const kmalloc4k = slab('kmalloc-4k');
  const guest: [string, number][] = [
    ["not in MemTotal: the kernel's code and data, struct pages (64 bytes per 4 KiB page), firmware", ramMiB - kib('MemTotal')],
    [
      'slab: kmalloc-4k, the receive buffers virtio-serial fills for every port (1024 pages each under microvm: the agent port, the control queue and each output port)',
      kmalloc4k,
    ],
    ['slab: the rest (inodes, dentries, kernfs, …)', kib('Slab') - kmalloc4k],
    ["page cache, mapped (node's binary and libraries, the runtime)", kib('Mapped')],
    ['page cache, not mapped', kib('Cached') - kib('Mapped')],
    ["anonymous memory (the agent's heap, the idle container)", kib('AnonPages')],
    ['kernel stacks, page tables, vmalloc, per-CPU', kib('KernelStack') + kib('PageTables') + kib('VmallocUsed') + kib('Percpu')],
    ['free in the guest (MemFree)', kib('MemFree')],
  ];
  return { host, guest, ramMiB };
}

export function memorySection(m: MemoryBreakdown, totalMiB: number, which = 'a booted VM'): string {
  const rows = (r: [string, number][]) => r.map(([what, mib]) => `| ${what} | ${mib.toFixed(1)} |`);
  return [
    `## Where the idle memory goes: ${which} (one idle container; ${totalMiB.toFixed(0)} MiB in all)`,
    '',
    "The VM's host processes by mapping (PSS, MiB; the guest RAM as its file holds it):",
    '',
    '| part | MiB |',
    '|---|---|',
    ...rows(m.host),
    '',
    `Inside the guest (${m.ramMiB} MiB of RAM; /proc/meminfo and /proc/slabinfo read in the idle container). The guest RAM row above is what the guest uses plus what it freed and has not reported yet (a report goes ~2 s after a free) or keeps on its per-CPU free lists (~1 MiB a vCPU); RAM it never touched costs nothing.`,
    '',
    '| part | MiB |',
    '|---|---|',
    ...rows(m.guest),
  ].join('\n');
}
