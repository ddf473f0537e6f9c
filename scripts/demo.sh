#!/usr/bin/env bash
# The main job, as a person uses tandem: `tandem up` (a private containerd whose default runtime
# is tandem, its snapshotter, the Docker endpoint and the guest image, in a throw-away state
# directory), then through the docker CLI a native container, a linux container in the VM and an
# arm64 one (`--platform linux/arm64`, qemu-user in the same VM) side by side, what each ran on
# and how long each step took, then `tandem down`, leaving nothing.
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
echo "== images: the sample busybox (docker load), and busybox for linux/amd64 + linux/arm64 as one index"
docker load -i images/out/busybox.tar | sed 's/^/   /'
multi=docker.io/tandem/busybox-multi:latest
node bin/tandem image busybox --platform linux/amd64,linux/arm64 --name "$multi" --out "$state/multi.tar" >/dev/null
ctr images import --all-platforms "$state/multi.tar" >/dev/null # into the namespace the Docker endpoint serves
img=tandem/busybox:latest
script='echo "$(uname -m) kernel $(uname -r)"; for i in 1 2 3; do echo "tick $i"; sleep 1; done'

echo "== host: $(uname -m) kernel $(uname -r)"
echo "== side by side through the docker CLI: native, linux in the VM, linux/arm64 in the VM"
timed() {
  local name=$1 t
  shift
  t=$(now)
  "$@" | sed "s/^/[$name] /"
  echo "[$name] done in $(secs "$t" "$(now)")"
}
timed native docker run --rm "$img" sh -c "$script" &
n=$!
timed vm docker run --rm --runtime tandem-vm "$img" sh -c "$script" &
v=$!
timed arm64 docker run --rm --platform linux/arm64 "$multi" sh -c "$script" &
a=$!
wait $n $v $a
echo "== what runs now"
tandem status | sed 's/^/   /'
echo "== timing: tandem up $t_up (guest image from the cache or built); the VM containers' times include the first VM boot"
cat <<EOF2
== next, in your own shell (as root):
   tandem up                     # the default state dir: ~/.local/share/tandem
   eval "\$(tandem env)"
   tandem image busybox --out /tmp/busybox.tar && docker load -i /tmp/busybox.tar
   docker run --rm -it tandem/busybox sh; docker run --rm --runtime tandem-vm tandem/busybox uname -r
   tandem status; tandem logs -f; tandem doctor; tandem down
EOF2
