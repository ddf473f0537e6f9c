/*
 * tandem-pageout PID START-END... : asks the kernel to reclaim the given address ranges of
 * process PID now (process_madvise(2) with MADV_PAGEOUT). The VM daemon uses it once a guest has
 * booted, on QEMU's private file mappings: the kernel and initrd files, which QEMU keeps mapped
 * only to reload them on a guest reset, and its own binary and libraries, whose start-up code ran
 * once. Their clean pages are otherwise counted against the VM for as long as it runs. A later
 * access faults them back in from the files. Linux only (5.10+).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#ifndef MADV_PAGEOUT
#define MADV_PAGEOUT 21
#endif

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: tandem-pageout PID START-END...\n");
    return 2;
  }
  int pidfd = (int)syscall(SYS_pidfd_open, atoi(argv[1]), 0);
  if (pidfd < 0) {
    fprintf(stderr, "tandem-pageout: pidfd_open %s: %s\n", argv[1], strerror(errno));
    return 1;
  }
  int rc = 0;
  for (int i = 2; i < argc; i++) {
    unsigned long start, end;
    if (sscanf(argv[i], "%lx-%lx", &start, &end) != 2 || end <= start) {
      fprintf(stderr, "tandem-pageout: %s is not a START-END range in hex\n", argv[i]);
      return 2;
    }
    struct iovec iov = {.iov_base = (void *)start, .iov_len = end - start};
    if (syscall(SYS_process_madvise, pidfd, &iov, 1, MADV_PAGEOUT, 0) < 0) {
      fprintf(stderr, "tandem-pageout: process_madvise %s: %s\n", argv[i], strerror(errno));
      rc = 1;
    }
  }
  return rc;
}
#else
int main(void) {
  fprintf(stderr, "tandem-pageout: needs Linux (process_madvise)\n");
  return 1;
}
#endif
