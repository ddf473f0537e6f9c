// Random container names in Docker's adjective_surname style (not its lists), and the rule a
// user-given name must follow.
import { randomInt } from 'node:crypto';
import { invalidArgument } from '../../common/errdefs.js';

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

export function randomName(): string {
  return `${LEFT[randomInt(LEFT.length)]}_${RIGHT[randomInt(RIGHT.length)]}`;
}

const VALID = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** The stored form of a user-given name: with its leading slash. */
export function checkName(name: string): string {
  if (!VALID.test(name)) throw invalidArgument(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  return name.startsWith('/') ? name : `/${name}`;
}
