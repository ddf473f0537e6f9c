/*
 * tandem-pause: the process a Kubernetes pod's sandbox container runs (what registry.k8s.io/pause
 * does): hold the pod's namespaces open, reap orphaned children (it may be pid 1 of the pod's
 * pid namespace) and leave cleanly on SIGINT or SIGTERM. Linked statically: it is the only file
 * of the pause image `tandem image pause` writes, so a node with no registry still has one.
 */
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void leave(int sig) { _exit(sig == SIGINT || sig == SIGTERM ? 0 : 1); }

static void reap(int sig) {
  (void)sig;
  while (waitpid(-1, NULL, WNOHANG) > 0) {
  }
}

int main(void) {
  struct sigaction sa = {0};
  sa.sa_handler = leave;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sa.sa_handler = reap;
  sa.sa_flags = SA_NOCLDSTOP;
  sigaction(SIGCHLD, &sa, NULL);
  for (;;) pause();
}
