/*
 * Metadata of a recreated entry: ownership, xattrs, mode, times, in this order, because chown
 * clears setuid bits and security.capability, and setting anything after the times would
 * change them. The xattr calls never follow symlinks (platform-*.c).
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clone.h"

int fail(const char *step, const char *path) {
  fprintf(stderr, "tandem-clone: %s %s: %s\n", step, path, strerror(errno));
  return -1;
}

/* Same as copy_xattrs on open regular files: no path lookups (the per-file cost at 20k files). */
int copy_xattrs_fd(int in, int out, const char *src) {
  static char names[65536], value[65536];
  ssize_t len = fxlist(in, names, sizeof names);
  if (len < 0) return errno == ENOTSUP ? 0 : fail("flistxattr", src);
  for (char *name = names; name < names + len; name += strlen(name) + 1) {
    ssize_t vlen = fxget(in, name, value, sizeof value);
    if (vlen < 0) return fail("fgetxattr", src);
    if (fxset(out, name, value, (size_t)vlen) < 0) return fail("fsetxattr", src);
  }
  return 0;
}

static int copy_xattrs(const char *src, const char *dst) {
  static char names[65536], value[65536];
  ssize_t len = xlist(src, names, sizeof names);
  if (len < 0) {
    /* No xattr support, or (darwin) EPERM listing a device node: nothing to copy. */
    if (errno == ENOTSUP || errno == EPERM) return 0;
    return fail("listxattr", src);
  }
  for (char *name = names; name < names + len; name += strlen(name) + 1) {
    ssize_t vlen = xget(src, name, value, sizeof value);
    if (vlen < 0) return fail("getxattr", src);
    if (xset(dst, name, value, (size_t)vlen) < 0) return fail("setxattr", dst);
  }
  return 0;
}

/* Ownership, xattrs, mode, times: in this order (see the header comment). */
int apply_meta(const char *src, const char *dst, const struct stat *st) {
  if (lchown(dst, st->st_uid, st->st_gid) < 0) return fail("lchown", dst);
  if (copy_xattrs(src, dst) < 0) return -1;
  if (!S_ISLNK(st->st_mode) && chmod(dst, st->st_mode & 07777) < 0) return fail("chmod", dst);
  struct timespec ts[2] = {ATIME(st), MTIME(st)};
  if (utimensat(AT_FDCWD, dst, ts, AT_SYMLINK_NOFOLLOW) < 0) return fail("utimensat", dst);
  return 0;
}
