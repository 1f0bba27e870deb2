// Models include/uapi/asm-generic/errno-base.h and glibc strerror(): the errno values the model returns.
// Kernel functions that return int return `0 | -Errno`; functions that return an object return Result<T>.

export const EPERM = 1;
export const ENOENT = 2;
export const ESRCH = 3;
export const EIO = 5;
export const E2BIG = 7;
export const EBADF = 9;
export const EAGAIN = 11;
export const ENOMEM = 12;
export const EACCES = 13;
export const EFAULT = 14;
export const EBUSY = 16;
export const EEXIST = 17;
export const EXDEV = 18;
export const ENODEV = 19;
export const ENOTDIR = 20;
export const EISDIR = 21;
export const EINVAL = 22;
export const EMFILE = 24;
export const ENOTTY = 25;
export const ENOSPC = 28;
export const ESPIPE = 29;
export const EPIPE = 32;
export const ERANGE = 34;
export const ENAMETOOLONG = 36;
export const ENOTEMPTY = 39;
export const ELOOP = 40;
export const EADDRINUSE = 98;
export const ECANCELED = 125;

export type Errno = number;

const TEXTS: Record<number, string> = {
  [EPERM]: 'Operation not permitted',
  [ENOENT]: 'No such file or directory',
  [ESRCH]: 'No such process',
  [EIO]: 'Input/output error',
  [E2BIG]: 'Argument list too long',
  [EBADF]: 'Bad file descriptor',
  [EAGAIN]: 'Resource temporarily unavailable',
  [ENOMEM]: 'Cannot allocate memory',
  [EACCES]: 'Permission denied',
  [EFAULT]: 'Bad address',
  [EBUSY]: 'Device or resource busy',
  [EEXIST]: 'File exists',
  [EXDEV]: 'Invalid cross-device link',
  [ENODEV]: 'No such device',
  [ENOTDIR]: 'Not a directory',
  [EISDIR]: 'Is a directory',
  [EINVAL]: 'Invalid argument',
  [EMFILE]: 'Too many open files',
  [ENOTTY]: 'Inappropriate ioctl for device',
  [ENOSPC]: 'No space left on device',
  [ESPIPE]: 'Illegal seek',
  [EPIPE]: 'Broken pipe',
  [ERANGE]: 'Numerical result out of range',
  [ENAMETOOLONG]: 'File name too long',
  [ENOTEMPTY]: 'Directory not empty',
  [ELOOP]: 'Too many levels of symbolic links',
  [EADDRINUSE]: 'Address already in use',
  [ECANCELED]: 'Operation canceled',
};

const NAMES: Record<number, string> = {
  [EPERM]: 'EPERM',
  [ENOENT]: 'ENOENT',
  [ESRCH]: 'ESRCH',
  [EIO]: 'EIO',
  [E2BIG]: 'E2BIG',
  [EBADF]: 'EBADF',
  [EAGAIN]: 'EAGAIN',
  [ENOMEM]: 'ENOMEM',
  [EACCES]: 'EACCES',
  [EFAULT]: 'EFAULT',
  [EBUSY]: 'EBUSY',
  [EEXIST]: 'EEXIST',
  [EXDEV]: 'EXDEV',
  [ENODEV]: 'ENODEV',
  [ENOTDIR]: 'ENOTDIR',
  [EISDIR]: 'EISDIR',
  [EINVAL]: 'EINVAL',
  [EMFILE]: 'EMFILE',
  [ENOTTY]: 'ENOTTY',
  [ENOSPC]: 'ENOSPC',
  [ESPIPE]: 'ESPIPE',
  [EPIPE]: 'EPIPE',
  [ERANGE]: 'ERANGE',
  [ENAMETOOLONG]: 'ENAMETOOLONG',
  [ENOTEMPTY]: 'ENOTEMPTY',
  [ELOOP]: 'ELOOP',
  [EADDRINUSE]: 'EADDRINUSE',
  [ECANCELED]: 'ECANCELED',
};

/** The C library's text for an errno (positive or negative), as strerror() gives it. */
export function strerror(err: number): string {
  const e = Math.abs(err);
  return TEXTS[e] ?? `Unknown error ${e}`;
}

/** The macro name of an errno (positive or negative), e.g. `EBUSY`. */
export function errnoName(err: number): string {
  const e = Math.abs(err);
  return NAMES[e] ?? `E${e}`;
}

/** A value or a negative errno, for kernel functions that return an object. */
export type Result<T> = { ok: true; value: T } | { ok: false; err: number };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a negative errno; a positive one is negated so callers may pass either. */
export function fail<T = never>(err: number): Result<T> {
  return { ok: false, err: -Math.abs(err) };
}
