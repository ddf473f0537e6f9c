#!/bin/busybox sh
# tandem guest /init (pid 1, busybox sh). Brings the guest up, starts the agent on the virtio-serial
# port named `tandem.agent` (or, on vfkit, on a unix socket that socat relays a vsock port to) and
# powers the VM off when the agent exits, so the VMM process exits and the host notices.
#
# Kernel command line it reads (written by src/linuxvm/backends):
#   tandem.share=<tag>:<9p|virtiofs>[:ro]   mount a host share at /run/tandem/shares/<tag> (repeatable)
#   tandem.net=static|dhcp|none             eth0 setup (default static: QEMU user-mode NAT addresses)
#   tandem.mode=agent|shell                 `shell` is a TEST MODE: instead of the agent, run each line
#                                           read from the agent port with sh and answer with its output
#                                           and a `<<exit N>>` line (see docs/guest.md)
#   tandem.runtime=crun|runc                the OCI runtime the agent runs containers with (default runc)
#   tandem.template=1                       this boot will be saved and restored (docs/guest.md): mount no
#                                           share (QEMU cannot save a VM with a mounted 9p share); the
#                                           agent mounts them at its first Hello (TANDEM_DEFERRED_SHARES)
#   tandem.snapshot=on                      start the agent from its start-up snapshot (/etc/tandem/agent);
#                                           if node exits refusing the blob, start it again from its bundle
#   tandem.vsock=<port>                     no virtio-serial agent port (vfkit): the agent listens on a unix
#                                           socket and socat relays each connection to this vsock port to it
#   tandem.vsockfront=<tcp port>            TEST MODE, with tandem.vsock: also relay each TCP connection to
#                                           this guest port to the vsock port over the vsock loopback
#                                           transport, so a host without vsock (QEMU here) drives that path
# Console: ttyS0 (x86) / ttyAMA0 (arm64) / hvc0 (vfkit), whatever `console=` says.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/root
umask 022
# Console lines carry the guest's uptime so boot phases can be timed from the boot log.
log() { read -r up _ < /proc/uptime 2>/dev/null; echo "tandem-guest: [${up:-?}] $*"; }
fail() { log "FATAL: $*"; sync; /bin/busybox poweroff -f; }

# Stage 1 (the small initramfs): load modules, mount the read-only system image (EROFS on
# the first virtio disk) under a tmpfs overlay and switch_root into it. The initramfs root can
# never be pivoted away from, and runc pivot_root()s into every container, so the guest must not
# stay on it. Stage 2 is this same script, run again from the system image.
if [ "$TANDEM_STAGE" != 2 ]; then
  /bin/busybox --install -s
  mount -t proc proc /proc
  mount -t sysfs sysfs /sys
  mount -t devtmpfs -o mode=0755 devtmpfs /dev
  log "stage 1"
  disk=vda loop= vsock= ninep= pci=
  # x86 under QEMU is a microvm: virtio-mmio only, no PCI device to drive (vfkit and arm64 have some).
  set -- /sys/bus/pci/devices/*
  [ -e "$1" ] && pci=1
  for arg in $(cat /proc/cmdline); do
    case "$arg" in
      tandem.sysdisk=*) disk="${arg#*=}" ;;
      tandem.vsockfront=*) loop=1 ;;
      tandem.vsock=*) vsock=1 ;;
      tandem.share=*:9p | tandem.share=*:9p:*) ninep=1 ;;
    esac
  done
  late=
  while read -r ko; do
    # Each insmod is a process and a module load (~15 ms under TCG): skip what this boot's
    # command line does not use. vsock is not namespaced: with the loopback transport any
    # container in the guest could dial the agent's vsock port; only the vsock test mode needs it.
    case "$ko" in
      */vsock_loopback.ko) [ -n "$loop" ] || continue ;;
      */vmw_vsock/*) [ -n "$vsock" ] || continue ;;
      */9p/* | */netfs/* | */fscache/*) [ -n "$ninep" ] || continue ;;
      */virtio/virtio_pci*) [ -n "$pci" ] || continue ;;
    esac
    [ -n "$ko" ] || continue
    # Only what reaches the agent now (the buses, the system disk and root, the agent's port, and
    # vsock when the agent listens there); stage 2 loads the rest beside the agent's start.
    case "$ko" in
      */virtio_balloon.ko) late="$late $ko" ;;
      */virtio/* | */virtio_console.ko | */virtio_blk.ko | */overlayfs/* | */erofs/* | */libcrc32c.ko | */crc32c_generic.ko | */vmw_vsock/* | */vsock_loopback.ko)
        insmod "/lib/modules/$(uname -r)/$ko" 2>/dev/null ;;
      *) late="$late $ko" ;;
    esac
  done < /etc/tandem/modules
  # A console on a module-driven device (vfkit: hvc0 from virtio_console) did not exist when the
  # kernel opened /dev/console for us: reopen it now that the driver is loaded.
  for arg in $(cat /proc/cmdline); do case "$arg" in console=*) con="${arg#console=}"; con="${con%%,*}" ;; esac; done
  case "$con" in hvc*) [ -c "/dev/$con" ] && exec </dev/null >"/dev/$con" 2>&1 ;; esac
  log "modules loaded"
  i=0; until [ -b "/dev/$disk" ]; do i=$((i + 1)); [ $i -gt 100 ] && fail "no system disk /dev/$disk"; sleep 0.05; done
  mkdir -p /mnt/sys /mnt/rw /mnt/root
  # noacl, nouser_xattr: the image has no ACLs or xattrs (mkfs.erofs -x-1), so there is nothing
  # for them to look up (an A/B with and without them showed no difference above the noise).
  mount -t erofs -o ro,noacl,nouser_xattr "/dev/$disk" /mnt/sys || fail "cannot mount the system image /dev/$disk"
  mount -t tmpfs -o mode=0755 tmpfs /mnt/rw
  mkdir -p /mnt/rw/upper /mnt/rw/work /mnt/rw/late
  # The initramfs is gone after switch_root: the late modules go along on the root's tmpfs (stage 2
  # loads them in this order and removes them).
  # (one cp: under TCG each process costs ~15 ms).
  if [ -n "$late" ]; then
    (cd "/lib/modules/$(uname -r)" && cp $late /mnt/rw/late/) || fail "cannot copy the late modules"
    for ko in $late; do echo "${ko##*/}"; done > /mnt/rw/late/order
  fi
  mount -t overlay -o lowerdir=/mnt/sys,upperdir=/mnt/rw/upper,workdir=/mnt/rw/work overlay /mnt/root || fail "cannot mount the root overlay"
  mkdir -p /mnt/root/.system /mnt/root/.rw
  mount --move /mnt/sys /mnt/root/.system
  mount --move /mnt/rw /mnt/root/.rw
  umount /proc /sys
  mount --move /dev /mnt/root/dev
  export TANDEM_STAGE=2
  exec switch_root /mnt/root /init
fi

# Stage 2 -----------------------------------------------------------------------------------------
/bin/busybox --install -s 2>/dev/null

# --- filesystems (CONFIG_DEVTMPFS_MOUNT is off: /dev is the devtmpfs stage 1 mounted) -------------
mount -t proc proc /proc
mount -t sysfs sysfs /sys
grep -q '^devtmpfs /dev ' /proc/mounts || mount -t devtmpfs -o mode=0755 devtmpfs /dev
mkdir -p /dev/pts /dev/shm /dev/mqueue
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5 devpts /dev/pts
ln -sf pts/ptmx /dev/ptmx
mount -t tmpfs -o mode=1777,nosuid,nodev shm /dev/shm
mount -t mqueue mqueue /dev/mqueue 2>/dev/null
mount -t cgroup2 -o nsdelegate cgroup2 /sys/fs/cgroup
# The agent sees a container's output port end in debugfs (src/linuxvm/guest/output-ports.ts).
mount -t debugfs -o mode=0700 debugfs /sys/kernel/debug 2>/dev/null
mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /run
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs /tmp
ln -sf /proc/self/fd /dev/fd
ln -sf /proc/self/fd/0 /dev/stdin
ln -sf /proc/self/fd/1 /dev/stdout
ln -sf /proc/self/fd/2 /dev/stderr
# Give containers every cgroup v2 controller the kernel offers.
for c in $(cat /sys/fs/cgroup/cgroup.controllers); do echo "+$c" >> /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null; done
# An empty cgroup for the guest's life: the kernel patches its own code (static keys: memcg's kmem
# accounting, cpusets, socket memcg; CFS bandwidth for a CPU quota) when the first child cgroup
# (with a quota) comes and again when the last goes, and under TCG a vCPU running the page
# allocator during that patching could be left spinning on a breakpoint the patch had already
# removed (both vCPUs, with a container's first cgroup mkdir in __alloc_pages: docs/guest.md, "The
# guest's lockup"). Patched once here, before any container or the agent runs, and a template is
# saved with it patched. The quota (10 CPUs) never limits anything: no process joins this cgroup.
mkdir -p /sys/fs/cgroup/tandem.keys
echo "1000000 100000" > /sys/fs/cgroup/tandem.keys/cpu.max 2>/dev/null
log "boot $(uname -r) $(uname -m)"

# --- command line ------------------------------------------------------------------------------
MODE=agent NET=static VSOCK= VSOCKFRONT= SHARES= RUNTIME=runc TEMPLATE= SNAPSHOT= RECLAIM=0
for arg in $(cat /proc/cmdline); do
  case "$arg" in
    tandem.snapshot=*) SNAPSHOT="${arg#*=}" ;;
    tandem.mode=*) MODE="${arg#*=}" ;;
    tandem.net=*) NET="${arg#*=}" ;;
    tandem.vsock=*) VSOCK="${arg#*=}" ;;
    tandem.runtime=*) RUNTIME="${arg#*=}" ;;
    tandem.reclaim=*) RECLAIM="${arg#*=}" ;;
    tandem.template=*) TEMPLATE="${arg#*=}" ;;
    tandem.vsockfront=*) VSOCKFRONT="${arg#*=}" ;;
    tandem.share=*) SHARES="$SHARES ${arg#*=}" ;;
  esac
done

# --- late boot: what containers need but the agent's start does not -------------------------------
# Runs beside the agent's start (node loading the agent is the longest step of a cold start): the
# modules stage 1 left, the onboot steps, the network and the host shares. The agent answers its
# first Hello only once $TANDEM_BOOT_DONE exists, so no container sees a guest without them; a
# step that fails powers the guest off (fail), as it did when this ran before the agent.
if [ "$TEMPLATE" = 1 ]; then
  export TANDEM_DEFERRED_SHARES="${SHARES# }"
  log "shares deferred to the agent's first hello (template)"
  SHARES_NOW=
else
  SHARES_NOW=$SHARES
fi
late_boot() {
  # crun re-executes itself before every command, from a copy or a private read-only mount of its
  # binary, unless that binary sits on a read-only filesystem (its guard against a container
  # overwriting it through /proc/self/exe, CVE-2019-5736). The root overlay is writable: bind it
  # from the EROFS system image, read-only for good (measured in docs/guest.md: a warm start and an
  # exec each ~150 ms faster under TCG).
  if [ -f /.system/usr/bin/crun ]; then
    mount --bind /.system/usr/bin/crun /usr/bin/crun || fail "cannot bind /usr/bin/crun read-only"
  fi
  if [ -f /.rw/late/order ]; then
    while read -r ko; do insmod "/.rw/late/$ko" 2>/dev/null; done < /.rw/late/order
    rm -rf /.rw/late
    log "late modules loaded"
  fi
  # Free page reporting gives the host back only free blocks of at least this order; virtio_balloon
  # sets 9 (2 MiB) as it registers, which overrides the kernel parameter. What a container's start
  # frees lies in smaller pieces between pages still in use, so at 9 a restored VM kept ~22 MiB more
  # after 10 containers; at 0 warm starts and execs measured no slower (docs/guest.md).
  pro=/sys/module/page_reporting/parameters/page_reporting_order
  if [ -w "$pro" ]; then echo 0 > "$pro" || fail "cannot set $pro"; fi
  # A compressed swap in RAM for the idle agent's heap; the agent turns it on when it first gives
  # memory back (src/linuxvm/guest/reclaim.ts). Containers never swap, as without it: their parent
  # cgroup (spec.ts) allows them none. Without either the guest runs on, keeping more memory.
  if [ -e /sys/block/zram0 ] && mkdir -p /sys/fs/cgroup/tandem && echo 0 > /sys/fs/cgroup/tandem/memory.swap.max &&
    echo 64M > /sys/block/zram0/disksize && mkswap /dev/zram0 >/dev/null; then
    :
  else
    log "no zram swap for the idle agent"
  fi
  # onboot steps from guest.yml, run in order in the root namespaces
  if [ -d /etc/tandem/onboot ]; then
    for step in /etc/tandem/onboot/*; do [ -f "$step" ] && sh "$step"; done
  fi
  # network
  ip link set lo up
  hostname "$(cat /etc/hostname 2>/dev/null || echo tandem)"
  if [ "$NET" != none ] && ip link show eth0 >/dev/null 2>&1; then
    ip link set eth0 up
    if [ "$NET" = dhcp ]; then
      udhcpc -i eth0 -q -n -t 10 -s /etc/tandem/udhcpc.sh >/dev/null 2>&1 || log "dhcp failed"
      # The host learns the address from this line (vfkit's NAT has no port forwarding of its own).
      log "ip $(ip -4 -o addr show eth0 | awk '{print $4}')"
    else
      # QEMU user-mode networking (slirp): fixed guest address, gateway and DNS forwarder.
      ip addr add 10.0.2.15/24 dev eth0
      ip route add default via 10.0.2.2
      echo "nameserver 10.0.2.3" > /etc/resolv.conf
    fi
  fi
  # host shares
  for s in $SHARES_NOW; do
    tag="${s%%:*}"; rest="${s#*:}"; kind="${rest%%:*}"; ro=
    case "$rest" in *:ro) ro=,ro ;; esac
    dir="/run/tandem/shares/$tag"
    mkdir -p "$dir"
    case "$kind" in
      9p) mount -t 9p -o "trans=virtio,version=9p2000.L,msize=262144,cache=none,access=client$ro" "$tag" "$dir" ;;
      virtiofs) mount -t virtiofs ${ro:+-o ro} "$tag" "$dir" ;;
      *) false ;;
    esac || fail "cannot mount share $tag ($kind)"
    log "share $tag ($kind${ro}) at $dir"
  done
  : > "$TANDEM_BOOT_DONE"
  log "late boot done"
}
mkdir -p /run/tandem
export TANDEM_BOOT_DONE=/run/tandem/boot.done
late_boot &
LATE_PID=$!

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
# The host asks for a clean stop through the agent (Agent.Poweroff), which signals us.
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

# --- vsock (vfkit): the agent on a unix socket, socat in front ------------------------------------
# Node 18 cannot open AF_VSOCK sockets. vfkit dials the guest's vsock port once per host
# connection; socat accepts each and forks a child that connects to the agent's unix socket, so
# one host connection is one agent connection and its close is the host going away (the agent's
# orphan timer sees it as it sees EOF on a virtio-serial port). The child retries until node
# listens (it starts after `ready`): a host that connects at the ready marker waits, as its bytes
# would wait in a virtio-serial port.
AGENT_SOCK=/run/tandem/agent.sock
# bridge NAME ADDRESS1 ADDRESS2: socat in the background, notices in /run/tandem/NAME.log;
# returns once it listens, so `ready` is never printed before a host can connect.
bridge() {
  blog="/run/tandem/$1.log"; shift
  socat -d -d -lf "$blog" "$@" &
  bpid=$!
  i=0
  until grep -q ' listening on ' "$blog" 2>/dev/null; do
    kill -0 "$bpid" 2>/dev/null || fail "socat $1 exited: $(tail -n 3 "$blog" 2>/dev/null)"
    i=$((i + 1)); [ $i -gt 200 ] && fail "socat $1 is not listening after 10 s"
    sleep 0.05
  done
  log "socat $1 <-> $2"
}
if [ -n "$VSOCK" ]; then
  mkdir -p /run/tandem
  bridge vsock "VSOCK-LISTEN:$VSOCK,fork,reuseaddr" "UNIX-CONNECT:$AGENT_SOCK,forever,interval=0.2"
  # Test mode: TCP (a QEMU host port forward) -> vsock loopback (CID 1) -> the bridge above.
  [ -n "$VSOCKFRONT" ] && bridge vsockfront "TCP-LISTEN:$VSOCKFRONT,fork,reuseaddr" "VSOCK-CONNECT:1:$VSOCK"
elif [ -n "$VSOCKFRONT" ]; then
  fail "tandem.vsockfront needs tandem.vsock"
fi

# Linux fixes a file's readahead when the file is opened. So node's files (the list the image
# builder wrote) are read whole here, in large reads, and then the system disk's readahead is off
# while node opens them: the agent's start faults on cached pages, and what it runs after its idle
# reclaim comes back a page at a time, not 128 KiB around each (src/linuxvm/guest/readahead.ts).
# The agent sets the disk's own readahead back as it starts (TANDEM_READAHEAD).
SYSDEV=$(awk '$2 == "/.system" { print $1 }' /proc/mounts)
RA_FILE="/sys/block/${SYSDEV#/dev/}/queue/read_ahead_kb"
RA_WAS=$(cat "$RA_FILE" 2>/dev/null)
agent_readahead_off() {
  { [ -n "$SYSDEV" ] && [ -n "$RA_WAS" ] && [ -w "$RA_FILE" ] && [ -f /etc/tandem/agent.files ]; } || return 0
  echo 4096 > "$RA_FILE" # 4 MiB reads: fewer requests than 128 KiB ones, each a round trip under TCG
  # One path per line, none with spaces (image/build.ts): split by the shell on purpose.
  cat $(cat /etc/tandem/agent.files) > /dev/null 2>&1
  export TANDEM_READAHEAD="$RA_FILE=$RA_WAS"
  echo 0 > "$RA_FILE"
}
# The agent runs in a cgroup of its own, so that its page cache (what agent_readahead_off read
# included) is charged there and it can give that back when idle (src/linuxvm/guest/reclaim.ts);
# what it spawns starts there too (crun moves each container into the container's own).
start_agent() {
  mkdir -p /sys/fs/cgroup/tandem.agent
  { echo 0 > /sys/fs/cgroup/tandem.agent/cgroup.procs; agent_readahead_off; exec /etc/tandem/agent "$@"; } &
}

mkdir -p /run/tandem # the agent's marker and sockets (no share may have made it)
log "ready"
if [ "$MODE" = shell ]; then
  [ -n "$PORT" ] || fail "test shell needs the virtio-serial port"
  wait "$LATE_PID" # the shell's first line may need a share or the network
  test_shell &
else
  if [ -n "$VSOCK" ]; then set -- --listen "$AGENT_SOCK"; else set -- --port "$PORT"; fi
  set -- "$@" --runtime "$RUNTIME" --idle-reclaim-ms "$RECLAIM"
  # /etc/tandem/agent is written by the builder from the service command in guest.yml.
  start_agent "$@"
fi
AGENT_PID=$!
# `wait` returns early when the USR1 trap fires; the trap powers off, so a plain return means exit.
wait "$AGENT_PID"
rc=$?
# A start-up snapshot this guest's V8 refuses (made for other CPU features or V8 flags) ends node
# before the agent starts, with status 1 and no marker (guest/snapshot.ts writes it once the blob
# has loaded): start the agent once more, from its bundle.
if [ "$MODE" = agent ] && [ "$SNAPSHOT" = on ] && [ "$rc" = 1 ] && [ ! -e /run/tandem/agent.from-snapshot ]; then
  log "the agent's start-up snapshot did not load (node's message above); starting the agent from its bundle"
  export TANDEM_AGENT_SNAPSHOT=off
  start_agent "$@"
  AGENT_PID=$!
  wait "$AGENT_PID"
  rc=$?
fi
shutdown_guest "agent exited with status $rc"
