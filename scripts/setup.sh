#!/usr/bin/env bash
# Puts a fresh Debian 12 machine in shape for tandem: system packages (as root), npm ci, the
# build. Without root it only says exactly what is missing. Safe to run again: it skips what is
# already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# command → Debian package providing it
declare -A NEED=(
  [containerd]=containerd [ctr]=containerd [runc]=runc
  [qemu-system-x86_64]=qemu-system-x86 [qemu-system-aarch64]=qemu-system-arm [qemu-img]=qemu-utils
  [busybox]=busybox-static [bindfs]=bindfs [mkfs.xfs]=xfsprogs [mkfs.btrfs]=btrfs-progs [mkfs.ext4]=e2fsprogs
  [cpio]=cpio [modprobe]=kmod [fusermount3]=fuse3 [mkfs.erofs]=erofs-utils
  [file]=file [docker-registry]=docker-registry [docker-compose]=docker-compose [skopeo]=skopeo [ip]=iproute2 [script]=bsdutils [tini-static]=tini [xz]=xz-utils [bzip2]=bzip2 [zstd]=zstd [/usr/lib/qemu/virtiofsd]=qemu-system-common [losetup]=mount [make]=make [cc]=gcc [g++]=g++ [python3]=python3
)
missing=()
for cmd in "${!NEED[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${NEED[$cmd]}")
done
# busybox must be the static one: it is copied into images and the guest.
if command -v busybox >/dev/null && ! file -L "$(command -v busybox)" 2>/dev/null | grep -q static; then missing+=(busybox-static); fi
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u | sed '/^$/d')

# The arm64 guest (what Macs boot) is assembled from Debian's arm64 packages: only downloaded
# and unpacked, never installed, but apt must know the architecture.
need_arm64=0
if ! dpkg --print-foreign-architectures 2>/dev/null | grep -qx arm64; then need_arm64=1; fi

if ((${#missing[@]} || need_arm64)); then
  if [[ $(id -u) -ne 0 ]]; then
    ((${#missing[@]})) && echo "tandem setup: missing Debian packages: ${missing[*]}" >&2
    ((need_arm64)) && echo "tandem setup: apt does not know arm64 (for the arm64 guest): dpkg --add-architecture arm64 && apt-get update" >&2
    echo "run this as root, or install the above yourself" >&2
    exit 1
  fi
  if ((need_arm64)); then dpkg --add-architecture arm64; fi
  apt-get update -q
  if ((${#missing[@]})); then
    echo "tandem setup: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" file
  fi
fi

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
npm run -s build
mkdir -p images/out
[[ -f images/out/busybox.tar ]] || node bin/tandem image busybox --out images/out/busybox.tar >/dev/null
# `tandem` (and the shim) on PATH, from this checkout, so `tandem up` works from any shell.
if [[ $(id -u) -eq 0 && "$(readlink -f "$(command -v tandem 2>/dev/null)" 2>/dev/null)" != "$PWD/bin/tandem" ]]; then
  npm link --no-audit --no-fund >/dev/null
fi
