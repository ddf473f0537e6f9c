/* Linux: the l*xattr calls (never following symlinks) and FICLONE reflinks (XFS, btrfs). */
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "clone.h"

ssize_t xlist(const char *p, char *buf, size_t n) { return llistxattr(p, buf, n); }
ssize_t xget(const char *p, const char *name, void *buf, size_t n) { return lgetxattr(p, name, buf, n); }
int xset(const char *p, const char *name, const void *buf, size_t n) { return lsetxattr(p, name, buf, n, 0); }
ssize_t fxlist(int fd, char *buf, size_t n) { return flistxattr(fd, buf, n); }
ssize_t fxget(int fd, const char *name, void *buf, size_t n) { return fgetxattr(fd, name, buf, n); }
int fxset(int fd, const char *name, const void *buf, size_t n) { return fsetxattr(fd, name, buf, n, 0); }

/* clonefile(2) is macOS-only. */
int clone_path(enum mode m, const char *src, const char *dst) {
  (void)m, (void)src, (void)dst;
  return 1;
}

int clone_fd(enum mode m, int in, int out, const char *src) {
#ifdef FICLONE
  if (m != M_REFLINK) return 1;
  if (ioctl(out, FICLONE, in) == 0) return 0;
  return clone_unsupported(errno) ? 1 : fail("FICLONE", src);
#else
  (void)m, (void)in, (void)out, (void)src;
  return 1; /* headers without FICLONE */
#endif
}

int clone_probe(enum mode m, const char *a, const char *b) {
  if (m != M_REFLINK) return 0; /* clonefile(2) is macOS-only */
#ifdef FICLONE
  int in = open(a, O_RDONLY), out = open(b, O_WRONLY | O_CREAT | O_EXCL, 0600);
  int ok = in >= 0 && out >= 0 && ioctl(out, FICLONE, in) == 0;
  if (in >= 0) close(in);
  if (out >= 0) close(out);
  return ok;
#else
  (void)a, (void)b;
  return 0; /* no FICLONE on this platform */
#endif
}
