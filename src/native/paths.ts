// The native helpers' paths live in common/ (the VM backend runs one too).
export { nativeHelper } from '../common/native-helper.js';

/** The executor's record in the bundle, read by `cleanup` when the daemon is gone. */
export const NATIVE_STATE_FILE = 'tandem-native.json';
