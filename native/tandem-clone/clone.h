/* What the files of tandem-clone share (see main.c for the commands and exit statuses). */
#ifndef TANDEM_CLONE_H
#define TANDEM_CLONE_H

#include <errno.h>
#include <sys/stat.h>
#include <sys/types.h>

#ifdef __APPLE__
#define ATIME(st) ((st)->st_atimespec)
#define MTIME(st) ((st)->st_mtimespec)
#else
#define ATIME(st) ((st)->st_atim)
#define MTIME(st) ((st)->st_mtim)
#endif

enum mode { M_CLONEFILE, M_REFLINK, M_COPY, M_BTRFS };

/* Prints "tandem-clone: <step> <path>: <strerror(errno)>" and returns -1. (meta.c) */
int fail(const char *step, const char *path);

/* The errnos with which a filesystem says "I cannot clone this": copy the bytes instead. */
static inline int clone_unsupported(int e) {
  return e == ENOTSUP || e == EOPNOTSUPP || e == EXDEV || e == EINVAL || e == ENOSYS;
}

/* walk.c: the tree walk, hard links, usage, and the orphan check. */
extern pid_t parent_pid;
void exit_if_orphaned(void);
const char *link_seen(const struct stat *st, const char *dst);
int clone_tree(enum mode m, const char *src, const char *dst);
int clone_into(enum mode m, const char *src, const char *dst, const struct stat *st);
int usage_tree(const char *dir, long long *bytes, long long *inodes);

/* copy.c: one regular file, cloned or copied, finished through its descriptors. */
extern uid_t my_uid;
extern gid_t my_gid;
int clone_file(enum mode m, const char *src, const char *dst, int in, const struct stat *st);

/* meta.c: ownership, xattrs, mode and times of a path; xattrs between open files. */
int apply_meta(const char *src, const char *dst, const struct stat *st);
int copy_xattrs_fd(int in, int out, const char *src);

/*
 * platform-linux.c / platform-darwin.c: extended attributes without following symlinks, and
 * the clone calls each OS has. clone_path and clone_fd return 0 when cloned, 1 when this mode
 * or filesystem cannot clone here (the caller copies), -1 on an error already reported.
 */
ssize_t xlist(const char *p, char *buf, size_t n);
ssize_t xget(const char *p, const char *name, void *buf, size_t n);
int xset(const char *p, const char *name, const void *buf, size_t n);
ssize_t fxlist(int fd, char *buf, size_t n);
ssize_t fxget(int fd, const char *name, void *buf, size_t n);
int fxset(int fd, const char *name, const void *buf, size_t n);
int clone_path(enum mode m, const char *src, const char *dst); /* clonefile(2): creates dst */
int clone_fd(enum mode m, int in, int out, const char *src);   /* FICLONE into an open dst */
int clone_probe(enum mode m, const char *a, const char *b);    /* 1 when m cloned file a to new b */

#ifdef __linux__
/* btrfs-linux.c: each snapshot directory is a subvolume. */
int is_subvol(const char *path);
int subvol_create(const char *dst);
int subvol_setro(const char *dir, int on);
int subvol_destroy(const char *path);
int clone_btrfs(const char *src, const char *dst);
int probe_btrfs(const char *dir);
#endif

#endif
