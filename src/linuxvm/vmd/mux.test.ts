// The mux on its own: several ttrpc clients over one server connection (a real TtrpcServer, the
// way the guest agent serves), stream ids renumbered and routed back, streams in both
// directions, a departing client's streams half-closed on the server, the server's end closing
// every client.
import { describe, expect, it } from 'vitest';
import { TtrpcClient } from '../../ttrpc/client.js';
import { TtrpcServer } from '../../ttrpc/server.js';
import { AgentMux, duplexPair } from './mux.js';

function setup() {
  const server = new TtrpcServer();
  const ended: string[] = [];
  server.register('t.Echo', {
    Ping: async () => Buffer.alloc(0),
    Echo: async (_ctx, payload) => {
      await new Promise((r) => setTimeout(r, Number(payload.toString().split(':')[1] ?? 0)));
      return payload;
    },
    Chat: {
      stream: async (_ctx, stream, payload) => {
        for await (const m of stream) stream.send(Buffer.from(`${payload}>${m}`));
        ended.push(payload.toString());
      },
    },
  });
  const [agentSide, hostSide] = duplexPair();
  server.serveConnection(agentSide);
  const mux = new AgentMux(hostSide);
  const client = () => {
    const [mine, theirs] = duplexPair();
    mux.attachDuplex(theirs);
    return { c: new TtrpcClient(mine), end: mine };
  };
  return { server, mux, client, ended, agentSide };
}

describe('AgentMux', () => {
  it('counts every call but a Ping as a call (lastCallAt: the vmd slows its pings while there is none)', async () => {
    const { client, mux } = setup();
    const a = client().c;
    const b = client().c;
    await a.call('t.Echo', 'Echo', Buffer.from('first:0'));
    const afterCall = mux.lastCallAt;
    await new Promise((r) => setTimeout(r, 20));
    await b.call('t.Echo', 'Ping', Buffer.alloc(0));
    expect(mux.lastCallAt).toBe(afterCall);
    // A stream's frames count, both ways.
    const s = b.stream('t.Echo', 'Chat', Buffer.from('C'), true);
    const opened = mux.lastCallAt;
    expect(opened).toBeGreaterThan(afterCall);
    await new Promise((r) => setTimeout(r, 20));
    s.stream.send(Buffer.from('m'));
    await s.stream.recv();
    expect(mux.lastCallAt).toBeGreaterThan(opened);
    s.stream.end();
    await s.result;
  });

  it('routes concurrent calls of several clients back to their callers', async () => {
    const { client } = setup();
    const a = client().c;
    const b = client().c;
    // Same client-side stream ids (1, 3, 5 …) in both clients, answered out of order.
    const calls = [
      a.call('t.Echo', 'Echo', Buffer.from('a1:30')),
      b.call('t.Echo', 'Echo', Buffer.from('b1:0')),
      a.call('t.Echo', 'Echo', Buffer.from('a2:0')),
      b.call('t.Echo', 'Echo', Buffer.from('b2:20')),
    ];
    expect((await Promise.all(calls)).map(String)).toEqual(['a1:30', 'b1:0', 'a2:0', 'b2:20']);
  });

  it('relays streams both ways and half-closes a departed client’s streams on the server', async () => {
    const { client, ended } = setup();
    const a = client();
    const b = client();
    const sa = a.c.stream('t.Echo', 'Chat', Buffer.from('A'), true);
    const sb = b.c.stream('t.Echo', 'Chat', Buffer.from('B'), true);
    sa.stream.send(Buffer.from('x'));
    sb.stream.send(Buffer.from('y'));
    expect(String((await sa.stream.recv()).value)).toBe('A>x');
    expect(String((await sb.stream.recv()).value)).toBe('B>y');
    sb.result.catch(() => {}); // rejected when B's connection goes
    b.end.destroy(); // client B goes away without ending its stream
    await expect.poll(() => ended).toEqual(['B']);
    sa.stream.send(Buffer.from('z'));
    expect(String((await sa.stream.recv()).value)).toBe('A>z');
    sa.stream.end();
    await sa.result;
    expect(ended).toEqual(['B', 'A']);
  });

  it('closes every client when the server side goes away', async () => {
    const { client, agentSide, mux } = setup();
    const a = client().c;
    const b = client().c;
    const pending = a.call('t.Echo', 'Echo', Buffer.from('slow:5000'));
    agentSide.destroy();
    await mux.closed;
    await expect(pending).rejects.toThrow(/closed/);
    await b.closed;
    expect(mux.isClosed).toBe(true);
    // A client that arrives after the end is closed at once.
    const late = client().c;
    await late.closed;
  });
});
