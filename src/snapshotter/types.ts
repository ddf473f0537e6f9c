// The snapshotter contract, in containerd's terms (core/snapshots/snapshotter.go), shared by
// the clone snapshotter class, the gRPC client that reaches it (directly or through
// containerd) and the conformance suite that runs against both.

export enum Kind {
  Unknown = 0,
  View = 1,
  Active = 2,
  Committed = 3,
}

export type Labels = Record<string, string>;

export interface Info {
  name: string;
  /** Name of the committed parent, '' for none. */
  parent: string;
  kind: Kind;
  /** Nanoseconds since the epoch (containerd keeps nanoseconds, and its test suite checks them). */
  created: bigint;
  updated: bigint;
  labels: Labels;
}

export interface Mount {
  type: string;
  source: string;
  target?: string;
  options: string[];
}

export interface Usage {
  /** Bytes on disk (st_blocks × 512 of each inode counted once). */
  size: number;
  inodes: number;
}

export interface Snapshotter {
  prepare(key: string, parent: string, labels?: Labels): Promise<Mount[]>;
  view(key: string, parent: string, labels?: Labels): Promise<Mount[]>;
  mounts(key: string): Promise<Mount[]>;
  commit(name: string, key: string, labels?: Labels): Promise<void>;
  remove(key: string): Promise<void>;
  stat(key: string): Promise<Info>;
  /** fieldpaths: `labels` or `labels.<key>`; none means "replace the labels". */
  update(info: Pick<Info, 'name' | 'labels'> & Partial<Info>, fieldpaths?: string[]): Promise<Info>;
  /** Filters are OR-ed; the selectors inside one filter (comma-separated) are AND-ed. */
  list(filters?: string[]): Promise<Info[]>;
  usage(key: string): Promise<Usage>;
  cleanup(): Promise<void>;
  close(): Promise<void>;
}

/** containerd's labels.Validate: key plus value at most 4096 bytes. */
export const MAX_LABEL_BYTES = 4096;
