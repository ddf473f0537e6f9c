// Linux: /proc tells each process's command line and root directory, /proc/self/mountinfo the mounts.
import { readdir, readFile, readlink } from 'node:fs/promises';
import type { Host, HostProcess } from './host.js';
import { mentions, under } from './host.js';

/** mountinfo escapes space, tab, newline and backslash as \ooo. */
const unescape = (s: string): string => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));

export function parseMountinfo(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.split(' ')[4])
    .filter((m): m is string => !!m)
    .map(unescape);
}

export const linuxHost: Host = {
  async processesUsing(dirs) {
    const out: HostProcess[] = [];
    for (const name of await readdir('/proc')) {
      if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
      try {
        const command = (await readFile(`/proc/${name}/cmdline`, 'utf8')).split('\0').join(' ').trim();
        if (!command) continue; // a kernel thread or a zombie
        const root = await readlink(`/proc/${name}/root`).catch(() => '/');
        const rooted = root !== '/' && dirs.some((d) => under(root, d));
        if (rooted || dirs.some((d) => mentions(command, d))) out.push({ pid: Number(name), command, rooted });
      } catch {}
    }
    return out;
  },
  async mountsUnder(dir) {
    return parseMountinfo(await readFile('/proc/self/mountinfo', 'utf8'))
      .filter((m) => under(m, dir))
      .sort()
      .reverse();
  },
  async rssKiB(pid) {
    try {
      const m = /^VmRSS:\s+(\d+)/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) : undefined;
    } catch {
      return undefined;
    }
  },
};
