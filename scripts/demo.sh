#!/usr/bin/env bash
# The main job: a private containerd (own root, state, sockets under a temp dir) with tandem,
# running a native container and a VM container side by side, then cleaning up.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node bin/tandem guest build --arch amd64 >/dev/null

dir=$(mktemp -d /tmp/tandem-demo.XXXXXX)
ns=demo
cat >"$dir/config.toml" <<TOML
version = 2
root = "$dir/root"
state = "$dir/state"
disabled_plugins = ["io.containerd.grpc.v1.cri"]
[grpc]
  address = "$dir/containerd.sock"
[ttrpc]
  address = "$dir/containerd.sock.ttrpc"
[plugins."io.containerd.internal.v1.opt"]
  path = "$dir/opt"
TOML
export PATH="$PWD/bin:$PATH" TANDEM_STATE_DIR="$dir/tandem"
containerd --config "$dir/config.toml" >"$dir/containerd.log" 2>&1 &
cd_pid=$!
ctr_() { ctr --address "$dir/containerd.sock" -n "$ns" "$@"; }
cleanup() {
  ctr_ tasks kill -s SIGKILL native-demo 2>/dev/null || true
  ctr_ tasks kill -s SIGKILL vm-demo 2>/dev/null || true
  sleep 1
  ctr_ tasks delete native-demo vm-demo 2>/dev/null || true
  ctr_ containers delete native-demo vm-demo 2>/dev/null || true
  kill "$cd_pid" 2>/dev/null || true
  wait "$cd_pid" 2>/dev/null || true
  # The VM belongs to the state directory's VM daemon, which keeps it for a while after its
  # last container (TANDEM_VM_IDLE_TIMEOUT_MS): stop it now. The shim daemon leaves a few
  # seconds after its last container; then nothing of ours is left running or mounted under $dir.
  node bin/tandem vm stop --force 2>/dev/null || true
  for _ in $(seq 150); do pgrep -f "$dir" >/dev/null || break; sleep 0.1; done
  pkill -f "$dir" 2>/dev/null || true
  for m in $(awk '{print $5}' /proc/self/mountinfo | grep "^$dir" | sort -r); do umount -l "$m" || true; done
  if awk '{print $5}' /proc/self/mountinfo | grep -q "^$dir"; then
    echo "leaving $dir in place: something is still mounted there" >&2
  else
    rm -rf "$dir"
  fi
}
trap cleanup EXIT
for _ in $(seq 100); do ctr_ version >/dev/null 2>&1 && break; sleep 0.1; done

echo "== importing the sample image"
ctr_ images import images/out/busybox.tar
img=docker.io/tandem/busybox:latest
script='echo "kernel: $(uname -r)  hostname-file: $(cat /etc/hostname)"; for i in 1 2 3; do echo "tick $i"; sleep 1; done'

echo "== host kernel: $(uname -r)"
echo "== starting a native container and a VM container side by side"
ctr_ run --rm --runtime io.containerd.tandem.v1 "$img" native-demo sh -c "$script" | sed 's/^/[native] /' &
n=$!
ctr_ run --rm --runtime io.containerd.tandem.v1 --annotation io.containerd.tandem.runtime=vm "$img" vm-demo sh -c "$script" | sed 's/^/[vm]     /' &
v=$!
wait $n $v
echo "== the shared VM (one per tandem state directory, shared by every namespace):"
node bin/tandem vm status | grep -E '"(generation|backend|accelerator|kernelRelease|clients)"' | sed 's/^ */   /'
echo "== both containers exited; tasks left: $(ctr_ tasks ls -q | wc -l)"
