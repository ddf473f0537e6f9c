// Whether a pid names a live process. A zombie (dead, not yet reaped by whoever inherited it)
// still holds its pid but counts as gone; without /proc (darwin) kill(0) is all there is.
import { readFileSync } from 'node:fs';

export function processAlive(pid: number): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}
