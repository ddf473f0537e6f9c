/*
 * One regular file: cloned (macOS clonefile(2) with CLONE_NOFOLLOW, Linux FICLONE; the calls
 * are in platform-*.c), or byte-copied keeping holes when the filesystem says it cannot clone
 * (ENOTSUP/EXDEV/EINVAL), then finished through its descriptors in meta.c's order: owner,
 * xattrs, mode, times (chown clears setuid bits and security.capability).
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clone.h"

uid_t my_uid;
gid_t my_gid;

/* Byte copy that keeps holes: copy only the data extents, then set the size. */
static int copy_bytes(int in, int out, off_t size, const char *src) {
  static char buf[1 << 20];
  off_t pos = 0;
  while (pos < size) {
    off_t data = lseek(in, pos, SEEK_DATA);
    if (data < 0) {
      if (errno == ENXIO) break; /* only a hole is left */
      data = pos;                /* SEEK_DATA unsupported: copy everything */
    }
    off_t hole = lseek(in, data, SEEK_HOLE);
    if (hole < 0) hole = size;
    for (off_t at = data; at < hole;) {
      size_t want = (size_t)(hole - at) < sizeof buf ? (size_t)(hole - at) : sizeof buf;
      ssize_t n = pread(in, buf, want, at);
      if (n < 0) return fail("read", src);
      if (n == 0) { hole = at; break; }
      for (ssize_t w = 0; w < n;) {
        ssize_t k = pwrite(out, buf + w, (size_t)(n - w), at + w);
        if (k < 0) return fail("write", src);
        w += k;
      }
      at += n;
    }
    pos = hole;
  }
  if (ftruncate(out, size) < 0) return fail("ftruncate", src);
  return 0;
}

/*
 * A regular file: opened once, and (except after a clonefile, which creates the destination
 * itself) finished through its descriptors: fchown, xattrs, fchmod, futimens.
 */
int clone_file(enum mode m, const char *src, const char *dst, int in, const struct stat *st) {
  int cloned = clone_path(m, src, dst);
  if (cloned == 0) return apply_meta(src, dst, st);
  if (cloned < 0) return -1;
  /* Created with its final permission bits (umask is 0), so only setuid/setgid/sticky need a
     fchmod, and only a foreign owner a fchown: two syscalls fewer per file, as in cp(1). New
     files get our egid: their directory is still 0700 without setgid while it is filled. */
  int out = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, st->st_mode & 0777);
  if (out < 0) return fail("create", dst);
  int rc = clone_fd(m, in, out, src);
  if (rc == 1) rc = copy_bytes(in, out, st->st_size, src);
  if (rc < 0) goto done;
  if ((st->st_uid != my_uid || st->st_gid != my_gid) && fchown(out, st->st_uid, st->st_gid) < 0) {
    rc = fail("fchown", dst);
    goto done;
  }
  if ((rc = copy_xattrs_fd(in, out, src)) < 0) goto done;
  if ((st->st_mode & 07000) && fchmod(out, st->st_mode & 07777) < 0) { rc = fail("fchmod", dst); goto done; }
  struct timespec ts[2] = {ATIME(st), MTIME(st)};
  if (futimens(out, ts) < 0) rc = fail("futimens", dst);
done:
  close(out);
  return rc;
}
