// Models include/uapi/linux/user_events.h of Linux 6.12: struct user_reg with its enable bit,
// size and address, struct user_unreg, the three ioctls and the registration flags. As for 6.1
// (../abi.ts) the structs cross as plain data: `nameArgs: null` is an address that cannot be read,
// `tail` the caller's bytes past the kernel's struct, and the kernel writes `writeIndex` back.

export { DIAG_IOCSDEL, DIAG_IOCSREG, MAX_EVENT_DESC } from '../abi';

/** _IOW('*', 2, struct user_unreg *) on 64-bit. */
export const DIAG_IOCSUNREG = 0x40082a02;

/** USER_EVENT_REG_PERSIST: the event stays after its last reference (CAP_PERFMON). */
export const USER_EVENT_REG_PERSIST = 1 << 0;
/** USER_EVENT_REG_MULTI_FORMAT: NAME may have several formats, as user_events_multi/NAME.ID. */
export const USER_EVENT_REG_MULTI_FORMAT = 1 << 1;
/** USER_EVENT_REG_MAX: this flag and above are not ABI. */
export const USER_EVENT_REG_MAX = 1 << 2;

/** sizeof(struct user_reg): the packed struct up to and including write_index. */
export const USER_REG_SIZE = 28;
/** sizeof(struct user_unreg): up to and including disable_addr. */
export const USER_UNREG_SIZE = 16;

export interface UserReg {
  size: number;
  /** The bit to set while the event is enabled (0-31 or 0-63). */
  enableBit: number;
  /** 4 or 8: the word at enableAddr. */
  enableSize: number;
  flags: number;
  /** An address in the caller's own memory. */
  enableAddr: number;
  /** The NUL-terminated command, or null for an unreadable address. */
  nameArgs: string | null;
  /** Bytes from offset 28 up to `size`, if the caller's struct is larger. */
  tail?: Uint8Array;
  /** Out: the index to put in front of each write on this descriptor. */
  writeIndex?: number;
}

export interface UserUnreg {
  size: number;
  disableBit: number;
  reserved: number;
  reserved2: number;
  disableAddr: number;
  /** Bytes from offset 16 up to `size`. */
  tail?: Uint8Array;
}

export function isUserReg(arg: unknown): arg is UserReg {
  return typeof arg === 'object' && arg !== null && 'size' in arg && 'enableAddr' in arg;
}

export function isUserUnreg(arg: unknown): arg is UserUnreg {
  return typeof arg === 'object' && arg !== null && 'size' in arg && 'disableAddr' in arg;
}
