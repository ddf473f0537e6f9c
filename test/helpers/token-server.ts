// A registry's token server, as Docker Hub's auth.docker.io, GitLab's or Harbor's are: the real
// docker-registry (distribution's `auth: token`) sends clients here with a Bearer challenge and
// verifies the JWTs this signs against its certificate. GET /token takes Basic credentials (or
// none) and answers a token for the scopes asked; with `offline_token=true` and credentials, a
// refresh token too, which `docker login` stores in place of the password and POST /token
// (grant_type=refresh_token) trades back for access tokens. Anonymous clients may pull the
// repositories under the public prefix and nothing else.
import { createSign, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { run } from './run.js';

export interface TokenRequest {
  method: string;
  /** `password`, `refresh_token` or `basic` (GET with credentials) or `anonymous`. */
  grant: string;
  scopes: string[];
  offline: boolean;
}

export class TokenServer {
  readonly service = 'tandem-test-registry';
  readonly issuer = 'tandem-test-token-server';
  /** Every token request answered (or refused), oldest first: what the client asked for. */
  readonly requests: TokenRequest[] = [];
  private readonly refresh = new Set<string>();
  private server?: http.Server;
  private port = 0;

  private constructor(
    readonly dir: string,
    private readonly user: { name: string; password: string },
    private readonly publicPrefix: string,
  ) {}

  get realm(): string {
    return `http://127.0.0.1:${this.port}/token`;
  }

  get certPath(): string {
    return join(this.dir, 'token.crt');
  }

  /** A key and self-signed certificate in DIR (the registry's rootcertbundle), then the server. */
  static async start(dir: string, user: { name: string; password: string }, publicPrefix: string): Promise<TokenServer> {
    const t = new TokenServer(dir, user, publicPrefix);
    const r = await run(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=tandem-test-token-server'].concat([
        '-keyout',
        join(dir, 'token.key'),
        '-out',
        t.certPath,
      ]),
      { timeoutMs: 60_000 },
    );
    if (r.code !== 0) throw new Error(`openssl req exited ${r.code}: ${r.stderr}`);
    t.server = http.createServer((req, res) => void t.handle(req, res));
    await new Promise<void>((resolve) => t.server!.listen(0, '127.0.0.1', resolve));
    t.port = (t.server.address() as { port: number }).port;
    return t;
  }

  /** Forgets every refresh token given (a password changed, a token revoked on the server). */
  revoke(): void {
    this.refresh.clear();
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.realm);
    let body = '';
    for await (const chunk of req) body += chunk;
    const form = req.method === 'POST' ? new URLSearchParams(body) : url.searchParams;
    const answer = (status: number, json: object) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (url.pathname !== '/token' || form.get('service') !== this.service) return answer(404, { details: 'unknown service' });
    // Each scope a parameter, or several in one separated by spaces (both are the protocol's).
    const scopes = url.searchParams
      .getAll('scope')
      .concat(req.method === 'POST' ? form.getAll('scope') : [])
      .flatMap((s) => s.split(' ').filter(Boolean));
    const offline = form.get('offline_token') === 'true' || form.get('access_type') === 'offline';
    let grant = 'anonymous';
    let known = false;
    const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? '');
    if (req.method === 'POST') {
      grant = form.get('grant_type') ?? '';
      if (grant === 'refresh_token') known = this.refresh.has(form.get('refresh_token') ?? '');
      else if (grant === 'password') known = form.get('username') === this.user.name && form.get('password') === this.user.password;
      else return answer(400, { details: `unsupported grant_type ${grant}` });
    } else if (basic) {
      grant = 'basic';
      known = Buffer.from(basic[1], 'base64').toString() === `${this.user.name}:${this.user.password}`;
    }
    this.requests.push({ method: req.method ?? '', grant, scopes, offline });
    // Docker Hub's answer to bad credentials, which distribution's client reads as `unauthorized: <details>`.
    if (grant !== 'anonymous' && !known) return answer(401, { details: 'incorrect username or password' });
    const access = scopes.flatMap((s) => this.grant(s, grant !== 'anonymous'));
    const token = this.sign(grant === 'anonymous' ? '' : this.user.name, access);
    const refresh = known && offline && grant !== 'refresh_token' ? randomBytes(16).toString('hex') : undefined;
    if (refresh) this.refresh.add(refresh);
    const issued = new Date().toISOString();
    answer(200, { token, access_token: token, expires_in: 300, issued_at: issued, ...(refresh ? { refresh_token: refresh } : {}) });
  }

  /** `repository:name:pull,push` → what this client gets of it. */
  private grant(scope: string, authenticated: boolean): { type: string; name: string; actions: string[] }[] {
    const m = /^([a-z]+):(.+):([a-z*,]+)$/.exec(scope);
    if (!m) return [];
    const [, type, name, wanted] = m;
    const actions = wanted.split(',').filter((a) => authenticated || (a === 'pull' && name.startsWith(this.publicPrefix)));
    return actions.length ? [{ type, name, actions }] : [];
  }

  /** An RS256 JWT whose x5c header carries the certificate the registry trusts. */
  private sign(subject: string, access: object[]): string {
    const pem = readFileSync(this.certPath, 'utf8');
    const der = pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
    const now = Math.floor(Date.now() / 1000);
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = { iss: this.issuer, sub: subject, aud: this.service, exp: now + 300, nbf: now - 10, iat: now };
    const head = `${b64({ alg: 'RS256', typ: 'JWT', x5c: [der] })}.${b64({ ...claims, jti: randomBytes(8).toString('hex'), access })}`;
    const sig = createSign('sha256')
      .update(head)
      .sign(readFileSync(join(this.dir, 'token.key')));
    return `${head}.${sig.toString('base64url')}`;
  }
}
