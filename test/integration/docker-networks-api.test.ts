// The container/network side of Docker API 1.44–1.50 through tandem's endpoint, driven by the
// real docker CLI 28 (and raw requests for what one API version shows and another does not)
// against a real containerd: several networks at create, per-endpoint MAC address, aliases, DNS
// names and gateway priority, dockerd's endpoint validation at create and connect (every problem
// at once), EnableIPv4 on network create, and /containers/json's annotations and manifest descriptor.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUSYBOX_TAR, Containerd } from '../helpers/containerd.js';
import { DockerEndpoint, request } from '../helpers/docker.js';

let cd: Containerd;
let d: DockerEndpoint;
const IMG = 'tandem/busybox';
const MAC1 = '02:42:ac:11:00:09';
const MAC2 = '02:42:ac:11:00:02';

beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
  d = await DockerEndpoint.start(cd);
  for (const n of ['tn1', 'tn2']) await d.dockerOk(['network', 'create', n]);
  await d.dockerOk(['create', '--name', 'anno', '--annotation', 'org.example/k=v', IMG, 'true']);
}, 120_000);
afterAll(async () => {
  await d?.docker(['rm', '-f', 'multi', 'made', 'old', 'lost', 'anno']);
  await d?.dispose();
  await cd?.dispose();
});

/** A raw request at an API version: status and parsed body (typed as JSON.parse types it). */
async function api(method: string, path: string, body?: object): Promise<{ status: number; json: ReturnType<typeof JSON.parse> }> {
  const r = await request(d.socket, method, path, body ? JSON.stringify(body) : undefined);
  return { status: r.status, json: r.body ? JSON.parse(r.body) : undefined };
}
const inspect = async (name: string, version = '1.50') => (await api('GET', `/v${version}/containers/${name}/json`)).json;
const listed = async (name: string, version = '1.50') =>
  (await api('GET', `/v${version}/containers/json?all=1&filters=${encodeURIComponent(JSON.stringify({ name: [`^${name}$`] }))}`)).json[0];

describe('endpoints at create (API 1.44, 1.45, 1.48)', () => {
  test('docker run --network a --network name=b,…: both joined at create, each with its MAC address, aliases, DNS names and gateway priority', async () => {
    const since = Math.floor(Date.now() / 1000);
    const id = (
      await d.dockerOk([
        'run',
        '-d',
        '--name',
        'multi',
        '--hostname',
        'mh',
        '--network',
        'tn1',
        '--mac-address',
        MAC1,
        '--network',
        `name=tn2,alias=web,mac-address=${MAC2},gw-priority=5`,
        IMG,
        'sleep',
        '300',
      ])
    ).trim();
    const short = id.slice(0, 12);
    const c = await inspect('multi');
    expect(c.HostConfig.NetworkMode).toBe('tn1');
    expect(Object.keys(c.NetworkSettings.Networks).sort()).toEqual(['tn1', 'tn2']);
    const { tn1, tn2 } = c.NetworkSettings.Networks;
    expect(tn1).toMatchObject({ MacAddress: MAC1, GwPriority: 0, Aliases: null, DNSNames: ['multi', short, 'mh'] });
    expect(tn2).toMatchObject({ MacAddress: MAC2, GwPriority: 5, Aliases: ['web'], DNSNames: ['multi', 'web', short, 'mh'] });
    // dockerd shows the NetworkMode network's address as the deprecated container-wide one.
    expect(c.Config.MacAddress).toBe(MAC1);
    // The CLI's own view of it.
    expect(JSON.parse(await d.dockerOk(['inspect', '-f', '{{json .NetworkSettings.Networks.tn2.Aliases}}', 'multi']))).toEqual(['web']);
    // Before API 1.45 the aliases had the short id and the hostname too.
    const old = (await inspect('multi', '1.44')).NetworkSettings.Networks;
    expect(old.tn1.Aliases).toEqual([short, 'mh']);
    expect(old.tn2.Aliases).toEqual(['web', short, 'mh']);
    // /containers/json: the gateway priority and MAC address; no aliases or DNS names there.
    const row = (await listed('multi')).NetworkSettings.Networks;
    expect(row.tn2).toMatchObject({ MacAddress: MAC2, GwPriority: 5, Aliases: null, DNSNames: null });
    // Both networks list it, and its start joined both.
    for (const n of ['tn1', 'tn2']) {
      const net = JSON.parse(await d.dockerOk(['network', 'inspect', n]))[0];
      expect(net.Containers[id]).toMatchObject({ Name: 'multi', MacAddress: n === 'tn1' ? MAC1 : MAC2 });
    }
    const joined = await d.events(since, ['type=network', 'event=connect'], '{{.Actor.Attributes.container}} {{.Actor.Attributes.name}}');
    expect(joined.filter((l) => l.startsWith(id)).sort()).toEqual([`${id} tn1`, `${id} tn2`]);
  });

  test('DNS names come with the endpoint: none for a created container, a connect sets them, a start sets every one', async () => {
    const id = (await d.dockerOk(['create', '--name', 'made', '--network', 'tn1', '--network-alias', 'a1', IMG, 'true'])).trim();
    expect((await inspect('made')).NetworkSettings.Networks.tn1.DNSNames).toBeNull();
    await d.dockerOk(['network', 'connect', '--gw-priority', '7', '--alias', 'a2', 'tn2', 'made']);
    let nets = (await inspect('made')).NetworkSettings.Networks;
    expect(nets.tn1.DNSNames).toBeNull();
    expect(nets.tn2).toMatchObject({ GwPriority: 7, Aliases: ['a2'], DNSNames: ['made', 'a2', id.slice(0, 12)] });
    await d.dockerOk(['start', '-a', 'made']);
    nets = (await inspect('made')).NetworkSettings.Networks;
    expect(nets.tn1.DNSNames).toEqual(['made', 'a1', id.slice(0, 12)]);
  });

  test('GwPriority before API 1.48 is ignored, as dockerd ignores it; several endpoints before 1.44 are refused', async () => {
    const body = { Image: IMG, Cmd: ['true'], HostConfig: { NetworkMode: 'tn1' } };
    const one = { NetworkingConfig: { EndpointsConfig: { tn1: { GwPriority: 9 } } } };
    const r = await api('POST', '/v1.47/containers/create?name=old', { ...body, ...one });
    expect(r.status).toBe(201);
    expect((await inspect('old')).NetworkSettings.Networks.tn1.GwPriority).toBe(0);
    const two = await api('POST', '/v1.43/containers/create', {
      ...body,
      NetworkingConfig: { EndpointsConfig: { tn1: {}, tn2: {} } },
    });
    expect(two.status).toBe(400);
    expect(two.json.message).toBe('Container cannot be created with multiple network endpoints: tn1, tn2');
  });

  test("an unknown network is dockerd's refusal at start: the container is created, its start fails naming the network", async () => {
    const r = await d.docker(['run', '--name', 'lost', '--network', 'no-such-net', IMG, 'true']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('failed to set up container networking: network no-such-net not found');
    // Not a 404 taken for a missing image: the CLI did not try to pull.
    expect(r.stderr).not.toMatch(/Unable to find image|pull/i);
    // As dockerd leaves it: created, the error and 128 recorded.
    expect((await inspect('lost')).State).toMatchObject({
      Status: 'created',
      ExitCode: 128,
      Error: 'failed to set up container networking: network no-such-net not found',
    });
  });
});

describe("dockerd's endpoint validation (API 1.44: at create and connect, every problem at once)", () => {
  test("create: each network's problems, joined as dockerd joins them; nothing is created", async () => {
    const before = (await d.dockerOk(['ps', '-aq'])).trim();
    const r = await api('POST', '/v1.50/containers/create?name=bad', {
      Image: IMG,
      HostConfig: { NetworkMode: 'tn1' },
      NetworkingConfig: {
        EndpointsConfig: { tn1: { IPAMConfig: { IPv4Address: '300.1.1.1', IPv6Address: '1.2.3.4' } }, bridge: { Aliases: ['x'] } },
      },
    });
    expect(r.status).toBe(400);
    const subnets = 'user specified IP address is supported only when connecting to networks with user configured subnets';
    expect(r.json.message).toBe(
      [
        '* invalid config for network tn1: invalid endpoint settings:',
        '\t* invalid IPv4 address: 300.1.1.1',
        '\t* invalid IPv6 address: 1.2.3.4',
        `\t* ${subnets}`,
        `\t* ${subnets}`,
        '* invalid config for network bridge: invalid endpoint settings:',
        '\tnetwork-scoped alias is supported only for containers in user defined networks',
      ].join('\n'),
    );
    // A bad MAC address alone, as dockerd returns it (the CLI checks its own flag's).
    const mac = await api('POST', '/v1.50/containers/create', {
      Image: IMG,
      HostConfig: { NetworkMode: 'tn1' },
      NetworkingConfig: { EndpointsConfig: { tn1: { MacAddress: 'zz', IPAMConfig: { IPv4Address: '300.1.1.1' } } } },
    });
    expect(mac.status).toBe(400);
    expect(mac.json.message).toBe('invalid config for network tn1: invalid MAC address zz');
    // Through the CLI, which passes an address on unchecked.
    const cli = await d.docker(['create', '--network', 'name=tn1,ip=300.1.1.1', IMG]);
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toContain(
      `invalid config for network tn1: invalid endpoint settings:\n* invalid IPv4 address: 300.1.1.1\n* ${subnets}`,
    );
    expect((await d.dockerOk(['ps', '-aq'])).trim()).toBe(before);
  });

  test('connect: the same checks, a 400 and nothing recorded', async () => {
    const ip = await d.docker(['network', 'connect', '--ip', '300.1.1.1', 'tn2', 'anno']);
    expect(ip.code).not.toBe(0);
    expect(ip.stderr).toContain(
      'invalid endpoint settings:\n* invalid IPv4 address: 300.1.1.1\n* user specified IP address is supported only when connecting to networks with user configured subnets',
    );
    const alias = await api('POST', '/v1.50/networks/bridge/connect', { Container: 'anno', EndpointConfig: { Aliases: ['x'] } });
    expect(alias.status).toBe(400);
    expect(alias.json.message).toBe(
      'invalid endpoint settings:\nnetwork-scoped alias is supported only for containers in user defined networks',
    );
    expect(Object.keys((await inspect('anno')).NetworkSettings.Networks)).toEqual(['host']);
  });
});

describe('API 1.46 and 1.48 fields', () => {
  test("/containers/json: HostConfig.Annotations from 1.46; ImageManifestDescriptor (the image's platform manifest) from 1.48 there and in inspect", async () => {
    // The manifest the imported archive holds, read from the archive itself.
    const index = JSON.parse(execFileSync('tar', ['-xOf', BUSYBOX_TAR, 'index.json'], { encoding: 'utf8' }));
    const m = index.manifests[0];
    const row = await listed('anno');
    expect(row.HostConfig.Annotations).toEqual({ 'org.example/k': 'v' });
    expect(row.ImageManifestDescriptor).toMatchObject({ mediaType: m.mediaType, digest: m.digest, size: m.size });
    expect((await inspect('anno')).ImageManifestDescriptor).toMatchObject({ digest: m.digest, size: m.size });
    const older = await listed('anno', '1.45');
    expect(older.HostConfig.Annotations).toBeUndefined();
    expect(older.ImageManifestDescriptor).toBeUndefined();
    expect((await listed('anno', '1.47')).HostConfig.Annotations).toEqual({ 'org.example/k': 'v' });
    expect((await inspect('anno', '1.47')).ImageManifestDescriptor).toBeUndefined();
  });

  test("network create: EnableIPv4 as asked (1.48), neither family is dockerd 28's refusal; the predefined networks' as dockerd's", async () => {
    const none = await d.docker(['network', 'create', '--ipv4=false', 'v4off']);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain('IPv4 or IPv6 must be enabled');
    await d.dockerOk(['network', 'create', '--ipv4=false', '--ipv6', 'v6only']);
    const fmt = '{{.Name}} {{.EnableIPv4}} {{.EnableIPv6}}';
    expect((await d.dockerOk(['network', 'inspect', '-f', fmt, 'v6only', 'tn1', 'bridge', 'host', 'none'])).trim().split('\n')).toEqual([
      'v6only false true',
      'tn1 true false',
      'bridge true false',
      'host false false',
      'none false false',
    ]);
    // An older request's EnableIPv4 is ignored, as dockerd ignores it.
    const r = await api('POST', '/v1.47/networks/create', { Name: 'v4old', EnableIPv4: false });
    expect(r.status).toBe(201);
    expect((await api('GET', '/v1.47/networks/v4old')).json.EnableIPv4).toBe(true);
    await d.dockerOk(['network', 'rm', 'v6only', 'v4old']);
  });
});

describe('endpoints live while the container runs, as in dockerd', () => {
  test('network inspect lists the running members with their endpoint ids; rm is refused for them only, in dockerd 28 words; a stopped member does not keep the network', async () => {
    await d.dockerOk(['network', 'create', 'live1']);
    await d.dockerOk(['run', '-d', '--name', 'liverun', '--network', 'live1', IMG, 'sleep', '600']);
    await d.dockerOk(['create', '--name', 'livestopped', '--network', 'live1', IMG, 'true']);
    try {
      const members = JSON.parse(await d.dockerOk(['network', 'inspect', 'live1']))[0].Containers as Record<
        string,
        { Name: string; EndpointID: string }
      >;
      expect(Object.values(members).map((m) => m.Name)).toEqual(['liverun']);
      const epId = Object.values(members)[0]!.EndpointID;
      expect(epId).toMatch(/^[0-9a-f]{64}$/);
      expect((await inspect('liverun')).NetworkSettings.Networks.live1.EndpointID).toBe(epId);
      expect((await inspect('livestopped')).NetworkSettings.Networks.live1.EndpointID).toBe('');
      const refused = await d.docker(['network', 'rm', 'live1']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `Error response from daemon: error while removing network: network live1 has active endpoints (name:"liverun" id:"${epId.slice(0, 12)}")`,
      );
      // Stopped, the endpoint is gone: its id too, and the network can go (the next start then fails for it).
      await d.dockerOk(['stop', '-t', '0', 'liverun']);
      expect((await inspect('liverun')).NetworkSettings.Networks.live1.EndpointID).toBe('');
      expect(JSON.parse(await d.dockerOk(['network', 'inspect', 'live1']))[0].Containers).toEqual({});
      await d.dockerOk(['network', 'rm', 'live1']);
      const start = await d.docker(['start', 'livestopped']);
      expect(start.code).toBe(1);
      expect(start.stderr).toContain('network live1 not found');
    } finally {
      await d.docker(['rm', '-f', 'liverun', 'livestopped']);
      await d.docker(['network', 'rm', 'live1']);
    }
  });

  test("network connect of a container on another's network namespace is dockerd's refusal", async () => {
    await d.dockerOk(['run', '-d', '--name', 'nsowner', IMG, 'sleep', '600']);
    await d.dockerOk(['create', '--name', 'nsjoiner', '--network', 'container:nsowner', IMG, 'true']);
    try {
      const r = await d.docker(['network', 'connect', 'tn1', 'nsjoiner']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        'container sharing network namespace with another container or host cannot be connected to any other network',
      );
      expect((await inspect('nsjoiner')).NetworkSettings.Networks).toEqual({});
    } finally {
      await d.docker(['rm', '-f', 'nsjoiner', 'nsowner']);
    }
  });
});
