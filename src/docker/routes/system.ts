// System routes: ping (with the headers the CLI negotiates by), version, info, events, df, auth.
import os from 'node:os';
import type { Ctx } from '../api.js';
import { parseFilters } from '../api.js';
import type { Engine } from '../engine.js';
import { eventMatches } from '../events.js';
import { parseTime } from '../containers/logs.js';
import type { Route } from '../server.js';
import { API_VERSION, MIN_API_VERSION, atLeast } from '../version.js';
import { RUNTIMES, SHIM_RUNTIME } from '../containers/manager.js';
import { findInit, initCommit } from '../containers/init.js';
import { treeSize } from '../../common/tree-size.js';
import { cacheUsage } from '../build/cache.js';
import { groupById, layerUsage, listView } from '../image/views.js';
import { psView } from '../containers/views.js';
import { login, type LoginRequest } from '../image/login.js';
import { AUTH_CONFIG } from '../shape.js';

const ARCH: Record<string, string> = { x64: 'x86_64', arm64: 'aarch64' };

export function systemRoutes(e: Engine): Route[] {
  /** containerd's version and commit, for version and info; `missing` as the version when it does not answer. */
  const containerdVersion = (missing: string) =>
    e.cd.call('version.Version', {}, { timeoutMs: 5000 }).catch(() => ({ version: missing, revision: '' }));

  async function pingHandler(ctx: Ctx): Promise<void> {
    const res = ctx.res!;
    res.writeHead(200, {
      'API-Version': API_VERSION,
      OSType: process.platform,
      'Docker-Experimental': 'false',
      'Builder-Version': '1',
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      Pragma: 'no-cache',
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': ctx.req.method === 'HEAD' ? '0' : '2',
    });
    res.end(ctx.req.method === 'HEAD' ? undefined : 'OK');
  }

  async function getVersion(ctx: Ctx): Promise<void> {
    const cv = await containerdVersion('unavailable');
    const arch = process.arch === 'x64' ? 'amd64' : process.arch;
    ctx.json(200, {
      Platform: { Name: `tandem ${e.version}` },
      Components: [
        {
          Name: 'Engine',
          Version: e.version,
          Details: {
            ApiVersion: API_VERSION,
            MinAPIVersion: MIN_API_VERSION,
            Arch: arch,
            Os: process.platform,
            KernelVersion: os.release(),
            GoVersion: `node ${process.version}`,
            GitCommit: e.build.commit,
            BuildTime: e.build.time,
            Experimental: 'false',
          },
        },
        { Name: 'containerd', Version: cv.version, Details: { GitCommit: cv.revision } },
        { Name: 'tandem', Version: e.version, Details: { Runtime: SHIM_RUNTIME } },
      ],
      Version: e.version,
      ApiVersion: API_VERSION,
      MinAPIVersion: MIN_API_VERSION,
      GitCommit: e.build.commit,
      GoVersion: `node ${process.version}`,
      Os: process.platform,
      Arch: arch,
      KernelVersion: os.release(),
      BuildTime: e.build.time,
    });
  }

  async function getInfo(ctx: Ctx): Promise<void> {
    const cs = e.containers.list();
    const count = (s: string) => cs.filter((c) => c.State.Status === s).length;
    const images = await e.images.records().catch(() => []);
    const cv = await containerdVersion('');
    const init = findInit();
    // dockerd's word for a commit it cannot tell: the runtime is tandem's shim, not runc (Runtimes below).
    const initId = (init && (await initCommit(init))) || 'N/A';
    ctx.json(200, {
      ID: e.opts.namespace,
      Containers: cs.length,
      ContainersRunning: count('running'),
      ContainersPaused: count('paused'),
      ContainersStopped: cs.length - count('running') - count('paused'),
      Images: images.length,
      Driver: e.snapshotterFor({ os: process.platform === 'darwin' ? 'darwin' : 'linux', architecture: '' }),
      DriverStatus: [['containerd namespace', e.opts.namespace]],
      Plugins: { Volume: ['local'], Network: ['bridge', 'host', 'null'], Authorization: null, Log: ['json-file', 'local'] },
      MemoryLimit: false,
      SwapLimit: false,
      CpuCfsPeriod: false,
      CpuCfsQuota: false,
      CPUShares: false,
      CPUSet: false,
      PidsLimit: false,
      IPv4Forwarding: false,
      // Always false, and gone from 1.50 on (dockerd loads br_netfilter when it needs it).
      ...(atLeast(ctx.version, '1.50') ? {} : { BridgeNfIptables: false, BridgeNfIp6tables: false }),
      Debug: !!e.opts.debug,
      NFd: 0,
      OomKillDisable: false,
      NGoroutines: 0,
      SystemTime: new Date().toISOString(),
      LoggingDriver: 'json-file',
      CgroupDriver: 'none',
      CgroupVersion: '',
      NEventsListener: 0,
      KernelVersion: os.release(),
      OperatingSystem: `${os.type()} ${os.release()} (tandem)`,
      OSVersion: os.release(),
      OSType: process.platform,
      Architecture: ARCH[process.arch] ?? process.arch,
      IndexServerAddress: 'https://index.docker.io/v1/',
      RegistryConfig: {
        IndexConfigs: {},
        InsecureRegistryCIDRs: ['127.0.0.0/8'],
        Mirrors: [],
        ...(atLeast(ctx.version, '1.47')
          ? {}
          : { AllowNondistributableArtifactsCIDRs: null, AllowNondistributableArtifactsHostnames: null }),
      },
      NCPU: os.cpus().length,
      MemTotal: os.totalmem(),
      GenericResources: null,
      DockerRootDir: e.opts.stateDir,
      HttpProxy: '',
      HttpsProxy: '',
      NoProxy: '',
      Name: os.hostname(),
      Labels: [],
      ExperimentalBuild: false,
      ServerVersion: e.version,
      Runtimes: Object.fromEntries(RUNTIMES.map((r) => [r, { path: SHIM_RUNTIME, runtimeType: SHIM_RUNTIME }])),
      DefaultRuntime: 'tandem',
      Swarm: { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null },
      LiveRestoreEnabled: true,
      Isolation: '',
      InitBinary: init ? 'docker-init' : '',
      // The `Expected` commits are gone from 1.49 on.
      ...(atLeast(ctx.version, '1.49')
        ? { ContainerdCommit: { ID: cv.revision }, RuncCommit: { ID: 'N/A' }, InitCommit: { ID: initId } }
        : {
            ContainerdCommit: { ID: cv.revision, Expected: cv.revision },
            RuncCommit: { ID: 'N/A', Expected: 'N/A' },
            InitCommit: { ID: initId, Expected: initId },
          }),
      SecurityOptions: [],
      // CDI devices need dockerd's experimental mode; a daemon without it lists no directory.
      CDISpecDirs: [],
      // The containerd this endpoint drives (1.46); tandem runs no plugins, so no plugin namespace.
      ...(atLeast(ctx.version, '1.46')
        ? { Containerd: { Address: e.opts.containerd, Namespaces: { Containers: e.opts.namespace, Plugins: '' } } }
        : {}),
      Warnings: ['tandem: containers share the host network; native containers run without namespaces or cgroups'],
    });
  }

  async function getEvents(ctx: Ctx): Promise<void> {
    const f = parseFilters(ctx.query);
    const since = ctx.query.get('since') ? parseTime(ctx.query.get('since')) : undefined;
    const until = ctx.query.get('until') ? parseTime(ctx.query.get('until')) : undefined;
    const out = ctx.jsonStream();
    // Image `create` events are new in 1.46: older clients never see them, as from dockerd.
    const withCreate = atLeast(ctx.version, '1.46');
    const off = e.events.subscribe(since, (ev) => {
      if (until !== undefined && ev.timeNano / 1e9 > until) return;
      if (!withCreate && ev.Type === 'image' && ev.Action === 'create') return;
      if (eventMatches(ev, f)) out.write(ev);
    });
    out.onClose(off);
    if (until !== undefined) {
      const wait = Math.max(0, until * 1000 - Date.now());
      setTimeout(() => {
        off();
        out.end();
      }, wait).unref();
    }
  }

  /** `docker login`: the credentials are checked against the registry, not kept here. */
  async function postAuth(ctx: Ctx): Promise<void> {
    const body = (await ctx.body<LoginRequest>(AUTH_CONFIG)) ?? {};
    const identityToken = await login(body, e.opts.insecureRegistries);
    ctx.json(200, { Status: 'Login Succeeded', IdentityToken: identityToken });
  }

  async function getDiskUsage(ctx: Ctx): Promise<void> {
    const groups = groupById(await e.images.all());
    const cs = e.containers.list();
    const usage = layerUsage(groups);
    ctx.json(200, {
      LayersSize: usage.layersSize,
      Images: groups.map((g) => listView(g, cs.filter((c) => c.Image === g.main.id).length, usage.shared.get(g.main.id), ctx.version)),
      // As dockerd: each container as `docker ps -s` lists it.
      Containers: await Promise.all(cs.map(async (c) => ({ ...psView(c), ...(await e.containerSize(c)) }))),
      Volumes: await Promise.all(
        e.volumes.list().map(async (v) => ({
          ...e.volumes.view(v),
          UsageData: { Size: await treeSize(e.volumes.path(v.Name)), RefCount: e.containers.volumeUsers(v.Name).length },
        })),
      ),
      BuildCache: await cacheUsage(e.cacheDeps(), new Set(cs.map((c) => c.Image))),
    });
  }

  return [
    { method: 'GET', path: '/_ping', handler: pingHandler },
    { method: 'GET', path: '/version', handler: getVersion },
    { method: 'GET', path: '/info', handler: getInfo },
    { method: 'GET', path: '/events', handler: getEvents },
    { method: 'GET', path: '/system/df', handler: getDiskUsage },
    { method: 'POST', path: '/auth', handler: postAuth },
  ];
}
