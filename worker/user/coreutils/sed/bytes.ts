// Models the C strings sed works on as JavaScript byte strings (one character per byte, the C
// locale): arguments and file names come in as text and go out to the kernel as text.

import { decodeUtf8, latin1Bytes, latin1String } from '../../../kernel/lib/utf8';
import { encodeText } from '../../bytes';

/** An argument's bytes as a byte string. */
export function argBytes(arg: string): string {
  return latin1String(encodeText(arg));
}

/** The path a byte string names, as the system calls take it. */
export function pathOf(name: string): string {
  return decodeUtf8(latin1Bytes(name));
}
