// An upload whose body is a stream (a layer of many GiB), sent with node:http so the body is read
// only as fast as the socket drains. Node 20's fetch (undici 6) reads a stream body ahead of the
// socket: pushing a 300 MB layer took the endpoint from 84 to 415 MB resident, where this keeps it
// flat. The answer comes back as a fetch Response, so the caller checks it as any other.
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { webResponse } from './http-fetch.js';

export function sendStream(url: string, method: string, headers: Record<string, string>, body: Readable): Promise<Response> {
  const u = new URL(url);
  return new Promise<Response>((resolve, reject) => {
    const req = (u.protocol === 'https:' ? https : http).request(u, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () =>
        resolve(webResponse(res.statusCode ?? 502, res.headers, chunks.length ? Buffer.concat(chunks) : null, res.statusMessage ?? '')),
      );
    });
    req.on('error', reject);
    // A registry that answers before reading everything (a refusal) ends the request early: the
    // answer settles this first, the broken pipe after it changes nothing.
    pipeline(body, req).catch(reject);
  });
}
