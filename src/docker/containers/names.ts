// Random container names in Docker's adjective_surname style (not its lists), the rule a
// user-given name must follow, and how a reference (id, name or id prefix) finds a container.
import { randomInt } from 'node:crypto';
import { invalidArgument, notFound } from '../../common/errdefs.js';

const LEFT = [
  'agile',
  'bold',
  'brave',
  'calm',
  'clever',
  'eager',
  'fond',
  'gentle',
  'happy',
  'jolly',
  'keen',
  'kind',
  'lucid',
  'merry',
  'modest',
  'nimble',
  'patient',
  'quiet',
  'sharp',
  'steady',
  'swift',
  'tender',
  'vivid',
  'wise',
  'witty',
  'zealous',
];
const RIGHT = [
  'babbage',
  'curie',
  'darwin',
  'euler',
  'faraday',
  'gauss',
  'hopper',
  'hypatia',
  'kepler',
  'lovelace',
  'maxwell',
  'meitner',
  'newton',
  'noether',
  'pascal',
  'ritchie',
  'shannon',
  'tesla',
  'thompson',
  'turing',
  'wozniak',
  'yalow',
];

/** A name; on a retry a digit is added (as dockerd's generator does), since the lists are short. */
export function randomName(retry = 0): string {
  const base = `${LEFT[randomInt(LEFT.length)]}_${RIGHT[randomInt(RIGHT.length)]}`;
  return retry ? `${base}${randomInt(10)}` : base;
}

/**
 * A generated name no container has (with its slash): a few tries, then the short id, as
 * dockerd does. With ~570 base names, a few dozen containers collide otherwise.
 */
export function freeName(id: string, taken: (name: string) => boolean): string {
  for (let i = 0; i < 6; i++) {
    const name = `/${randomName(i)}`;
    if (!taken(name)) return name;
  }
  return `/${id.slice(0, 12)}`;
}

const VALID = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** The stored form of a user-given name: with its leading slash. */
export function checkName(name: string): string {
  if (!VALID.test(name)) throw invalidArgument(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  return name.startsWith('/') ? name : `/${name}`;
}

/** The container `ref` names among `all`: its id, its name, or a unique prefix of its id, as dockerd. */
export function containerByRef<T extends { Id: string; Name: string }>(all: T[], ref: string): T {
  const exact = all.find((c) => c.Id === ref) ?? all.find((c) => c.Name === (ref.startsWith('/') ? ref : `/${ref}`));
  if (exact) return exact;
  const byPrefix = ref ? all.filter((c) => c.Id.startsWith(ref)) : [];
  if (byPrefix.length > 1) throw invalidArgument(`multiple IDs found with provided prefix: ${ref}`);
  if (!byPrefix.length) throw notFound(`No such container: ${ref}`);
  return byPrefix[0];
}

/** The container whose network `--network container:X` joins (X), or undefined for another mode. */
export function joinedContainer(mode: string | null | undefined): string | undefined {
  return mode?.startsWith('container:') ? mode.slice('container:'.length) : undefined;
}
