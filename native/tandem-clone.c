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
 * Regular files are cloned one by one (macOS clonefile(2) with CLONE_NOFOLLOW, Linux FICLONE),
 * falling back to a byte copy that keeps holes when the filesystem says it cannot clone
 * (ENOTSUP/EXDEV/EINVAL). Directories, symlinks, device nodes, fifos and hard links are
 * recreated; then ownership, xattrs, mode and times are applied in that order, because chown
 * clears setuid bits and security.capability, and directory times change as children appear
 * (so directories are finished after their contents). Whole-directory clonefile is not used:
 * Apple's man page discourages it and it would not let us fix the group and setuid bits the
 * way macos-notes.md §1 says we must.
 *
 * btrfs mode is not per file: a snapshot directory is a subvolume, and its child is one
 * BTRFS_IOC_SNAP_CREATE_V2 of it (O(1): the trees are shared until written), as in
 * containerd's btrfs snapshotter. A source that is a plain directory (a root made by the
 * reflink backend before) gets a new subvolume filled by the reflink walk. rm -rf cannot
 * delete a read-only subvolume and is slow on a large one; destroy uses BTRFS_IOC_SNAP_DESTROY.
 *
 * Exit status: 0 ok, 1 usage, 2 source/destination error, 3 probe says no (destroy/setro: not a
 * subvolume), 4 parent died. Errors go to stderr as "tandem-clone: <step> <path>: <strerror>".
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/xattr.h>
#include <unistd.h>

#ifdef __linux__
#include <linux/btrfs.h>
#include <linux/magic.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/vfs.h>
#endif

#ifdef __APPLE__
#include <sys/clonefile.h>
#define ATIME(st) ((st)->st_atimespec)
#define MTIME(st) ((st)->st_mtimespec)
#else
#include <linux/fs.h>
#define ATIME(st) ((st)->st_atim)
#define MTIME(st) ((st)->st_mtim)
#endif

enum mode { M_CLONEFILE, M_REFLINK, M_COPY, M_BTRFS };

static int fail(const char *step, const char *path) {
  fprintf(stderr, "tandem-clone: %s %s: %s\n", step, path, strerror(errno));
  return -1;
}

/* ---- hard links: (dev, ino) -> first destination path, open addressing ---- */
struct link_ent { dev_t dev; ino_t ino; char *dst; };
static struct link_ent *links;
static size_t links_cap, links_len;

static size_t link_slot(dev_t dev, ino_t ino) {
  uint64_t h = ((uint64_t)ino * 0x9E3779B97F4A7C15ull) ^ (uint64_t)dev;
  size_t i = (size_t)(h & (links_cap - 1));
  while (links[i].dst && !(links[i].dev == dev && links[i].ino == ino)) i = (i + 1) & (links_cap - 1);
  return i;
}

static const char *link_seen(const struct stat *st, const char *dst) {
  if (links_len * 2 >= links_cap) {
    struct link_ent *old = links;
    size_t old_cap = links_cap;
    links_cap = old_cap ? old_cap * 2 : 1024;
    links = calloc(links_cap, sizeof *links);
    if (!links) { perror("tandem-clone: calloc"); exit(2); }
    for (size_t i = 0; i < old_cap; i++)
      if (old[i].dst) links[link_slot(old[i].dev, old[i].ino)] = old[i];
    free(old);
  }
  size_t i = link_slot(st->st_dev, st->st_ino);
  if (links[i].dst) return links[i].dst;
  links[i].dev = st->st_dev;
  links[i].ino = st->st_ino;
  links[i].dst = strdup(dst);
  links_len++;
  return NULL;
}

/* ---- extended attributes (never following symlinks) ---- */
static ssize_t xlist(const char *p, char *buf, size_t n) {
#ifdef __APPLE__
  return listxattr(p, buf, n, XATTR_NOFOLLOW);
#else
  return llistxattr(p, buf, n);
#endif
}
static ssize_t xget(const char *p, const char *name, void *buf, size_t n) {
#ifdef __APPLE__
  return getxattr(p, name, buf, n, 0, XATTR_NOFOLLOW);
#else
  return lgetxattr(p, name, buf, n);
#endif
}
static int xset(const char *p, const char *name, const void *buf, size_t n) {
#ifdef __APPLE__
  return setxattr(p, name, buf, n, 0, XATTR_NOFOLLOW);
#else
  return lsetxattr(p, name, buf, n, 0);
#endif
}

static ssize_t fxlist(int fd, char *buf, size_t n) {
#ifdef __APPLE__
  return flistxattr(fd, buf, n, 0);
#else
  return flistxattr(fd, buf, n);
#endif
}
static ssize_t fxget(int fd, const char *name, void *buf, size_t n) {
#ifdef __APPLE__
  return fgetxattr(fd, name, buf, n, 0, 0);
#else
  return fgetxattr(fd, name, buf, n);
#endif
}
static int fxset(int fd, const char *name, const void *buf, size_t n) {
#ifdef __APPLE__
  return fsetxattr(fd, name, buf, n, 0, 0);
#else
  return fsetxattr(fd, name, buf, n, 0);
#endif
}

/* Same as copy_xattrs on open regular files: no path lookups (the per-file cost at 20k files). */
static int copy_xattrs_fd(int in, int out, const char *src) {
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
static int apply_meta(const char *src, const char *dst, const struct stat *st) {
  if (lchown(dst, st->st_uid, st->st_gid) < 0) return fail("lchown", dst);
  if (copy_xattrs(src, dst) < 0) return -1;
  if (!S_ISLNK(st->st_mode) && chmod(dst, st->st_mode & 07777) < 0) return fail("chmod", dst);
  struct timespec ts[2] = {ATIME(st), MTIME(st)};
  if (utimensat(AT_FDCWD, dst, ts, AT_SYMLINK_NOFOLLOW) < 0) return fail("utimensat", dst);
  return 0;
}

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

static uid_t my_uid;
static gid_t my_gid;

static int clone_unsupported(int e) { return e == ENOTSUP || e == EOPNOTSUPP || e == EXDEV || e == EINVAL || e == ENOSYS; }

/*
 * A regular file: opened once, and (except after a clonefile, which creates the destination
 * itself) finished through its descriptors: fchown, xattrs, fchmod, futimens.
 */
static int clone_file(enum mode m, const char *src, const char *dst, int in, const struct stat *st) {
#ifdef __APPLE__
  if (m == M_CLONEFILE) {
    if (clonefile(src, dst, CLONE_NOFOLLOW) == 0) return apply_meta(src, dst, st);
    if (!clone_unsupported(errno)) return fail("clonefile", src);
  }
#endif
  /* Created with its final permission bits (umask is 0), so only setuid/setgid/sticky need a
     fchmod, and only a foreign owner a fchown: two syscalls fewer per file, as in cp(1). New
     files get our egid: their directory is still 0700 without setgid while it is filled. */
  int out = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, st->st_mode & 0777);
  if (out < 0) return fail("create", dst);
  int rc = 0;
#ifdef FICLONE
  if (m == M_REFLINK && ioctl(out, FICLONE, in) == 0) goto meta;
  if (m == M_REFLINK && !clone_unsupported(errno)) { rc = fail("FICLONE", src); goto done; }
#endif
  if ((rc = copy_bytes(in, out, st->st_size, src)) < 0) goto done;
#ifdef FICLONE
meta:
#endif
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

static int clone_tree(enum mode m, const char *src, const char *dst);
static int clone_entry(enum mode m, const char *src, const char *dst, unsigned char dtype);

static int clone_entry(enum mode m, const char *src, const char *dst, unsigned char dtype) {
  struct stat st;
  int in = -1;
  if (dtype == DT_REG) {
    /* Most entries are regular files: open first and fstat, saving a path lookup. (Never for
       DT_UNKNOWN: opening a device node or fifo could have side effects.) */
    in = open(src, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    if (in >= 0 && fstat(in, &st) < 0) { close(in); return fail("fstat", src); }
    if (in >= 0 && !S_ISREG(st.st_mode)) { close(in); in = -1; }
  }
  if (in < 0 && lstat(src, &st) < 0) return fail("lstat", src);
  if (S_ISDIR(st.st_mode)) return clone_tree(m, src, dst);
  if (st.st_nlink > 1) {
    const char *first = link_seen(&st, dst);
    if (first) {
      if (in >= 0) close(in);
      return linkat(AT_FDCWD, first, AT_FDCWD, dst, 0) < 0 ? fail("link", dst) : 0;
    }
  }
  if (S_ISREG(st.st_mode)) {
    if (in < 0 && (in = open(src, O_RDONLY | O_NOFOLLOW)) < 0) return fail("open", src);
    int rc = clone_file(m, src, dst, in, &st);
    close(in);
    return rc;
  }
  if (S_ISLNK(st.st_mode)) {
    char target[PATH_MAX + 1];
    ssize_t n = readlink(src, target, PATH_MAX);
    if (n < 0) return fail("readlink", src);
    target[n] = 0;
    if (symlink(target, dst) < 0) return fail("symlink", dst);
  } else if (mknod(dst, st.st_mode, st.st_rdev) < 0) {
    return fail("mknod", dst);
  }
  return apply_meta(src, dst, &st);
}

/*
 * The snapshotter that started us may be SIGKILLed mid-clone; its successor then deletes our
 * half-made tree at start-up, and we must not keep writing into it. Linux kills us with the
 * parent (PR_SET_PDEATHSIG); elsewhere we notice the re-parenting between directories.
 */
static pid_t parent_pid;
static void exit_if_orphaned(void) {
  if (getppid() != parent_pid) _exit(4);
}

static int clone_into(enum mode m, const char *src, const char *dst, const struct stat *st);

static int clone_tree(enum mode m, const char *src, const char *dst) {
  struct stat st;
  exit_if_orphaned();
  if (lstat(src, &st) < 0) return fail("lstat", src);
  if (mkdir(dst, 0700) < 0) return fail("mkdir", dst);
  return clone_into(m, src, dst, &st);
}

/* Fills the existing directory dst with src's entries, then gives it src's metadata. */
static int clone_into(enum mode m, const char *src, const char *dst, const struct stat *st) {
  DIR *d = opendir(src);
  if (!d) return fail("opendir", src);
  char s[PATH_MAX], t[PATH_MAX];
  struct dirent *e;
  int rc = 0;
  errno = 0;
  while (rc == 0 && (e = readdir(d)) != NULL) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    if (snprintf(s, sizeof s, "%s/%s", src, e->d_name) >= (int)sizeof s ||
        snprintf(t, sizeof t, "%s/%s", dst, e->d_name) >= (int)sizeof t) {
      errno = ENAMETOOLONG;
      rc = fail("path", s);
      break;
    }
    rc = clone_entry(m, s, t, e->d_type);
    errno = 0;
  }
  if (rc == 0 && errno != 0) rc = fail("readdir", src);
  closedir(d);
  return rc < 0 ? rc : apply_meta(src, dst, st);
}

/* ---- btrfs subvolumes (Linux): each snapshot directory is one ---- */
#ifdef __linux__
#define BTRFS_ROOT_INO 256 /* BTRFS_FIRST_FREE_OBJECTID: the root directory of every subvolume */

static int on_btrfs(const char *path) {
  struct statfs sf;
  return statfs(path, &sf) == 0 && sf.f_type == BTRFS_SUPER_MAGIC;
}

static int is_subvol(const char *path) {
  struct stat st;
  return lstat(path, &st) == 0 && S_ISDIR(st.st_mode) && st.st_ino == BTRFS_ROOT_INO && on_btrfs(path);
}

/* The subvolume ioctls name a child of a directory fd: opens path's parent, copies its name. */
static int parent_fd(const char *path, char *name, size_t name_size) {
  char dir[PATH_MAX];
  size_t len = strlen(path);
  while (len > 1 && path[len - 1] == '/') len--;
  if (len >= sizeof dir) { errno = ENAMETOOLONG; return fail("path", path); }
  memcpy(dir, path, len);
  dir[len] = 0;
  char *slash = strrchr(dir, '/');
  const char *base = slash ? slash + 1 : dir;
  if (strlen(base) >= name_size) { errno = ENAMETOOLONG; return fail("name", path); }
  strcpy(name, base);
  if (!slash) strcpy(dir, ".");
  else if (slash == dir) dir[1] = 0;
  else *slash = 0;
  int fd = open(dir, O_RDONLY | O_DIRECTORY);
  if (fd < 0) fail("open", dir);
  return fd;
}

static int subvol_create(const char *dst) {
  struct btrfs_ioctl_vol_args args;
  memset(&args, 0, sizeof args);
  int dfd = parent_fd(dst, args.name, sizeof args.name);
  if (dfd < 0) return -1;
  int rc = ioctl(dfd, BTRFS_IOC_SUBVOL_CREATE, &args) < 0 ? fail("BTRFS_IOC_SUBVOL_CREATE", dst) : 0;
  close(dfd);
  return rc;
}

/* A writable snapshot of subvolume src at the new path dst (src may be read-only). */
static int subvol_snapshot(const char *src, const char *dst) {
  struct btrfs_ioctl_vol_args_v2 args;
  memset(&args, 0, sizeof args);
  int sfd = open(src, O_RDONLY | O_DIRECTORY);
  if (sfd < 0) return fail("open", src);
  int dfd = parent_fd(dst, args.name, sizeof args.name);
  int rc = -1;
  if (dfd >= 0) {
    args.fd = sfd;
    rc = ioctl(dfd, BTRFS_IOC_SNAP_CREATE_V2, &args) < 0 ? fail("BTRFS_IOC_SNAP_CREATE_V2", dst) : 0;
    close(dfd);
  }
  close(sfd);
  return rc;
}

static int clone_btrfs(const char *src, const char *dst) {
  if (is_subvol(src)) return subvol_snapshot(src, dst);
  struct stat st;
  if (lstat(src, &st) < 0) return fail("lstat", src);
  if (subvol_create(dst) < 0) return -1;
  return clone_into(M_REFLINK, src, dst, &st);
}

/* Returns 0, -1 on error, or 3 when dir is not a subvolume. */
static int subvol_setro(const char *dir, int on) {
  if (!is_subvol(dir)) return 3;
  int fd = open(dir, O_RDONLY | O_DIRECTORY);
  if (fd < 0) return fail("open", dir);
  __u64 flags;
  int rc = 0;
  if (ioctl(fd, BTRFS_IOC_SUBVOL_GETFLAGS, &flags) < 0) rc = fail("BTRFS_IOC_SUBVOL_GETFLAGS", dir);
  else if (!!(flags & BTRFS_SUBVOL_RDONLY) != !!on) {
    flags = on ? flags | BTRFS_SUBVOL_RDONLY : flags & ~(__u64)BTRFS_SUBVOL_RDONLY;
    if (ioctl(fd, BTRFS_IOC_SUBVOL_SETFLAGS, &flags) < 0) rc = fail("BTRFS_IOC_SUBVOL_SETFLAGS", dir);
  }
  close(fd);
  return rc;
}

static int subvol_destroy(const char *path);

/* Destroys the subvolumes nested below dir (a container may have made some). */
static int destroy_nested(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return fail("opendir", dir);
  char p[PATH_MAX];
  struct dirent *e;
  struct stat st;
  int rc = 0;
  while (rc == 0 && (e = readdir(d)) != NULL) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    if (e->d_type != DT_DIR && e->d_type != DT_UNKNOWN) continue;
    snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
    if (lstat(p, &st) < 0) { rc = fail("lstat", p); break; }
    if (!S_ISDIR(st.st_mode)) continue;
    rc = st.st_ino == BTRFS_ROOT_INO ? subvol_destroy(p) : destroy_nested(p);
  }
  closedir(d);
  return rc;
}

/* BTRFS_IOC_SNAP_DESTROY (read-only ones too); a subvolume with others inside is emptied of them first. */
static int subvol_destroy(const char *path) {
  struct btrfs_ioctl_vol_args args;
  memset(&args, 0, sizeof args);
  int dfd = parent_fd(path, args.name, sizeof args.name);
  if (dfd < 0) return -1;
  int rc = 0;
  if (ioctl(dfd, BTRFS_IOC_SNAP_DESTROY, &args) < 0) {
    if (errno != ENOTEMPTY) rc = fail("BTRFS_IOC_SNAP_DESTROY", path);
    else if (subvol_setro(path, 0) < 0 || destroy_nested(path) < 0) rc = -1;
    else if (ioctl(dfd, BTRFS_IOC_SNAP_DESTROY, &args) < 0) rc = fail("BTRFS_IOC_SNAP_DESTROY", path);
  }
  close(dfd);
  return rc;
}

/* Creates, snapshots and destroys a subvolume inside dir: do subvolumes really work there? */
static int probe_btrfs(const char *dir) {
  char a[PATH_MAX], b[PATH_MAX];
  if (!on_btrfs(dir)) return 3;
  snprintf(a, sizeof a, "%s/.tandem-probe-%d-v", dir, (int)getpid());
  snprintf(b, sizeof b, "%s/.tandem-probe-%d-s", dir, (int)getpid());
  int ok = subvol_create(a) == 0 && subvol_snapshot(a, b) == 0 && is_subvol(b);
  if (is_subvol(b) && subvol_destroy(b) < 0) ok = 0;
  if (is_subvol(a) && subvol_destroy(a) < 0) ok = 0;
  return ok ? 0 : 3;
}
#endif

/* ---- usage: like containerd's fs.DiskUsage (blocks of unique inodes) ---- */
static long long use_bytes, use_inodes;

static int usage_tree(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return fail("opendir", dir);
  char p[PATH_MAX];
  struct dirent *e;
  struct stat st;
  int rc = 0;
  while (rc == 0 && (e = readdir(d)) != NULL) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
    if (lstat(p, &st) < 0) { rc = fail("lstat", p); break; }
    if (!S_ISDIR(st.st_mode) && st.st_nlink > 1 && link_seen(&st, p)) continue;
    use_bytes += (long long)st.st_blocks * 512;
    use_inodes++;
    if (S_ISDIR(st.st_mode)) rc = usage_tree(p);
  }
  closedir(d);
  return rc;
}

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
  if (m == M_CLONEFILE) {
#ifdef __APPLE__
    ok = ok && clonefile(a, b, CLONE_NOFOLLOW) == 0;
#else
    ok = 0; /* clonefile(2) is macOS-only */
#endif
  } else if (m == M_REFLINK) {
#ifdef FICLONE
    int in = open(a, O_RDONLY), out = open(b, O_WRONLY | O_CREAT | O_EXCL, 0600);
    ok = ok && in >= 0 && out >= 0 && ioctl(out, FICLONE, in) == 0;
    if (in >= 0) close(in);
    if (out >= 0) close(out);
#else
    ok = 0; /* no FICLONE on this platform */
#endif
  }
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
    use_bytes = (long long)st.st_blocks * 512;
    use_inodes = 1;
    if (usage_tree(argv[2]) < 0) return 2;
    printf("%lld %lld\n", use_bytes, use_inodes);
    return 0;
  }
  fprintf(stderr, "usage: tandem-clone clone clonefile|reflink|copy|btrfs SRC DST | probe MODE DIR | usage DIR"
                  " | subvol DST | setro 0|1 DIR | destroy DIR\n");
  return 1;
}
