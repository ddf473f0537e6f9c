// Where the native helpers are: native/build/ beside dist/ (built) or src/ (tests), two
// levels up from this file either way; TANDEM_NATIVE_DIR overrides (installed layouts).
import { fileURLToPath } from 'node:url';

export function nativeHelper(name: 'tandem-enter' | 'tandem-mount' | 'tandem-pause'): string {
  const dir = process.env.TANDEM_NATIVE_DIR;
  if (dir) return `${dir}/${name}`;
  return fileURLToPath(new URL(`../../native/build/${name}`, import.meta.url));
}

/** The executor's record in the bundle, read by `cleanup` when the daemon is gone. */
export const NATIVE_STATE_FILE = 'tandem-native.json';
