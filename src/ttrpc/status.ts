// Conversion between thrown errors and the google.rpc.Status carried in ttrpc responses.
import { google } from '../generated/core-protos.js';
import { Code, TandemError, errorMessage, toStatusCode } from '../common/errdefs.js';

export function statusFromError(err: unknown): google.rpc.IStatus {
  return { code: toStatusCode(err), message: errorMessage(err) };
}

/** The error a client raises for a non-OK status, keeping the code for callers to inspect. */
export function errorFromStatus(status: google.rpc.IStatus | null | undefined): TandemError | undefined {
  if (!status || !status.code) return undefined;
  return new TandemError(status.code as Code, status.message ?? Code[status.code] ?? 'unknown');
}
