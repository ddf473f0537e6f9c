#!/bin/busybox sh
# tandem guest /init (pid 1, busybox sh). Brings the guest up, starts the agent on the virtio-serial
# port named `tandem.agent` (or a vsock port on vfkit) and powers the VM off when the agent exits, so
# the VMM process exits and the host notices.
#
# Kernel command line it reads (written by src/linuxvm/backends):
#   tandem.share=<tag>:<9p|virtiofs>[:ro]   mount a host share at /run/tandem/shares/<tag> (repeatable)
#   tandem.net=static|dhcp|none             eth0 setup (default static: QEMU user-mode NAT addresses)
#   tandem.mode=agent|shell                 `shell` is a TEST MODE: instead of the agent, run each line
#                                           read from the agent port with sh and answer with its output
#                                           and a `<<exit N>>` line (see docs/guest.md)
#   tandem.vsock=<port>                     no virtio-serial (vfkit): the agent listens on this vsock port
# Console: ttyS0 (x86) / ttyAMA0 (arm64) / hvc0 (vfkit), whatever `console=` says.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/root
umask 022

# The initramfs root ("rootfs") can never be pivoted away from, and runc pivot_root()s into each
# container's root from a mount namespace copied from ours. Re-root onto a bind mount of it (no
# copy, no extra memory), then run this script again from there.
if [ -z "$TANDEM_REROOTED" ]; then
  /bin/busybox mount --bind / /mnt && cd /mnt && /bin/busybox mount --move . / &&
    TANDEM_REROOTED=1 exec /bin/busybox chroot . /init
  echo "tandem-guest: cannot re-root; containers will need runc --no-pivot"
fi
/bin/busybox --install -s

log() { echo "tandem-guest: $*"; }
fail() { log "FATAL: $*"; sync; poweroff -f; }

# --- filesystems (CONFIG_DEVTMPFS_MOUNT is off: mount /dev ourselves) -------------------------------
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs -o mode=0755 devtmpfs /dev
mkdir -p /dev/pts /dev/shm /dev/mqueue
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5 devpts /dev/pts
ln -sf pts/ptmx /dev/ptmx
mount -t tmpfs -o mode=1777,nosuid,nodev shm /dev/shm
mount -t mqueue mqueue /dev/mqueue 2>/dev/null
mount -t cgroup2 -o nsdelegate cgroup2 /sys/fs/cgroup
mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /run
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs /tmp
ln -sf /proc/self/fd /dev/fd
ln -sf /proc/self/fd/0 /dev/stdin
ln -sf /proc/self/fd/1 /dev/stdout
ln -sf /proc/self/fd/2 /dev/stderr
# Give containers every cgroup v2 controller the kernel offers.
for c in $(cat /sys/fs/cgroup/cgroup.controllers); do echo "+$c" >> /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null; done
log "boot $(uname -r) $(uname -m)"

# --- command line ------------------------------------------------------------------------------
MODE=agent NET=static VSOCK= SHARES=
for arg in $(cat /proc/cmdline); do
  case "$arg" in
    tandem.mode=*) MODE="${arg#*=}" ;;
    tandem.net=*) NET="${arg#*=}" ;;
    tandem.vsock=*) VSOCK="${arg#*=}" ;;
    tandem.share=*) SHARES="$SHARES ${arg#*=}" ;;
  esac
done

# --- kernel modules, in the order the builder computed (dependencies first) -----------------------
if [ -f /etc/tandem/modules ]; then
  while read -r ko; do
    [ -n "$ko" ] && insmod "/lib/modules/$(uname -r)/$ko" 2>/dev/null
  done < /etc/tandem/modules
fi

# --- onboot steps from guest.yml, run in order in the root namespaces ------------------------------
if [ -d /etc/tandem/onboot ]; then
  for step in /etc/tandem/onboot/*; do [ -f "$step" ] && sh "$step"; done
fi

# --- network ---------------------------------------------------------------------------------------
ip link set lo up
hostname "$(cat /etc/hostname 2>/dev/null || echo tandem)"
if [ "$NET" != none ] && ip link show eth0 >/dev/null 2>&1; then
  ip link set eth0 up
  if [ "$NET" = dhcp ]; then
    udhcpc -i eth0 -q -n -t 10 -s /etc/tandem/udhcpc.sh >/dev/null 2>&1 || log "dhcp failed"
  else
    # QEMU user-mode networking (slirp): fixed guest address, gateway and DNS forwarder.
    ip addr add 10.0.2.15/24 dev eth0
    ip route add default via 10.0.2.2
    echo "nameserver 10.0.2.3" > /etc/resolv.conf
  fi
fi

# --- host shares -----------------------------------------------------------------------------------
for s in $SHARES; do
  tag="${s%%:*}"; rest="${s#*:}"; kind="${rest%%:*}"; ro=
  case "$rest" in *:ro) ro=,ro ;; esac
  dir="/run/tandem/shares/$tag"
  mkdir -p "$dir"
  case "$kind" in
    9p) mount -t 9p -o "trans=virtio,version=9p2000.L,msize=262144,cache=none,access=client$ro" "$tag" "$dir" ;;
    virtiofs) mount -t virtiofs -o "default_permissions${ro}" "$tag" "$dir" ;;
    *) false ;;
  esac || fail "cannot mount share $tag ($kind)"
  log "share $tag ($kind${ro}) at $dir"
done

# --- find the agent's virtio-serial port -----------------------------------------------------------
find_port() {
  for n in /sys/class/virtio-ports/*/name; do
    [ -f "$n" ] && [ "$(cat "$n")" = "$1" ] && { p="${n%/name}"; echo "/dev/${p##*/}"; return 0; }
  done
  return 1
}
PORT=
if [ -z "$VSOCK" ]; then
  i=0
  until PORT=$(find_port tandem.agent); do
    i=$((i + 1)); [ $i -gt 50 ] && fail "no virtio-serial port named tandem.agent"
    sleep 0.1
  done
fi

# --- control port: the host writes `poweroff` to stop the guest cleanly -----------------------------
AGENT_PID=
shutdown_guest() {
  log "shutdown: $1"
  [ -n "$AGENT_PID" ] && kill -TERM "$AGENT_PID" 2>/dev/null
  i=0; while [ -n "$AGENT_PID" ] && kill -0 "$AGENT_PID" 2>/dev/null && [ $i -lt 20 ]; do sleep 0.1; i=$((i + 1)); done
  sync
  for s in $SHARES; do umount "/run/tandem/shares/${s%%:*}" 2>/dev/null; done
  poweroff -f
}
CTL=$(find_port tandem.ctl)
if [ -n "$CTL" ]; then
  # Reading a virtio-serial port while no host is connected returns EOF at once: poll gently.
  ( while true; do
      while read -r cmd; do [ "$cmd" = poweroff ] && kill -USR1 1; done < "$CTL"
      sleep 0.5
    done ) &
fi
trap 'shutdown_guest "requested by host"' USR1

# --- test mode: a line-oriented shell on the agent port (documented in docs/guest.md) ---------------
test_shell() {
  exec 3<> "$PORT"
  while true; do
    while read -r line <&3; do
      sh -c "$line" >&3 2>&1 </dev/null
      echo "<<exit $?>>" >&3
    done
    sleep 0.1
  done
}

log "ready"
if [ "$MODE" = shell ]; then
  [ -n "$PORT" ] || fail "test shell needs the virtio-serial port"
  test_shell &
else
  if [ -n "$VSOCK" ]; then set -- --vsock "$VSOCK"; else set -- --port "$PORT"; fi
  # /etc/tandem/agent is written by the builder from the service command in guest.yml.
  /etc/tandem/agent "$@" &
fi
AGENT_PID=$!
# `wait` returns early when the USR1 trap fires; the trap powers off, so a plain return means exit.
wait "$AGENT_PID"
rc=$?
shutdown_guest "agent exited with status $rc"
