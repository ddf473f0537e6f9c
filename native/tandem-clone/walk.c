/*
 * The tree walk: each entry of a directory is recreated at the destination (regular files by
 * copy.c; directories, symlinks, device nodes, fifos and hard links here), and a directory gets
 * its metadata only after its contents, because its times change as children appear. Also the
 * usage walk, which counts hard-linked inodes once like containerd's fs.DiskUsage.
 *
 * Whole-directory clonefile is not used: Apple's man page discourages it and it would not let
 * us fix the group and setuid bits per file (docs/snapshotter.md, clone backends).
 */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clone.h"

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

/* The destination path first recorded for st's inode, or NULL (and dst is recorded). */
const char *link_seen(const struct stat *st, const char *dst) {
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

/*
 * The snapshotter that started us may be SIGKILLed mid-clone; its successor then deletes our
 * half-made tree at start-up, and we must not keep writing into it. Linux kills us with the
 * parent (PR_SET_PDEATHSIG, main.c); elsewhere we notice the re-parenting between directories.
 */
pid_t parent_pid;
void exit_if_orphaned(void) {
  if (getppid() != parent_pid) _exit(4);
}

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

int clone_tree(enum mode m, const char *src, const char *dst) {
  struct stat st;
  exit_if_orphaned();
  if (lstat(src, &st) < 0) return fail("lstat", src);
  if (mkdir(dst, 0700) < 0) return fail("mkdir", dst);
  return clone_into(m, src, dst, &st);
}

/* Fills the existing directory dst with src's entries, then gives it src's metadata. */
int clone_into(enum mode m, const char *src, const char *dst, const struct stat *st) {
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

/* Adds the blocks and inodes below dir (not dir itself), each hard-linked inode once. */
int usage_tree(const char *dir, long long *bytes, long long *inodes) {
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
    *bytes += (long long)st.st_blocks * 512;
    (*inodes)++;
    if (S_ISDIR(st.st_mode)) rc = usage_tree(p, bytes, inodes);
  }
  closedir(d);
  return rc;
}
