import { expect, test } from 'vitest';
import { chooseManifest, type OciIndex } from './oci.js';

const index = (...platforms: string[]): OciIndex => ({
  schemaVersion: 2,
  manifests: platforms.map((p, i) => {
    const [os, architecture, variant] = p.split('/');
    return {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${i}`,
      size: 1,
      platform: { os: os!, architecture: architecture!, variant },
    };
  }),
});

test('pull picks what this host runs, or the platform asked for', () => {
  const host = process.arch === 'x64' ? 'linux/amd64' : 'linux/arm64';
  const i = index('linux/arm/v7', 'linux/arm64', 'linux/amd64', 'linux/s390x');
  expect(chooseManifest(i, undefined, 'x').platform).toMatchObject({ os: 'linux', architecture: host.split('/')[1] });
  expect(chooseManifest(i, { os: 'linux', architecture: 's390x' }, 'x').digest).toBe('sha256:3');
});

test('an index without a manifest tandem can run: the error lists the platforms the image has', () => {
  expect(() => chooseManifest(index('windows/amd64', 'linux/s390x'), undefined, 'docker.io/library/x:1')).toThrow(
    /^image docker\.io\/library\/x:1 has no manifest for linux\/\w+.*: it has windows\/amd64, linux\/s390x \(choose one with --platform\)$/,
  );
});
