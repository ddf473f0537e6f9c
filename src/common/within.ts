// A promise with a bound: the work's result, or the given error once `ms` passed without one. The
// timer is cleared either way, so a bounded call never keeps the process alive after it settled.

/** `work`'s result, or `late()`'s error when it has not settled within `ms`. */
export async function within<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(late()), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
