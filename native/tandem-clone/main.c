/*
 * tandem-clone: copies one directory tree to a new path, the way the clone snapshotter needs
 * it, and measures trees. One job: trees.
 *
 *   tandem-clone clone MODE SRC DST   MODE = clonefile | reflink | copy | btrfs; DST must not exist
 *   tandem-clone probe MODE DIR       exit 0 when MODE can clone a file (btrfs: a subvolume) inside DIR
 *   tandem-clone usage DIR            prints "<bytes> <inodes>" (st_blocks*512, unique inodes)
 *   tandem-clone subvol DST           btrfs: DST becomes a new empty subvolume, mode 0755
 *   tandem-clone setro 0|1 DIR        btrfs: clears/sets the read-only flag of subvolume DIR
 *   tandem-clone destroy DIR          btrfs: deletes subvolume DIR (and subvolumes nested in it)
 *
 * Exit status: 0 ok, 1 usage, 2 source/destination error, 3 probe says no (destroy/setro: not a
 * subvolume), 4 parent died. Errors go to stderr as "tandem-clone: <step> <path>: <strerror>".
 *
 * The files, one concern each:
 *   walk.c      the tree walk (directories after their contents), hard links, usage, orphan check
 *   copy.c      one regular file: clone or byte copy that keeps holes, then its metadata
 *   meta.c      ownership, xattrs, mode and times, in that order
 *   btrfs-linux.c                  subvolumes (btrfs mode, and the subvol/setro/destroy commands)
 *   platform-linux.c, -darwin.c    xattr calls and the per-file clone calls of each OS
 * The Makefile builds the common files with this OS's -linux.c or -darwin.c ones.
 */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __linux__
#include <signal.h>
#include <sys/prctl.h>
#endif

#include "clone.h"

static int parse_mode(const char *s, enum mode *m) {
  if (!strcmp(s, "clonefile")) *m = M_CLONEFILE;
  else if (!strcmp(s, "reflink")) *m = M_REFLINK;
  else if (!strcmp(s, "copy")) *m = M_COPY;
  else if (!strcmp(s, "btrfs")) *m = M_BTRFS;
  else return -1;
  return 0;
}

/* Clones a one-byte file inside DIR without any fallback: does MODE really work here? */
static int probe(enum mode m, const char *dir) {
  char a[PATH_MAX], b[PATH_MAX];
  if (m == M_BTRFS) {
#ifdef __linux__
    return probe_btrfs(dir);
#else
    return 3; /* btrfs is Linux-only */
#endif
  }
  snprintf(a, sizeof a, "%s/.tandem-probe-%d-a", dir, (int)getpid());
  snprintf(b, sizeof b, "%s/.tandem-probe-%d-b", dir, (int)getpid());
  int fd = open(a, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) {
    fail("create", a);
    return 2;
  }
  int ok = write(fd, "x", 1) == 1;
  close(fd);
  if (m != M_COPY) ok = ok && clone_probe(m, a, b);
  unlink(a);
  unlink(b);
  return ok ? 0 : 3;
}

int main(int argc, char **argv) {
  enum mode m;
  umask(0);
  parent_pid = getppid();
  my_uid = geteuid();
  my_gid = getegid();
#ifdef __linux__
  prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
  exit_if_orphaned();
  if (argc == 5 && !strcmp(argv[1], "clone") && parse_mode(argv[2], &m) == 0) {
#ifdef __linux__
    if (m == M_BTRFS) return clone_btrfs(argv[3], argv[4]) < 0 ? 2 : 0;
#else
    if (m == M_BTRFS) return fprintf(stderr, "tandem-clone: btrfs is Linux-only\n"), 2;
#endif
    return clone_tree(m, argv[3], argv[4]) < 0 ? 2 : 0;
  }
#ifdef __linux__
  if (argc == 3 && !strcmp(argv[1], "subvol")) {
    if (subvol_create(argv[2]) < 0) return 2;
    return chmod(argv[2], 0755) < 0 ? (fail("chmod", argv[2]), 2) : 0;
  }
  if (argc == 4 && !strcmp(argv[1], "setro") && (!strcmp(argv[2], "0") || !strcmp(argv[2], "1"))) {
    int rc = subvol_setro(argv[3], argv[2][0] == '1');
    return rc < 0 ? 2 : rc;
  }
  if (argc == 3 && !strcmp(argv[1], "destroy")) {
    if (!is_subvol(argv[2])) return 3;
    return subvol_destroy(argv[2]) < 0 ? 2 : 0;
  }
#endif
  if (argc == 4 && !strcmp(argv[1], "probe") && parse_mode(argv[2], &m) == 0) return probe(m, argv[3]);
  if (argc == 3 && !strcmp(argv[1], "usage")) {
    struct stat st;
    if (lstat(argv[2], &st) < 0) return fail("lstat", argv[2]), 2;
    long long bytes = (long long)st.st_blocks * 512, inodes = 1;
    if (usage_tree(argv[2], &bytes, &inodes) < 0) return 2;
    printf("%lld %lld\n", bytes, inodes);
    return 0;
  }
  fprintf(stderr, "usage: tandem-clone clone clonefile|reflink|copy|btrfs SRC DST | probe MODE DIR | usage DIR"
                  " | subvol DST | setro 0|1 DIR | destroy DIR\n");
  return 1;
}
