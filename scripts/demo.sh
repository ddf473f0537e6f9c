#!/usr/bin/env bash
# The main job, as a person uses tandem: `tandem up` (a private containerd whose default runtime
# is tandem, its snapshotter and the guest image, in a throw-away state directory), a native
# container and a VM container side by side through it with plain `ctr run` (no --runtime
# flag), what each ran on and how long each step took, then `tandem down`, leaving nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

state=$(mktemp -d /tmp/tandem-demo.XXXXXX)
tandem() { node bin/tandem "$@" --state-dir "$state"; }
now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f s", (b - a) / 1e9 }'; }
finish() {
  local t0
  t0=$(now)
  echo "== tandem down"
  if tandem down --purge; then echo "   down: $(secs "$t0" "$(now)")"; else echo "tandem down failed: see $state/logs" >&2; fi
}
trap finish EXIT

t0=$(now)
echo "== tandem up"
tandem up | sed 's/^/   /'
t_up=$(secs "$t0" "$(now)")

eval "$(tandem env)"
export CONTAINERD_NAMESPACE=demo
echo "== importing the sample image"
ctr images import images/out/busybox.tar >/dev/null
img=docker.io/tandem/busybox:latest
script='echo "kernel: $(uname -r)  hostname-file: $(cat /etc/hostname)"; for i in 1 2 3; do echo "tick $i"; sleep 1; done'

echo "== host kernel: $(uname -r)"
echo "== a native container and a VM container side by side (plain ctr run: tandem is the default runtime)"
timed() {
  local name=$1 t
  shift
  t=$(now)
  "$@" | sed "s/^/[$name] /"
  echo "[$name] done in $(secs "$t" "$(now)")"
}
timed native ctr run --rm "$img" native-demo sh -c "$script" &
n=$!
timed vm ctr run --rm --annotation io.containerd.tandem.runtime=vm "$img" vm-demo sh -c "$script" &
v=$!
wait $n $v
echo "== what runs now"
tandem status | sed 's/^/   /'
echo "== timing: tandem up $t_up (guest image from the cache or built), the VM container's time includes the first VM boot"
cat <<EOF2
== next, in your own shell (as root):
   tandem up                     # the default state dir: ~/.local/share/tandem
   eval "\$(tandem env)"
   tandem image busybox --out /tmp/busybox.tar && ctr images import /tmp/busybox.tar
   ctr run --rm -t docker.io/tandem/busybox:latest c1 sh
   tandem status; tandem logs -f; tandem doctor; tandem down
EOF2
