// npm's preinstall step (before npm links the package's bins; also on `npm install -g tandem-<v>.tgz`): builds the small C helpers of
// native/ for this host and links the shim binary containerd looks up on PATH to the built one.
// A tarball holds no symlinks, so bin/containerd-shim-tandem-v1 is made here when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, symlinkSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
try {
  execFileSync('make', ['-s', '-C', `${root}native`], { stdio: 'inherit' });
} catch {
  process.stderr.write(
    'tandem: building native/ failed: a C compiler and make are needed (Debian: apt-get install gcc make; macOS: xcode-select --install)\n',
  );
  process.exit(1);
}
const shim = `${root}bin/containerd-shim-tandem-v1`;
let present = false;
try {
  present = !!lstatSync(shim);
} catch {}
if (!present) symlinkSync('../native/build/tandem-shim', shim);
if (!existsSync(shim)) {
  process.stderr.write(`tandem: ${shim} does not lead to a built shim\n`);
  process.exit(1);
}
