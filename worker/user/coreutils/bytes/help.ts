// The playground's help lines for the bytes tools (usage and a one-line summary each).

export const help: Readonly<Record<string, { usage: string; summary: string }>> = {
  cmp: {
    usage: 'cmp [-b] [-l | -s] [-i SKIP1[:SKIP2]] [-n LIMIT] FILE1 [FILE2 [SKIP1 [SKIP2]]]',
    summary: 'Compare two files byte by byte.',
  },
  dd: {
    usage: 'dd [if=FILE] [of=FILE] [bs=N] [count=N] [skip=N] [seek=N] [conv=notrunc,...] [status=LEVEL]',
    summary: 'Copy a file, converting and formatting according to the operands.',
  },
  diff: {
    usage: 'diff [-u | -U NUM | -q | -s] [-a] FILE1 FILE2',
    summary: 'Compare files line by line (normal or unified output).',
  },
  hexdump: {
    usage: 'hexdump [-bcCdovx] [-n LENGTH] [-s OFFSET] [FILE]...',
    summary: 'Display file contents in hexadecimal, decimal, octal, or ascii.',
  },
  od: {
    usage: 'od [-A RADIX] [-t TYPE] [-abcdilosx] [-j BYTES] [-N BYTES] [-S BYTES] [-v] [-w[BYTES]] [FILE]...',
    summary: 'Write an unambiguous representation, octal bytes by default, of FILE to standard output.',
  },
  xxd: {
    usage:
      'xxd [-a] [-b | -e | -i | -p] [-c COLS] [-g BYTES] [-l LEN] [-s [+][-]SEEK] [-u] [-r] [INFILE [OUTFILE]]',
    summary: 'Make a hex dump, or turn a hex dump back into binary (-r).',
  },
};
