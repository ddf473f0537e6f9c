/*
 * btrfs mode is not per file: a snapshot directory is a subvolume, and its child is one
 * BTRFS_IOC_SNAP_CREATE_V2 of it (O(1): the trees are shared until written), as in
 * containerd's btrfs snapshotter. A source that is a plain directory (a root made by the
 * reflink backend before) gets a new subvolume filled by the reflink walk. rm -rf cannot
 * delete a read-only subvolume and is slow on a large one; destroy uses BTRFS_IOC_SNAP_DESTROY.
 */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/btrfs.h>
#include <linux/magic.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "clone.h"

#define BTRFS_ROOT_INO 256 /* BTRFS_FIRST_FREE_OBJECTID: the root directory of every subvolume */

static int on_btrfs(const char *path) {
  struct statfs sf;
  return statfs(path, &sf) == 0 && sf.f_type == BTRFS_SUPER_MAGIC;
}

int is_subvol(const char *path) {
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

int subvol_create(const char *dst) {
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

int clone_btrfs(const char *src, const char *dst) {
  if (is_subvol(src)) return subvol_snapshot(src, dst);
  struct stat st;
  if (lstat(src, &st) < 0) return fail("lstat", src);
  if (subvol_create(dst) < 0) return -1;
  return clone_into(M_REFLINK, src, dst, &st);
}

/* Returns 0, -1 on error, or 3 when dir is not a subvolume. */
int subvol_setro(const char *dir, int on) {
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
int subvol_destroy(const char *path) {
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
int probe_btrfs(const char *dir) {
  char a[PATH_MAX], b[PATH_MAX];
  if (!on_btrfs(dir)) return 3;
  snprintf(a, sizeof a, "%s/.tandem-probe-%d-v", dir, (int)getpid());
  snprintf(b, sizeof b, "%s/.tandem-probe-%d-s", dir, (int)getpid());
  int ok = subvol_create(a) == 0 && subvol_snapshot(a, b) == 0 && is_subvol(b);
  if (is_subvol(b) && subvol_destroy(b) < 0) ok = 0;
  if (is_subvol(a) && subvol_destroy(a) < 0) ok = 0;
  return ok ? 0 : 3;
}
