# onboot step `binfmt` (guest.yml): lets the guest run programs of other architectures. Registers
# with binfmt_misc, in this order:
#   - Rosetta for x86_64, when the VMM shares it (vfkit on Apple silicon: tandem.rosetta=<virtiofs
#     tag> on the kernel command line; flags CF as Apple documents), instead of qemu-x86_64;
#   - every entry under /etc/binfmt.d: Debian's qemu-user-static emulators (flags OPF: F makes the
#     kernel open the emulator now, so it also runs inside container roots, which have none).
# Run by /init (sh) in the root namespaces after /proc, /sys and /run are mounted.
log() { read -r up _ < /proc/uptime 2>/dev/null; echo "tandem-guest: [${up:-?}] $*"; }
BINFMT=/proc/sys/fs/binfmt_misc
mount -t binfmt_misc binfmt_misc "$BINFMT" || { log "binfmt: binfmt_misc unavailable: no foreign architectures"; exit 0; }
ROSETTA=
for arg in $(cat /proc/cmdline); do case "$arg" in tandem.rosetta=*) ROSETTA="${arg#*=}" ;; esac; done
if [ -n "$ROSETTA" ]; then
  mkdir -p /run/tandem/rosetta
  if mount -t virtiofs -o ro "$ROSETTA" /run/tandem/rosetta 2>/dev/null && [ -x /run/tandem/rosetta/rosetta ] &&
    printf '%s\n' ':rosetta:M::\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00:\xff\xff\xff\xff\xff\xfe\xfe\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff:/run/tandem/rosetta/rosetta:CF' > "$BINFMT/register"; then
    log "binfmt: rosetta (linux/amd64)"
  else
    log "binfmt: no Rosetta share '$ROSETTA'; x86_64 through qemu"
    ROSETTA=
  fi
fi
names=
for f in /etc/binfmt.d/*.conf; do
  [ -f "$f" ] || continue
  [ -n "$ROSETTA" ] && [ "${f##*/}" = qemu-x86_64.conf ] && continue
  if cat "$f" > "$BINFMT/register"; then names="$names ${f##*/qemu-}"; else log "binfmt: $f refused"; fi
done
log "binfmt:$(echo "$names" | sed 's/\.conf//g')"
