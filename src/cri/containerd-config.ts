// The containerd configuration that puts tandem behind the CRI plugin with its two runtime
// handlers: `tandem` (native where the host can, else the VM) and `tandem-vm` (always the VM,
// through a tandem config file `{"linuxExecutor":"vm"}` named in the handler's runtime options,
// which containerd passes to the shim as runtimeoptions.v1.Options.config_path).
// Version 2 (containerd 1.6 and 1.7) is what the integration tests run; version 3 (2.x, where
// the CRI plugin is split into io.containerd.cri.v1.runtime/images) is written from containerd's
// docs/cri/config.md and has not run here (no containerd 2.x on our machines).

export const RUNTIME_TYPE = 'io.containerd.tandem.v1';

/** The tandem config that makes every linux image run in the VM (the `tandem-vm` handler's). */
export const VM_HANDLER_CONFIG = { linuxExecutor: 'vm' } as const;

export interface CriConfigOptions {
  /** Path of a file holding VM_HANDLER_CONFIG (the caller writes it). */
  vmConfigPath: string;
  /** The pause image every pod's sandbox runs (must be in containerd's k8s.io namespace). */
  sandboxImage: string;
  /** CNI plugin binaries and network configs; empty dirs are fine for host-network pods. */
  cniBinDir: string;
  cniConfDir: string;
  /** Handler for pods with no RuntimeClass (default tandem). */
  defaultRuntime?: string;
  /** containerd's snapshotter for CRI images (default: containerd's own default). */
  snapshotter?: string;
  /** Where the Exec/Attach/PortForward streaming server listens (default 127.0.0.1, any free port). */
  streamAddress?: string;
  streamPort?: string;
}

const q = (s: string) => JSON.stringify(s); // TOML basic strings escape like JSON ones

function handlers(prefix: string, o: CriConfigOptions): string[] {
  // pod_annotations/container_annotations: tandem's own annotations (io.containerd.tandem.*,
  // e.g. publish or runtime) written on a pod or container reach the shim through the spec.
  const handler = (name: string) => [
    `[${prefix}.containerd.runtimes.${name}]`,
    `  runtime_type = ${q(RUNTIME_TYPE)}`,
    `  pod_annotations = ["io.containerd.tandem.*"]`,
    `  container_annotations = ["io.containerd.tandem.*"]`,
  ];
  return [
    `[${prefix}.containerd]`,
    `  default_runtime_name = ${q(o.defaultRuntime ?? 'tandem')}`,
    ...(o.snapshotter ? [`  snapshotter = ${q(o.snapshotter)}`] : []),
    ...handler('tandem'),
    ...handler('tandem-vm'),
    `[${prefix}.containerd.runtimes.tandem-vm.options]`,
    `  ConfigPath = ${q(o.vmConfigPath)}`,
  ];
}

/** The CRI section of a containerd 1.6/1.7 config (`version = 2`); CRI must not be disabled. */
export function criConfigV2(o: CriConfigOptions): string {
  const p = 'plugins."io.containerd.grpc.v1.cri"';
  return [
    `[${p}]`,
    `  sandbox_image = ${q(o.sandboxImage)}`,
    `  stream_server_address = ${q(o.streamAddress ?? '127.0.0.1')}`,
    `  stream_server_port = ${q(o.streamPort ?? '0')}`,
    // The sandbox asks for oom_score_adj -998; a shim or runc not allowed to lower it fails.
    '  restrict_oom_score_adj = true',
    '  enable_selinux = false',
    `[${p}.cni]`,
    `  bin_dir = ${q(o.cniBinDir)}`,
    `  conf_dir = ${q(o.cniConfDir)}`,
    ...handlers(p, o),
    '',
  ].join('\n');
}

/** The same for containerd 2.x (`version = 3`). Not run here: see the header. */
export function criConfigV3(o: CriConfigOptions): string {
  const rt = "plugins.'io.containerd.cri.v1.runtime'";
  const img = "plugins.'io.containerd.cri.v1.images'";
  const grpcCri = "plugins.'io.containerd.grpc.v1.cri'";
  return [
    `[${img}]`,
    ...(o.snapshotter ? [`  snapshotter = ${q(o.snapshotter)}`] : []),
    `[${img}.pinned_images]`,
    `  sandbox = ${q(o.sandboxImage)}`,
    `[${rt}]`,
    '  restrict_oom_score_adj = true',
    '  enable_selinux = false',
    `[${rt}.cni]`,
    `  bin_dirs = [${q(o.cniBinDir)}]`,
    `  conf_dir = ${q(o.cniConfDir)}`,
    ...handlers(rt, { ...o, snapshotter: undefined }),
    `[${grpcCri}]`,
    `  stream_server_address = ${q(o.streamAddress ?? '127.0.0.1')}`,
    `  stream_server_port = ${q(o.streamPort ?? '0')}`,
    '',
  ].join('\n');
}
