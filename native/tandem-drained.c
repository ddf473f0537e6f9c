/*
 * tandem-drained MS : waits until the pipe on stdin holds no unread bytes (ioctl FIONREAD), for at
 * most MS milliseconds. Exit 0: drained; 1: bytes were still there at the deadline; 2: bad use.
 *
 * Why: a native process writes into the client's FIFO itself, and containerd's client (ctr)
 * opens its end in a goroutine and cancels that open once it has the exit (task.Delete calls
 * io.Cancel before io.Wait): a process that wrote and exited before that goroutine came back
 * from open(2) had its output dropped by the client. The shim holds the exit until the client
 * has read what is in the FIFO (so its open has returned), bounded for a client that went away.
 * Node cannot ask FIONREAD itself. Linux and macOS.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>

int main(int argc, char **argv) {
  char *end = NULL;
  long ms = argc == 2 ? strtol(argv[1], &end, 10) : -1;
  if (argc != 2 || *end != '\0' || ms < 0) {
    fprintf(stderr, "usage: tandem-drained MS  (the pipe's read end on stdin)\n");
    return 2;
  }
  struct timespec step = {0, 1000000}, now; /* 1 ms */
  clock_gettime(CLOCK_MONOTONIC, &now);
  double deadline = now.tv_sec * 1e3 + now.tv_nsec / 1e6 + (double)ms;
  for (;;) {
    int n = 0;
    if (ioctl(0, FIONREAD, &n) != 0) {
      fprintf(stderr, "tandem-drained: FIONREAD: %s\n", strerror(errno));
      return 2;
    }
    if (n == 0) return 0;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (now.tv_sec * 1e3 + now.tv_nsec / 1e6 >= deadline) return 1;
    nanosleep(&step, NULL);
  }
}
