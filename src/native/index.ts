// The native executor's public surface.
export { NativeExecutor, type NativeExecutorOptions } from './executor.js';
export { NativeContainer } from './container.js';
export { NativeProcess } from './process.js';
export { NATIVE_STATE_FILE, nativeHelper } from './paths.js';
