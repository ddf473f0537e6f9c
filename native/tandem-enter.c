/*
 * tandem-enter: become one process of a native (chroot) container, then exec its program.
 *
 *   tandem-enter --root DIR [--cwd DIR] [--uid N] [--gid N] [--groups a,b,...]
 *                [--user NAME] [--umask OCTAL] [--rlimit NAME:SOFT:HARD]...
 *                [--ns TYPE:PATH]...
 *                [--tty] [--no-new-privs] -- PROG ARGS...
 *
 * The environment this helper is started with is the container process's environment
 * (PATH in it is used to find PROG inside the new root, never the host's PATH).
 *
 * Handshake with the shim (why: Create must yield a pid and report every error, Start must
 * then only let the program run):
 *   fd 3  start pipe, read end. After entering the root we block reading one byte. A byte
 *         means "start"; EOF without a byte means "abort" (we exit 0 without running anything).
 *   fd 4  status pipe, write end, close-on-exec. We write "ready\n" once everything up to the
 *         exec has been prepared. Any failure is written as "error <message>\n" and we exit 127.
 *         A successful execve closes fd 4 with no further data: EOF after "ready" = started.
 * The shim starts us in a new session (setsid), so the container's processes form a group.
 *
 * Steps, each with its own message: fds (clear O_NONBLOCK on 0-2, close stray fds),
 * controlling tty (--tty), namespaces (Linux), chroot, chdir, user lookup, setgroups, setgid,
 * setuid, rlimits, resolve PROG in PATH, wait for start, execve.
 *
 * Namespaces (Linux; TYPE is net, ipc, uts or pid): the helper joins the namespace at PATH
 * (setns; the shim never asks for new ones). A pid namespace only applies to children,
 * so then the helper forks: the child goes on to become the container's process and the parent
 * stays behind as a relay that only waits for it and exits with its status (the shim watches
 * the relay, its child of its own). The child's pid, the one containerd and CRI must see (CRI
 * joins other containers to /proc/<pid>/ns/...), is reported first as "pid <N>\n" on fd 4.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#ifdef __linux__
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#endif

#define START_FD 3
#define STATUS_FD 4
#define DEFAULT_PATH "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
#define MAX_GROUPS 256
#define MAX_RLIMITS 32
#define MAX_NS 8

extern char **environ;

/* Reports "error <message>" on the status fd (and stderr when the status fd is unusable). */
static void fail(const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  char line[1100];
  int n = snprintf(line, sizeof line, "error %s\n", msg);
  if (write(STATUS_FD, line, (size_t)n) < 0) dprintf(2, "tandem-enter: %s\n", msg);
  _exit(127);
}

/* strerror in Go's style (lower-case first letter), so messages read like runc's. */
static const char *errstr(int e) {
  static char buf[256];
  snprintf(buf, sizeof buf, "%s", strerror(e));
  buf[0] = (char)tolower((unsigned char)buf[0]);
  return buf;
}

static unsigned long parse_num(const char *what, const char *s, int base) {
  char *end;
  errno = 0;
  unsigned long v = strtoul(s, &end, base);
  if (errno || *s == '\0' || *end != '\0') fail("invalid %s %s", what, s);
  return v;
}

struct rlim_name { const char *name; int res; };
static const struct rlim_name RLIMS[] = {
  {"CPU", RLIMIT_CPU}, {"FSIZE", RLIMIT_FSIZE}, {"DATA", RLIMIT_DATA}, {"STACK", RLIMIT_STACK},
  {"CORE", RLIMIT_CORE}, {"RSS", RLIMIT_RSS}, {"NPROC", RLIMIT_NPROC}, {"NOFILE", RLIMIT_NOFILE},
  {"MEMLOCK", RLIMIT_MEMLOCK}, {"AS", RLIMIT_AS},
#ifdef __linux__
  {"LOCKS", RLIMIT_LOCKS}, {"SIGPENDING", RLIMIT_SIGPENDING}, {"MSGQUEUE", RLIMIT_MSGQUEUE},
  {"NICE", RLIMIT_NICE}, {"RTPRIO", RLIMIT_RTPRIO}, {"RTTIME", RLIMIT_RTTIME},
#endif
};

static rlim_t parse_rlim_value(const char *s) {
  if (strcmp(s, "unlimited") == 0) return RLIM_INFINITY;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || *s == '\0' || *end != '\0') fail("invalid rlimit value %s", s);
  return (rlim_t)v;
}

/* NAME:SOFT:HARD, NAME with or without the RLIMIT_ prefix. */
static void apply_rlimit(const char *spec) {
  char buf[128];
  snprintf(buf, sizeof buf, "%s", spec);
  char *soft = strchr(buf, ':');
  char *hard = soft ? strchr(soft + 1, ':') : NULL;
  if (!soft || !hard) fail("invalid rlimit %s", spec);
  *soft++ = '\0';
  *hard++ = '\0';
  const char *name = strncmp(buf, "RLIMIT_", 7) == 0 ? buf + 7 : buf;
  for (size_t i = 0; i < sizeof RLIMS / sizeof RLIMS[0]; i++) {
    if (strcmp(RLIMS[i].name, name) != 0) continue;
    struct rlimit rl = {parse_rlim_value(soft), parse_rlim_value(hard)};
    if (setrlimit(RLIMS[i].res, &rl) != 0) fail("setrlimit RLIMIT_%s: %s", name, errstr(errno));
    return;
  }
  fail("unknown rlimit %s", buf);
}

/* Looks a user up in the container's /etc/passwd (we are already inside the root), by name
 * when name is set, else by uid. Returns 1 when found. Parsed by hand: the host's NSS must
 * not be loaded from inside an image. */
static int passwd_lookup(const char *name, uid_t uid, uid_t *out_uid, gid_t *out_gid, char *home, size_t homelen) {
  FILE *f = fopen("/etc/passwd", "re");
  if (!f) return 0;
  char line[1024];
  int found = 0;
  while (!found && fgets(line, sizeof line, f)) {
    char *fields[7] = {0};
    char *p = line;
    int n = 0;
    while (n < 7 && p) {
      fields[n++] = p;
      p = strchr(p, ':');
      if (p) *p++ = '\0';
    }
    if (n < 7) continue;
    fields[6][strcspn(fields[6], "\n")] = '\0';
    char *end;
    unsigned long u = strtoul(fields[2], &end, 10);
    if (*end) continue;
    if (name ? strcmp(fields[0], name) == 0 : u == uid) {
      *out_uid = (uid_t)u;
      *out_gid = (gid_t)strtoul(fields[3], NULL, 10);
      snprintf(home, homelen, "%s", fields[5]);
      found = 1;
    }
  }
  fclose(f);
  return found;
}

/* Finds prog the way execvp would, with the container's PATH, inside the new root. */
static void resolve(const char *prog, char *out, size_t outlen) {
  struct stat st;
  if (strchr(prog, '/')) {
    if (stat(prog, &st) != 0) fail("exec: \"%s\": %s", prog, errstr(errno));
    if (S_ISDIR(st.st_mode)) fail("exec: \"%s\": is a directory", prog);
    if (access(prog, X_OK) != 0) fail("exec: \"%s\": %s", prog, errstr(errno));
    snprintf(out, outlen, "%s", prog);
    return;
  }
  const char *path = getenv("PATH");
  if (!path) path = DEFAULT_PATH;
  const char *dir = path;
  for (;;) {
    size_t len = strcspn(dir, ":");
    snprintf(out, outlen, "%.*s%s%s", (int)len, len ? dir : ".", "/", prog);
    if (stat(out, &st) == 0 && S_ISREG(st.st_mode) && access(out, X_OK) == 0) return;
    if (dir[len] == '\0') break;
    dir += len + 1;
  }
  fail("exec: \"%s\": executable file not found in $PATH", prog);
}

/* Closes every fd above the status fd: the shim's own fds must not leak into a container. */
static void close_stray_fds(void) {
#if defined(__linux__) && defined(SYS_close_range)
  if (syscall(SYS_close_range, STATUS_FD + 1, ~0U, 0) == 0) return;
#endif
  long max = sysconf(_SC_OPEN_MAX);
  for (long fd = STATUS_FD + 1; fd < (max > 0 ? max : 1024); fd++) close((int)fd);
}

#ifdef __linux__
static int ns_flag(const char *type) {
  if (strcmp(type, "net") == 0) return CLONE_NEWNET;
  if (strcmp(type, "ipc") == 0) return CLONE_NEWIPC;
  if (strcmp(type, "uts") == 0) return CLONE_NEWUTS;
  if (strcmp(type, "pid") == 0) return CLONE_NEWPID;
  fail("unknown namespace type %s", type);
  return 0;
}

/* Waits for the container's process and exits as it did. Signals meant for the container go to
 * its own pid (the one reported); those a terminal sends to the whole group are ignored here. */
static void relay(pid_t child) {
  static const int ignored[] = {SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGUSR1, SIGUSR2, SIGPIPE, SIGWINCH};
  for (size_t i = 0; i < sizeof ignored / sizeof ignored[0]; i++) signal(ignored[i], SIG_IGN);
  close(START_FD);
  close(STATUS_FD);
  for (int fd = 0; fd <= 2; fd++) close(fd);
  int st;
  while (waitpid(child, &st, 0) < 0)
    if (errno != EINTR) _exit(127);
  if (WIFEXITED(st)) _exit(WEXITSTATUS(st));
  int sig = WTERMSIG(st);
  signal(sig, SIG_DFL);
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); /* die of the same signal, without a core of our own */
  raise(sig);
  _exit(128 + sig);
}

/* Joins each TYPE:PATH namespace; forks when a pid namespace is among them. */
static void enter_namespaces(char **specs, int n) {
  int fds[MAX_NS], flags[MAX_NS], fork_after = 0;
  /* Every path is opened first: joining a pid namespace may hide the /proc of another. */
  for (int i = 0; i < n; i++) {
    char type[16];
    const char *colon = strchr(specs[i], ':');
    snprintf(type, sizeof type, "%.*s", colon ? (int)(colon - specs[i]) : (int)strlen(specs[i]), specs[i]);
    flags[i] = ns_flag(type);
    if (!colon) fail("namespace %s: want TYPE:PATH", specs[i]);
    if ((fds[i] = open(colon + 1, O_RDONLY | O_CLOEXEC)) < 0) fail("open namespace %s: %s", colon + 1, errstr(errno));
    if (flags[i] == CLONE_NEWPID) fork_after = 1;
  }
  for (int i = 0; i < n; i++) {
    if (setns(fds[i], flags[i]) != 0) fail("join namespace %s: %s", specs[i], errstr(errno));
    close(fds[i]);
  }
  if (!fork_after) return;
  /* The child waits on `sync` until its pid is on the status fd: it must come before "ready". */
  int sync[2];
  if (pipe2(sync, O_CLOEXEC) != 0) fail("pipe: %s", errstr(errno));
  pid_t parent = getpid();
  pid_t child = fork();
  if (child < 0) fail("fork into the pid namespace: %s", errstr(errno));
  if (child > 0) {
    char line[32];
    int len = snprintf(line, sizeof line, "pid %d\n", (int)child);
    if (write(STATUS_FD, line, (size_t)len) != len) {
      kill(child, SIGKILL);
      _exit(127);
    }
    close(sync[0]);
    close(sync[1]);
    relay(child);
  }
  close(sync[1]);
  char c;
  while (read(sync[0], &c, 1) < 0 && errno == EINTR) {
  }
  close(sync[0]);
  /* The child must not outlive its relay: the shim's view of the container is the relay. (The
   * relay is outside the joined pid namespace, so getppid() may be 0 here.) */
  if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) fail("set parent death signal: %s", errstr(errno));
  pid_t ppid = getppid();
  if (ppid != parent && ppid != 0) _exit(127);
}
#endif

int main(int argc, char **argv) {
  const char *root = NULL, *cwd = "/", *user = NULL, *groups = NULL;
  const char *rlimits[MAX_RLIMITS];
  char *namespaces[MAX_NS];
  int nrlimits = 0, nns = 0, tty = 0, nnp = 0, have_uid = 0, have_gid = 0;
  uid_t uid = 0;
  gid_t gid = 0;
  long umask_v = -1;
  int i = 1;

  if (fcntl(STATUS_FD, F_SETFD, FD_CLOEXEC) != 0) {
    dprintf(2, "tandem-enter: status fd %d: %s\n", STATUS_FD, errstr(errno));
    return 127;
  }
  for (; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(a, "--") == 0) { i++; break; }
    if (strcmp(a, "--tty") == 0) { tty = 1; continue; }
    if (strcmp(a, "--no-new-privs") == 0) { nnp = 1; continue; }
    if (!v) fail("option %s needs a value", a);
    i++;
    if (strcmp(a, "--root") == 0) root = v;
    else if (strcmp(a, "--cwd") == 0) cwd = v;
    else if (strcmp(a, "--uid") == 0) { uid = (uid_t)parse_num("uid", v, 10); have_uid = 1; }
    else if (strcmp(a, "--gid") == 0) { gid = (gid_t)parse_num("gid", v, 10); have_gid = 1; }
    else if (strcmp(a, "--groups") == 0) groups = v;
    else if (strcmp(a, "--user") == 0) user = v;
    else if (strcmp(a, "--umask") == 0) umask_v = (long)parse_num("umask", v, 8);
    else if (strcmp(a, "--ns") == 0) {
      if (nns == MAX_NS) fail("too many namespaces");
      namespaces[nns++] = argv[i];
    } else if (strcmp(a, "--rlimit") == 0) {
      if (nrlimits == MAX_RLIMITS) fail("too many rlimits");
      rlimits[nrlimits++] = v;
    } else fail("unknown option %s", a);
  }
  if (!root) fail("--root is required");
  if (i >= argc) fail("no program given");
  char **prog_argv = argv + i;

  /* fds: the shim may hand us FIFO ends opened O_NONBLOCK; programs expect blocking stdio. */
  for (int fd = 0; fd <= 2; fd++) {
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0 && (fl & O_NONBLOCK) && fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) != 0)
      fail("clear O_NONBLOCK on fd %d: %s", fd, errstr(errno));
  }
  close_stray_fds();
  if (tty && ioctl(0, TIOCSCTTY, 0) != 0) fail("set controlling terminal: %s", errstr(errno));
#ifdef __linux__
  if (nns) enter_namespaces(namespaces, nns);
#else
  if (nns) fail("namespaces are a Linux feature");
#endif

  if (chroot(root) != 0) fail("chroot %s: %s", root, errstr(errno));
  if (chdir("/") != 0) fail("chdir /: %s", errstr(errno));

  /* user: a name is looked up in the image's /etc/passwd; HOME defaults from it as in runc. */
  char home[PATH_MAX] = "/";
  uid_t pw_uid;
  gid_t pw_gid;
  char pw_home[PATH_MAX];
  if (user) {
    if (!passwd_lookup(user, 0, &pw_uid, &pw_gid, pw_home, sizeof pw_home))
      fail("unknown user %s: no matching entries in /etc/passwd", user);
    uid = pw_uid;
    if (!have_gid) gid = pw_gid;
    snprintf(home, sizeof home, "%s", pw_home);
  } else if (passwd_lookup(NULL, uid, &pw_uid, &pw_gid, pw_home, sizeof pw_home)) {
    snprintf(home, sizeof home, "%s", pw_home);
  }
  (void)have_uid;
  if (!getenv("HOME") && setenv("HOME", home, 1) != 0) fail("setenv HOME: %s", errstr(errno));

  gid_t gids[MAX_GROUPS];
  int ngids = 0;
  if (groups && *groups) {
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", groups);
    for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
      if (ngids == MAX_GROUPS) fail("too many additional groups");
      gids[ngids++] = (gid_t)parse_num("gid", tok, 10);
    }
  }
  if (setgroups((size_t)ngids, gids) != 0) fail("setgroups: %s", errstr(errno));
  if (setgid(gid) != 0) fail("setgid %u: %s", (unsigned)gid, errstr(errno));
  if (setuid(uid) != 0) fail("setuid %u: %s", (unsigned)uid, errstr(errno));
  /* cwd after setuid, as runc does: a directory the user may not enter is an error too. */
  if (chdir(cwd) != 0) fail("chdir %s: %s", cwd, errstr(errno));
  for (int r = 0; r < nrlimits; r++) apply_rlimit(rlimits[r]);
  if (umask_v >= 0) umask((mode_t)umask_v);
#ifdef __linux__
  if (nnp && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail("no_new_privs: %s", errstr(errno));
#else
  (void)nnp; /* darwin has no no_new_privs equivalent */
#endif

  char prog[PATH_MAX];
  resolve(prog_argv[0], prog, sizeof prog);

  if (write(STATUS_FD, "ready\n", 6) != 6) fail("write status: %s", errstr(errno));
  char go;
  ssize_t n;
  do n = read(START_FD, &go, 1);
  while (n < 0 && errno == EINTR);
  if (n != 1) _exit(0); /* the shim went away or deleted us before Start: run nothing */
  close(START_FD);

  execve(prog, prog_argv, environ);
  fail("exec: \"%s\": %s", prog_argv[0], errstr(errno));
  return 127;
}
