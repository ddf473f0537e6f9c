// Error kinds used everywhere inside tandem. They are turned into gRPC/ttrpc status codes
// exactly once, at the edge of each transport (toStatusCode), the way containerd's errdefs work.

export enum Code {
  OK = 0,
  Canceled = 1,
  Unknown = 2,
  InvalidArgument = 3,
  DeadlineExceeded = 4,
  NotFound = 5,
  AlreadyExists = 6,
  PermissionDenied = 7,
  ResourceExhausted = 8,
  FailedPrecondition = 9,
  Aborted = 10,
  OutOfRange = 11,
  Unimplemented = 12,
  Internal = 13,
  Unavailable = 14,
  DataLoss = 15,
  Unauthenticated = 16,
}

export class TandemError extends Error {
  constructor(
    readonly code: Code,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = Code[code] ?? 'TandemError';
  }
}

const kind = (code: Code) => (message: string, cause?: unknown) => new TandemError(code, message, { cause });

export const canceled = kind(Code.Canceled);
export const notFound = kind(Code.NotFound);
export const alreadyExists = kind(Code.AlreadyExists);
export const invalidArgument = kind(Code.InvalidArgument);
export const failedPrecondition = kind(Code.FailedPrecondition);
export const unimplemented = kind(Code.Unimplemented);
export const unavailable = kind(Code.Unavailable);
export const aborted = kind(Code.Aborted);
export const resourceExhausted = kind(Code.ResourceExhausted);
export const internal = kind(Code.Internal);

/** Maps any thrown value to a status code: our kinds as they are, Node errnos by meaning. */
export function toStatusCode(err: unknown): Code {
  if (err instanceof TandemError) return err.code;
  const errno = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (errno) {
    case 'ENOENT':
      return Code.NotFound;
    case 'EEXIST':
      return Code.AlreadyExists;
    case 'EACCES':
    case 'EPERM':
      return Code.PermissionDenied;
    case 'ENOSPC':
    case 'EDQUOT':
      return Code.ResourceExhausted;
    case 'EINVAL':
      return Code.InvalidArgument;
    default:
      return Code.Unknown;
  }
}

export function errorMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  // Node's `ENOSPC: no space left on device, write` names neither what was written nor the fix.
  if (err instanceof Error && (e.code === 'ENOSPC' || e.code === 'EDQUOT') && e.syscall) {
    const why = e.code === 'ENOSPC' ? 'no space left on device' : 'disk quota exceeded';
    return `${e.syscall}${e.path ? ` ${e.path}` : ''}: ${why}: free space on that filesystem and try again`;
  }
  return err instanceof Error ? err.message : String(err);
}

export function isCode(err: unknown, code: Code): boolean {
  return toStatusCode(err) === code;
}
