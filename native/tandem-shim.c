/*
 * tandem-shim: the fast path of the shim binary contract (installed as
 * bin/containerd-shim-tandem-v1, a symlink to native/build/tandem-shim).
 *
 * containerd runs the shim binary twice per container, for `start` and for `delete`, and
 * waits for each. A Node start-up (~100 ms with our modules) paid twice per container would
 * make `ctr run --rm` slower than runc, so this helper answers both when the shim daemon for
 * (containerd address, namespace) is already running:
 *   start:  call tandem.shim.v1.Manager/Hold on the daemon socket; if the daemon answers (it
 *           stays for the container), write ./address atomically and print unix://<socket>
 *           (nothing else, nothing on stderr).
 *   delete: call tandem.shim.v1.Manager/Delete over ttrpc on that socket and print the
 *           DeleteResponse bytes it returns.
 * In every other case (no daemon, any error, any other action) it execs the Node entry point
 * dist/shim/main.js with the same arguments, which does the full job.
 * The socket name must match src/shim/paths.ts: <state>/s/<fnv1a64(address "/" namespace)>.sock.
 *
 * The bytes on the wire follow protos, hand-encoded here (no protobuf library in a launcher
 * that must start in a millisecond); test/shim/fast-path.test.ts runs this binary against a
 * socket server that decodes them with the generated types:
 *   ttrpc frame: 10-byte header (length u32 BE, stream id u32 BE, type u8: 1 request,
 *     2 response; flags u8), then proto/ttrpc/request.proto:
 *     Request  { string service = 1; string method = 2; bytes payload = 3; }
 *     Response { google.rpc.Status status = 1 (its int32 code = 1); bytes payload = 2; }
 *   payload: proto/tandem/shim/v1/manager.proto
 *     tandem.shim.v1.DeleteRequest { string id = 1; string bundle = 2; }; HoldRequest {} (empty)
 *   answer:  containerd.task.v2.DeleteResponse, copied to stdout without being decoded.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>
#ifdef __APPLE__
#include <mach-o/dyld.h>
#endif

static const char *flag(int argc, char **argv, const char *name) {
  for (int i = 1; i < argc - 1; i++)
    if (argv[i][0] == '-' && strcmp(argv[i] + (argv[i][1] == '-' ? 2 : 1), name) == 0) return argv[i + 1];
  return NULL;
}

static uint64_t fnv1a64(const char *a, const char *b) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (const char *s = a; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
  h = (h ^ '/') * 0x100000001b3ULL;
  for (const char *s = b; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
  return h;
}

static int dial(const char *path) {
  struct sockaddr_un sa = {.sun_family = AF_UNIX};
  if (strlen(path) >= sizeof(sa.sun_path)) return -1;
  strcpy(sa.sun_path, path);
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  struct timeval tv = {.tv_sec = 10};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
    close(fd);
    return -1;
  }
  return fd;
}

/* protobuf: field header + varint length + bytes (wire type 2). */
static size_t put_bytes(uint8_t *out, int field, const void *data, size_t len) {
  size_t n = 0;
  out[n++] = (uint8_t)(field << 3 | 2);
  for (size_t v = len;; v >>= 7) {
    out[n++] = (uint8_t)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
    if (v <= 0x7f) break;
  }
  memcpy(out + n, data, len);
  return n + len;
}

static int read_full(int fd, uint8_t *buf, size_t len) {
  for (size_t got = 0; got < len;) {
    ssize_t r = read(fd, buf + got, len - got);
    if (r <= 0) return -1;
    got += (size_t)r;
  }
  return 0;
}

static uint64_t get_varint(const uint8_t **p, const uint8_t *end) {
  uint64_t v = 0;
  for (int shift = 0; *p < end && shift < 64; shift += 7) {
    uint8_t b = *(*p)++;
    v |= (uint64_t)(b & 0x7f) << shift;
    if (!(b & 0x80)) break;
  }
  return v;
}

/* Calls Manager/<method> (stream 1, one request frame) with `payload`; on an OK status points
   *out at the response payload (in a static buffer). Field numbers: see the header comment. */
static int call(int fd, const char *method, const uint8_t *payload, size_t pl, const uint8_t **out, size_t *outlen) {
  static uint8_t req[4 * PATH_MAX + 256], frame[8192];
  size_t rl = 10;
  rl += put_bytes(req + rl, 1, "tandem.shim.v1.Manager", 22); /* Request.service */
  rl += put_bytes(req + rl, 2, method, strlen(method));     /* Request.method */
  rl += put_bytes(req + rl, 3, payload, pl);                 /* Request.payload */
  uint32_t len = (uint32_t)(rl - 10);
  uint8_t hdr[10] = {len >> 24, len >> 16, len >> 8, len, 0, 0, 0, 1, 1, 0};
  memcpy(req, hdr, 10);
  if (write(fd, req, rl) != (ssize_t)rl) return -1;
  if (read_full(fd, hdr, 10) < 0 || hdr[8] != 2) return -1;
  uint32_t flen = (uint32_t)hdr[0] << 24 | hdr[1] << 16 | hdr[2] << 8 | hdr[3];
  if (flen > sizeof frame || read_full(fd, frame, flen) < 0) return -1;
  const uint8_t *p = frame, *end = frame + flen;
  *out = NULL;
  *outlen = 0;
  while (p < end) {
    uint64_t key = get_varint(&p, end);
    if ((key & 7) != 2) return -1;
    uint64_t l = get_varint(&p, end);
    if (l > (uint64_t)(end - p)) return -1;
    if (key >> 3 == 1 && l > 0) { /* Response.status: fine only if its code (field 1) is 0 */
      const uint8_t *s = p;
      if (*s == 0x08 && (++s, get_varint(&s, p + l)) != 0) return -1;
    } else if (key >> 3 == 2) { /* Response.payload */
      *out = p;
      *outlen = l;
    }
    p += l;
  }
  return 0;
}

/* Calls Manager/Delete; on success writes the DeleteResponse payload to stdout. */
static int fast_delete(int fd, const char *id, const char *bundle) {
  static uint8_t payload[2 * PATH_MAX + 64];
  if (strlen(id) > PATH_MAX || strlen(bundle) > PATH_MAX) return -1;
  size_t pl = put_bytes(payload, 1, id, strlen(id));       /* DeleteRequest.id */
  pl += put_bytes(payload + pl, 2, bundle, strlen(bundle)); /* DeleteRequest.bundle */
  const uint8_t *out;
  size_t outlen;
  if (call(fd, "Delete", payload, pl, &out, &outlen) < 0) return -1;
  if (outlen && fwrite(out, 1, outlen, stdout) != outlen) return -1;
  return fflush(stdout);
}

/* Calls Manager/Hold (an empty HoldRequest): the daemon stays for the container containerd is
   about to send. A daemon on its way out refuses it or never answers; a plain connect cannot
   tell, the kernel queues it before the daemon has decided anything. */
static int hold(int fd) {
  static const uint8_t empty[1];
  const uint8_t *out;
  size_t outlen;
  return call(fd, "Hold", empty, 0, &out, &outlen);
}

static int fast_start(const char *bundle, const char *address) {
  if (bundle && chdir(bundle) < 0) return -1;
  char tmp[PATH_MAX];
  snprintf(tmp, sizeof tmp, ".address.%d", (int)getpid());
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return -1;
  ssize_t n = write(fd, address, strlen(address));
  close(fd);
  if (n != (ssize_t)strlen(address) || rename(tmp, "address") < 0) return unlink(tmp), -1;
  fputs(address, stdout);
  return fflush(stdout);
}

static void exec_node(int argc, char **argv) {
  char self[PATH_MAX], entry[PATH_MAX + 64];
#ifdef __APPLE__
  uint32_t size = sizeof self;
  char raw[PATH_MAX];
  if (_NSGetExecutablePath(raw, &size) != 0 || !realpath(raw, self)) strcpy(self, argv[0]);
#else
  if (!realpath("/proc/self/exe", self)) strcpy(self, argv[0]);
#endif
  char *slash = strrchr(self, '/');
  if (slash) *slash = 0;
  snprintf(entry, sizeof entry, "%s/../../dist/shim/main.js", self); /* native/build/ → dist/ */
  char **args = calloc((size_t)argc + 2, sizeof *args);
  const char *node = getenv("TANDEM_NODE");
  args[0] = (char *)(node && *node ? node : "node");
  args[1] = entry;
  for (int i = 1; i < argc; i++) args[i + 1] = argv[i];
  execvp(args[0], args);
  fprintf(stderr, "containerd-shim-tandem-v1: exec %s: %s\n", args[0], strerror(errno));
  exit(127);
}

int main(int argc, char **argv) {
  const char *action = argc > 1 ? argv[argc - 1] : "";
  const char *address = flag(argc, argv, "address"), *ns = flag(argc, argv, "namespace");
  if (address && ns && (strcmp(action, "start") == 0 || strcmp(action, "delete") == 0)) {
    const char *state = getenv("TANDEM_STATE_DIR");
#ifdef __APPLE__
    if (!state || !*state) state = "/var/run/tandem";
#else
    if (!state || !*state) state = "/run/tandem";
#endif
    char sock[PATH_MAX], uri[PATH_MAX + 8];
    snprintf(sock, sizeof sock, "%s/s/%016llx.sock", state, (unsigned long long)fnv1a64(address, ns));
    int fd = dial(sock);
    if (fd >= 0) {
      int ok;
      if (strcmp(action, "start") == 0) {
        snprintf(uri, sizeof uri, "unix://%s", sock);
        ok = hold(fd) == 0 ? fast_start(flag(argc, argv, "bundle"), uri) : -1;
      } else {
        const char *id = flag(argc, argv, "id"), *bundle = flag(argc, argv, "bundle");
        char cwd[PATH_MAX];
        if (!bundle) bundle = getcwd(cwd, sizeof cwd);
        ok = id && bundle ? fast_delete(fd, id, bundle) : -1;
      }
      close(fd);
      if (ok == 0) return 0;
    }
  }
  exec_node(argc, argv);
}
