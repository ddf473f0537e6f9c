// Every operation in every state, for the init and for an exec: allowed ones move to the state
// runc's shim moves to, refused ones answer the code runc's shim answers.
import { describe, expect, test } from 'vitest';
import { Code, TandemError } from '../common/errdefs.js';
import { containerd } from '../generated/protos.js';
import { ProcessState, type Op, type State } from './process-state.js';

const Status = containerd.v1.types.Status;
const OPS: Op[] = ['start', 'pause', 'resume', 'delete', 'exec', 'kill', 'resize', 'closeIO'];

/** A machine of `kind` brought to `state` the way a real process gets there. */
async function at(kind: 'init' | 'exec', state: State): Promise<ProcessState> {
  const m = new ProcessState(kind, 'task t');
  const noop = async () => {};
  if (state === 'created') return m;
  if (state === 'deleted') {
    await m.run('delete', noop);
    return m;
  }
  await m.run('start', noop);
  if (state === 'paused') await m.run('pause', noop);
  if (state === 'stopped') m.exited();
  return m;
}

function codeOf(fn: () => void): Code | 'ok' {
  try {
    fn();
    return 'ok';
  } catch (err) {
    return (err as TandemError).code;
  }
}

const F = Code.FailedPrecondition;
const N = Code.NotFound;

// rows: state; columns: OPS in order. 'ok' = allowed.
const INIT: Record<State, (Code | 'ok')[]> = {
  //         start pause resume delete exec  kill  resize closeIO
  created: ['ok', F, F, 'ok', F, 'ok', 'ok', 'ok'],
  running: [F, 'ok', F, F, 'ok', 'ok', 'ok', 'ok'],
  paused: [F, F, 'ok', F, F, 'ok', 'ok', 'ok'],
  stopped: [F, F, F, 'ok', F, N, F, 'ok'],
  deleted: [N, N, N, N, N, N, N, N],
};
const EXEC: Record<State, (Code | 'ok')[]> = {
  created: ['ok', F, F, 'ok', F, F, 'ok', 'ok'],
  running: [F, F, F, F, F, 'ok', 'ok', 'ok'],
  paused: [F, F, F, F, F, F, F, F],
  stopped: [F, F, F, 'ok', F, N, F, 'ok'],
  deleted: [N, N, N, N, N, N, N, N],
};

describe.each([
  ['init', INIT],
  ['exec', EXEC],
] as const)('%s process', (kind, table) => {
  for (const [state, row] of Object.entries(table) as [State, (Code | 'ok')[]][]) {
    if (kind === 'exec' && state === 'paused') continue; // an exec is never paused itself
    test(`in state ${state}`, async () => {
      const m = await at(kind, state);
      expect(m.state).toBe(state);
      expect(OPS.map((op) => codeOf(() => m.check(op)))).toEqual(row);
    });
  }
});

test('the errors name the process, the operation and the state', async () => {
  const running = await at('init', 'running');
  expect(() => running.check('resume')).toThrow('cannot resume task t: it is running');
  const stopped = await at('init', 'stopped');
  expect(() => stopped.check('exec')).toThrow('cannot exec in task t: it is stopped');
  expect(() => stopped.check('kill')).toThrow('process already finished');
});

test('transitions: start, pause, resume, exit, delete; status as containerd sees it', async () => {
  const m = new ProcessState('init', 'task t');
  expect(m.status).toBe(Status.CREATED);
  await m.run('start', async () => {});
  expect([m.state, m.status, m.everStarted]).toEqual(['running', Status.RUNNING, true]);
  let pausing = -1;
  await m.run('pause', async () => void (pausing = m.status));
  expect(pausing).toBe(Status.PAUSING);
  expect([m.state, m.status]).toEqual(['paused', Status.PAUSED]);
  await m.run('resume', async () => {});
  expect(m.state).toBe('running');
  expect(m.exited()).toBe('running');
  expect(m.status).toBe(Status.STOPPED);
  await m.run('delete', async () => {});
  expect(m.state).toBe('deleted');
  expect(m.exited()).toBe('deleted'); // a late exit does not bring it back
  expect(m.state).toBe('deleted');
});

test('one transition at a time: a second start (or a pause) while starting is refused; kill is not', async () => {
  const m = new ProcessState('init', 'task t');
  let release!: () => void;
  const starting = m.run('start', () => new Promise<void>((r) => (release = r)));
  expect(() => m.check('start')).toThrow('cannot start task t: start in progress');
  expect(() => m.check('pause')).toThrow(TandemError);
  expect(() => m.check('kill')).not.toThrow();
  release();
  await starting;
  expect(() => m.check('start')).toThrow('it is running');
});

test('a failed transition leaves the state as it was', async () => {
  const m = new ProcessState('exec', 'exec e of task t');
  await expect(m.run('start', async () => Promise.reject(new Error('no such program')))).rejects.toThrow('no such program');
  expect([m.state, m.everStarted]).toEqual(['created', false]);
  await m.run('delete', async () => {});
  expect(m.state).toBe('deleted');
});

test('an exit during a transition wins over its target (except delete)', async () => {
  const m = new ProcessState('init', 'task t');
  await m.run('start', async () => {});
  await m.run('pause', async () => void m.exited());
  expect(m.state).toBe('stopped');
  const c = new ProcessState('init', 'task c');
  await c.run('start', async () => void c.exited());
  expect([c.state, c.everStarted]).toEqual(['stopped', true]);
  const d = new ProcessState('init', 'task d');
  await d.run('delete', async () => void d.exited());
  expect(d.state).toBe('deleted');
});
