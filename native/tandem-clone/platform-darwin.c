/*
 * macOS: the xattr calls with XATTR_NOFOLLOW, and clonefile(2) per regular file. Written
 * against the man pages; not yet built or run on a Mac (docs/macos.md).
 */
#include <sys/clonefile.h>
#include <sys/xattr.h>

#include "clone.h"

ssize_t xlist(const char *p, char *buf, size_t n) { return listxattr(p, buf, n, XATTR_NOFOLLOW); }
ssize_t xget(const char *p, const char *name, void *buf, size_t n) { return getxattr(p, name, buf, n, 0, XATTR_NOFOLLOW); }
int xset(const char *p, const char *name, const void *buf, size_t n) { return setxattr(p, name, buf, n, 0, XATTR_NOFOLLOW); }
ssize_t fxlist(int fd, char *buf, size_t n) { return flistxattr(fd, buf, n, 0); }
ssize_t fxget(int fd, const char *name, void *buf, size_t n) { return fgetxattr(fd, name, buf, n, 0, 0); }
int fxset(int fd, const char *name, const void *buf, size_t n) { return fsetxattr(fd, name, buf, n, 0, 0); }

/* clonefile(2) creates dst itself; the caller then applies the metadata by path. */
int clone_path(enum mode m, const char *src, const char *dst) {
  if (m != M_CLONEFILE) return 1;
  if (clonefile(src, dst, CLONE_NOFOLLOW) == 0) return 0;
  return clone_unsupported(errno) ? 1 : fail("clonefile", src);
}

/* No FICLONE on macOS. */
int clone_fd(enum mode m, int in, int out, const char *src) {
  (void)m, (void)in, (void)out, (void)src;
  return 1;
}

int clone_probe(enum mode m, const char *a, const char *b) {
  return m == M_CLONEFILE && clonefile(a, b, CLONE_NOFOLLOW) == 0;
}
