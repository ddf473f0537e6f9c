/*
 * tandem-mount: perform a list of mount-table operations in one exec, in order.
 *
 *   tandem-mount OP...     where OP is one of
 *     mount SOURCE TARGET FSTYPE FLAGS DATA   mount(2); FLAGS is the decimal MS_* mask the shim
 *                                             computed from the spec's options; DATA may be ""
 *     umount TARGET                           umount2(2); "not mounted" (EINVAL) and a missing
 *                                             target are fine; busy falls back to MNT_DETACH
 *     mknod PATH TYPE MODE MAJOR MINOR        a device node, TYPE c or b (MODE octal permissions)
 *     symlink TARGET LINKPATH                 symlink(2); an existing link is fine
 *     mkdir PATH                              mkdir -p that refuses to pass through a symlink
 *     mkfile PATH                             an empty file (O_NOFOLLOW) for a file bind mount
 *
 * Why a helper: a native container needs ~10 mounts and device nodes at Create; one exec for
 * all of them keeps Create fast (mount(8) would be one exec each). Targets are resolved and
 * created by the shim (which keeps them inside the rootfs); this helper does no path logic.
 * On failure it prints "<op> <args>: <error>" on stderr, names the index of the failed op
 * in the exit status (1 + index, capped at 200) and stops; the shim undoes what was done.
 * Linux only for mount/mknod; darwin mounts go through bindfs and mount(8) in the shim.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/mount.h>
#include <sys/sysmacros.h>
#else
#include <sys/param.h>
#include <sys/mount.h>
#endif

/* mkdir -p: each existing component must be a real directory, never a symlink (the shim has
 * already resolved the image's symlinks inside the rootfs; one appearing now is refused). */
static int mkdir_p(const char *path) {
  char buf[4096];
  struct stat st;
  if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf) return ENAMETOOLONG;
  for (char *p = buf + 1;; p++) {
    if (*p != '/' && *p != '\0') continue;
    char saved = *p;
    *p = '\0';
    if (lstat(buf, &st) == 0) {
      if (!S_ISDIR(st.st_mode)) return S_ISLNK(st.st_mode) ? ELOOP : ENOTDIR;
    } else if (errno != ENOENT || (mkdir(buf, 0755) != 0 && errno != EEXIST)) {
      return errno;
    }
    *p = saved;
    if (saved == '\0') return 0;
  }
}

static int failed(int index, const char *what, int err) {
  fprintf(stderr, "%s: %s\n", what, strerror(err));
  return 1 + (index < 199 ? index : 199);
}

int main(int argc, char **argv) {
  char what[8192];
  int index = 0;
  for (int i = 1; i < argc; index++) {
    const char *op = argv[i];
    int need = strcmp(op, "mount") == 0 ? 5 : strcmp(op, "umount") == 0 ? 1
             : strcmp(op, "mknod") == 0 ? 5 : strcmp(op, "symlink") == 0 ? 2
             : strcmp(op, "mkdir") == 0 ? 1 : strcmp(op, "mkfile") == 0 ? 1 : -1;
    if (need < 0 || i + need >= argc) {
      fprintf(stderr, "usage: tandem-mount {mount SRC TARGET TYPE FLAGS DATA|umount TARGET|mknod PATH MODE MAJ MIN|symlink TARGET LINK}...\n");
      return 250;
    }
    char **a = argv + i + 1;
    i += need + 1;
    if (strcmp(op, "mount") == 0) {
      snprintf(what, sizeof what, "mount %s on %s (type %s)", a[0], a[1], a[2]);
#ifdef __linux__
      unsigned long flags = strtoul(a[3], NULL, 10);
      if (mount(a[0], a[1], a[2], flags, *a[4] ? a[4] : NULL) != 0) return failed(index, what, errno);
#else
      return failed(index, what, ENOTSUP);
#endif
    } else if (strcmp(op, "umount") == 0) {
      snprintf(what, sizeof what, "umount %s", a[0]);
#ifdef __linux__
      if (umount2(a[0], 0) != 0) {
        if (errno == EINVAL || errno == ENOENT) continue;
        if (errno != EBUSY || umount2(a[0], MNT_DETACH) != 0) return failed(index, what, errno);
      }
#else
      if (unmount(a[0], 0) != 0) {
        if (errno == EINVAL || errno == ENOENT) continue;
        if (errno != EBUSY || unmount(a[0], MNT_FORCE) != 0) return failed(index, what, errno);
      }
#endif
    } else if (strcmp(op, "mknod") == 0) {
      snprintf(what, sizeof what, "mknod %s", a[0]);
      mode_t mode = (mode_t)strtoul(a[2], NULL, 8) | (strcmp(a[1], "b") == 0 ? S_IFBLK : S_IFCHR);
      dev_t dev = makedev((unsigned)strtoul(a[3], NULL, 10), (unsigned)strtoul(a[4], NULL, 10));
      if (mknod(a[0], mode, dev) != 0 && errno != EEXIST) return failed(index, what, errno);
      if (chmod(a[0], mode & 07777) != 0) return failed(index, what, errno); /* umask-proof */
    } else if (strcmp(op, "mkdir") == 0) {
      snprintf(what, sizeof what, "mkdir %s", a[0]);
      int err = mkdir_p(a[0]);
      if (err) return failed(index, what, err);
    } else if (strcmp(op, "mkfile") == 0) {
      snprintf(what, sizeof what, "create %s", a[0]);
      int fd = open(a[0], O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
      if (fd < 0 && errno != EISDIR) return failed(index, what, errno);
      if (fd >= 0) close(fd);
    } else {
      snprintf(what, sizeof what, "symlink %s -> %s", a[1], a[0]);
      if (symlink(a[0], a[1]) != 0 && errno != EEXIST) return failed(index, what, errno);
    }
  }
  return 0;
}
