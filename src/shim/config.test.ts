import { describe, expect, it } from 'vitest';
import { runtimeoptions } from '../generated/protos.js';
import { configPathFromOptions } from './config.js';

describe('runtime options', () => {
  const value = runtimeoptions.v1.Options.encode({ configPath: '/etc/tandem/vm.json' }).finish();
  it('reads config_path from runtimeoptions.v1.Options (ctr --runtime-config-path, CRI handler options)', () => {
    expect(configPathFromOptions({ type_url: 'runtimeoptions.v1.Options', value })).toBe('/etc/tandem/vm.json');
    expect(configPathFromOptions({ value })).toBe('/etc/tandem/vm.json');
  });
  it("ignores runc's options (ctr's default runtime name, served by tandem in tandem up)", () => {
    expect(configPathFromOptions({ type_url: 'containerd.runc.v1.Options', value })).toBeUndefined();
    expect(configPathFromOptions(undefined)).toBeUndefined();
  });
});
