// Where the native helpers are: native/build/ beside dist/ (built) or src/ (tests), two
// levels up from this file either way; TANDEM_NATIVE_DIR overrides (installed layouts).
import { fileURLToPath } from 'node:url';

export type NativeHelperName = 'tandem-enter' | 'tandem-mount' | 'tandem-pause' | 'tandem-pageout' | 'tandem-drained';

export function nativeHelper(name: NativeHelperName): string {
  const dir = process.env.TANDEM_NATIVE_DIR;
  if (dir) return `${dir}/${name}`;
  return fileURLToPath(new URL(`../../native/build/${name}`, import.meta.url));
}
