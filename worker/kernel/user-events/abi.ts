// Models include/uapi/linux/user_events.h (6.1): the ioctl numbers and struct user_reg. The model
// has no user address space, so the struct crosses as plain data; `nameArgs: null` stands for an
// address that cannot be read (EFAULT), and the kernel writes the results back into the object.

export const DIAG_IOC_MAGIC = 0x2a;
/** _IOWR('*', 0, struct user_reg *) on 64-bit. */
export const DIAG_IOCSREG = 0xc0082a00;
/** _IOW('*', 1, char *) on 64-bit. */
export const DIAG_IOCSDEL = 0x40082a01;

/** The smallest struct user_reg a caller may pass (up to and including write_index). */
export const USER_REG_SIZE = 20;
/** MAX_EVENT_DESC: a command or name of this many characters or more is refused. */
export const MAX_EVENT_DESC = 512;

export interface UserReg {
  /** sizeof the struct the caller uses. */
  size: number;
  /** The NUL-terminated command, or null for an unreadable address. */
  nameArgs: string | null;
  /** Bytes from offset 20 up to `size`, if the caller's struct is larger. */
  tail?: Uint8Array;
  /** Out: the event's bit in the status page. */
  statusBit?: number;
  /** Out: the index to put in front of each write on this descriptor. */
  writeIndex?: number;
}

export function isUserReg(arg: unknown): arg is UserReg {
  return typeof arg === 'object' && arg !== null && 'size' in arg && 'nameArgs' in arg;
}

/** A string as the kernel copies it from user memory (strncpy_from_user): up to its first NUL. */
export function cString(text: string): string {
  const nul = text.indexOf('\0');
  return nul < 0 ? text : text.slice(0, nul);
}
