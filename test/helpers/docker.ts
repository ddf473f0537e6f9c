// The Docker endpoint for one test file (`tandem docker serve` over a private containerd), the
// real docker CLI pointed at it, and a loopback registry (Debian's docker-registry) seeded with
// skopeo from the local busybox OCI archive.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, writeFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { BIN, BUSYBOX_TAR, removeTree, type Containerd } from './containerd.js';
import { run, waitFor, type RunResult } from './run.js';
import bcrypt from 'bcryptjs';
import { TokenServer } from './token-server.js';

/** A TCP port nothing listens on right now (the kernel picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** One HTTP request over a unix socket: status and body. */
export function request(
  socket: string,
  method: string,
  path: string,
  body?: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: socket, method, path, headers: body ? { 'Content-Type': 'application/json' } : {} }, (res) => {
      let data = '';
      res.on('data', (d: Buffer) => (data += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export class DockerEndpoint {
  readonly socket: string;
  readonly stateDir: string;
  private proc?: ChildProcess;
  readonly configDir: string;

  private constructor(
    readonly cd: Containerd,
    readonly dir: string,
    private readonly extraArgs: string[],
    private readonly debug: boolean,
  ) {
    this.socket = join(dir, 'docker.sock');
    this.stateDir = join(dir, 'state');
    this.configDir = join(dir, 'docker-config');
    mkdirSync(this.configDir, { recursive: true });
  }

  /** debug: false runs it as `tandem up` would, without a log line per request (benchmarks). */
  static async start(cd: Containerd, extraArgs: string[] = [], opts: { debug?: boolean } = {}): Promise<DockerEndpoint> {
    const d = new DockerEndpoint(cd, mkdtempSync('/tmp/tdd-'), extraArgs, opts.debug ?? true);
    await d.launch();
    return d;
  }

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  async launch(): Promise<void> {
    const log = openSync(join(this.dir, 'endpoint.log'), 'a');
    this.proc = spawn(
      'node',
      [
        join(BIN, 'tandem'),
        'docker',
        'serve',
        '--socket',
        this.socket,
        '--containerd',
        this.cd.address,
        '--namespace',
        this.cd.namespace,
        '--state-dir',
        this.stateDir,
        ...(this.debug ? ['--debug'] : []),
        ...this.extraArgs,
      ],
      { env: this.cd.env, stdio: ['ignore', log, log] },
    );
    const p = this.proc;
    await waitFor(
      async () => {
        if (p.exitCode !== null) throw new Error(`the endpoint exited with ${p.exitCode}; see ${this.dir}/endpoint.log`);
        return existsSync(this.socket) && (await request(this.socket, 'GET', '/_ping')).body === 'OK';
      },
      30_000,
      'the docker endpoint to answer /_ping',
    ).catch((err) => {
      if (p.exitCode !== null) throw new Error(`the endpoint exited with ${p.exitCode}; see ${this.dir}/endpoint.log`);
      throw err;
    });
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill(signal);
    const t = setTimeout(() => p.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(t);
  }

  get env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      DOCKER_HOST: `unix://${this.socket}`,
      DOCKER_CONFIG: this.configDir,
      DOCKER_BUILDKIT: '0',
      DOCKER_CLI_HINTS: 'false',
    };
  }

  docker(args: string[], opts: { input?: string | Buffer; timeoutMs?: number } = {}): Promise<RunResult> {
    return run('docker', args, { env: this.env, input: opts.input, timeoutMs: opts.timeoutMs ?? 120_000 });
  }

  async dockerOk(args: string[], opts: { input?: string | Buffer; timeoutMs?: number } = {}): Promise<string> {
    const r = await this.docker(args, opts);
    if (r.code !== 0) throw new Error(`docker ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`);
    return r.stdout;
  }

  /**
   * `docker build` of `FROM image` and one RUN (the build pulls the image itself, with the
   * credentials the CLI holds), then the built image run: what it printed. Cleans up after.
   */
  async buildFromAndRun(image: string): Promise<string> {
    const ctxDir = mkdtempSync('/tmp/tdb-');
    try {
      writeFileSync(join(ctxDir, 'Dockerfile'), `FROM ${image}\nRUN echo built > /b\n`);
      await this.dockerOk(['build', '-t', 'from-private:1', ctxDir], { timeoutMs: 240_000 });
      return await this.dockerOk(['run', '--rm', 'from-private:1', 'cat', '/b']);
    } finally {
      removeTree(ctxDir);
      await this.docker(['rmi', 'from-private:1']);
      await this.docker(['builder', 'prune', '-af']);
    }
  }

  /**
   * `docker events` from `since` (unix seconds) until a second past now, with the filters
   * (`key=value`) and Go template given: the lines printed, none empty.
   */
  async events(since: number, filters: string[], format: string): Promise<string[]> {
    const until = Math.ceil(Date.now() / 1000) + 1;
    const args = [
      'events',
      '--since',
      String(since),
      '--until',
      String(until),
      ...filters.flatMap((f) => ['--filter', f]),
      '--format',
      format,
    ];
    return (await this.dockerOk(args)).split('\n').filter(Boolean);
  }

  async dispose(): Promise<void> {
    await this.stop();
    if (!process.env.TANDEM_KEEP_TEST_DIRS) removeTree(this.dir);
  }
}

export class Registry {
  private proc?: ChildProcess;

  /** The token server the registry sends clients to (`token: true`), else none. */
  tokens?: TokenServer;

  private constructor(
    readonly dir: string,
    readonly port: number,
    /** Basic auth (the registry's htpasswd), or the token server's account: pulls and pushes need these credentials. */
    readonly user?: { name: string; password: string },
  ) {}

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  /**
   * With `token`, the registry authenticates as Docker Hub's does (a Bearer challenge naming a
   * token server, here `TokenServer`, which knows `user`); anonymous clients may pull the
   * repositories under `public/`. Without it, `user` is Basic auth.
   */
  static async start(opts: { user?: { name: string; password: string }; token?: boolean } = {}): Promise<Registry> {
    const user = opts.user ?? (opts.token ? { name: 'dev', password: 'dev' } : undefined);
    const r = new Registry(mkdtempSync('/tmp/tdr-'), await freePort(), user);
    if (opts.token) r.tokens = await TokenServer.start(r.dir, user!, 'public/');
    await r.launch();
    return r;
  }

  private authConfig(): string[] {
    if (this.tokens) {
      const t = this.tokens;
      const keys = { realm: t.realm, service: t.service, issuer: t.issuer, rootcertbundle: t.certPath };
      return ['auth:', '  token:', ...Object.entries(keys).map(([k, v]) => `    ${k}: ${v}`)];
    }
    return this.user ? ['auth:', '  htpasswd:', '    realm: tandem-test', `    path: ${this.dir}/htpasswd`] : [];
  }

  private async launch(): Promise<void> {
    const config = join(this.dir, 'config.yml');
    writeFileSync(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: warn',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${this.dir}/data`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: 127.0.0.1:${this.port}`,
        ...this.authConfig(),
      ].join('\n'),
    );
    if (this.user && !this.tokens)
      writeFileSync(join(this.dir, 'htpasswd'), `${this.user.name}:${bcrypt.hashSync(this.user.password, 10)}\n`);
    const log = openSync(join(this.dir, 'registry.log'), 'a');
    this.proc = spawn('docker-registry', ['serve', config], { stdio: ['ignore', log, log] });
    const p = this.proc;
    await waitFor(
      async () => {
        if (p.exitCode !== null) throw new Error(`docker-registry exited with ${p.exitCode}; see ${this.dir}/registry.log`);
        const res = await fetch(`http://${this.host}/v2/`).catch(() => undefined);
        return res?.status === (this.user ? 401 : 200);
      },
      30_000,
      'docker-registry to answer /v2/',
    );
  }

  /** Copies the local busybox OCI archive into the registry as NAME:TAG. */
  async seedBusybox(name: string, tag = 'latest'): Promise<void> {
    const r = await run(
      'skopeo',
      [
        'copy',
        '--dest-tls-verify=false',
        ...(this.user ? ['--dest-creds', `${this.user.name}:${this.user.password}`] : []),
        `oci-archive:${BUSYBOX_TAR}`,
        `docker://${this.host}/${name}:${tag}`,
      ],
      {
        timeoutMs: 120_000,
      },
    );
    if (r.code !== 0) throw new Error(`skopeo copy exited ${r.code}: ${r.stderr}`);
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((res) => p.once('exit', res));
    p.kill('SIGTERM');
    const t = setTimeout(() => p.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(t);
  }

  async dispose(): Promise<void> {
    await this.stop();
    await this.tokens?.stop();
    removeTree(this.dir);
  }
}
