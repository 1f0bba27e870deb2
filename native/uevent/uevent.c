/*
 * uevent: the tracefs playground's `uevent` command, for a real Linux kernel.
 *
 * The playground runs a model of tracefs in the browser, with its own `uevent`
 * (worker/user/programs/uevent*.ts): a command-line client of user_events. This is the
 * same command written against the real system calls, so that a session exported from
 * the playground runs on a real kernel and prints the same bytes: same command line,
 * output, messages and exit statuses. Where the two disagree, the playground's uevent is
 * the reference.
 *
 * It speaks the ABI of the kernel it runs on, chosen from uname(2) once at start:
 *
 * The "status page" ABI of Linux 6.0-6.3 (with CONFIG_USER_EVENTS, or the
 * tracing-namespaces RFC v2 kernel), for a release before 6.4:
 *   register FD 'NAME FIELDS'     DIAG_IOCSREG on an inherited descriptor
 *                                 -> "status_bit=N write_index=M"
 *   enabled STATUS_FILE BIT       maps the status page, prints 1 or 0 (exit 0 or 1)
 *   hold STATUS_FILE              maps the status page, closes the file, prints
 *                                 "mapped V[0]=0xNN" and keeps the mapping until killed
 *
 * The "enable bit" ABI of Linux 6.4 and later, for a release 6.4 or later: the kernel
 * sets and clears bit 0 of a word in the program's own memory (one anonymous page):
 *   register FD 'NAME FIELDS' [persist] [multi-format]
 *                                 DIAG_IOCSREG with the word -> "write_index=M enabled=B";
 *                                 the program's exit drops the word, the event stays
 *   enabled FD 'NAME FIELDS'      registers, reads the bit, DIAG_IOCSUNREG; prints 1 or 0
 *                                 (exit 0 or 1)
 *   hold FD 'NAME FIELDS' [persist] [multi-format]
 *                                 registers as register does, then keeps the word
 *                                 registered until killed
 *
 * On both:
 *   unregister FD NAME            DIAG_IOCSDEL
 *   write FD WRITE_INDEX [VALUE...]
 *                                 one writev: the 4-byte index, then the values
 *                                 -> the byte count the kernel accepted
 *   emit [-d DIR] [--count N] [--interval DURATION] 'NAME FIELDS' [VALUE...]
 *                                 a whole instrumented program: open, register, look at
 *                                 the bit (status page or enable word), write only if it
 *                                 is set; N times, DURATION apart, with --count
 *
 * UEVENT_ABI=status-page or UEVENT_ABI=enable-bit in the environment chooses the ABI
 * whatever the release says (a kernel with a backported ABI; tests on any machine).
 *
 * Exit status: 0 ok, 1 the kernel refused ("uevent: OP: strerror"), 2 a usage error
 * (nothing was done).
 *
 * Both ABIs are written out below, the old one from include/linux/user_events.h of
 * Linux 6.1 (not even a uapi header while USER_EVENTS depended on BROKEN), the new one
 * from include/uapi/linux/user_events.h of 6.12, so no kernel header is needed.
 * Build: cc -O2 -Wall -Wextra -Werror -o uevent uevent.c
 */
/* MAP_ANONYMOUS: POSIX only since 2024; glibc and musl show it to the default source. */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

/* ---- the user_events ABI of Linux 6.0-6.3 ---------------------------------------- */

/* _IOC(dir, '*', nr, size) in the asm-generic encoding (x86, arm, arm64, riscv). */
#define UE_IOC(dir, nr, size) \
	(((unsigned long)(dir) << 30) | ((unsigned long)(size) << 16) | ((unsigned long)'*' << 8) | (nr))
/* _IOWR('*', 0, struct user_reg *): 0xc0082a00 on 64-bit. */
#define DIAG_IOCSREG UE_IOC(3, 0, sizeof(void *))
/* _IOW('*', 1, char *): 0x40082a01 on 64-bit. */
#define DIAG_IOCSDEL UE_IOC(1, 1, sizeof(char *))

/*
 * struct user_reg is packed: u32 size, u64 name_args (the command's address),
 * u32 status_bit (out), u32 write_index (out). Built byte by byte at these offsets.
 */
#define USER_REG_SIZE 20
#define REG_SIZE_AT 0
#define REG_NAME_ARGS_AT 4
#define REG_STATUS_BIT_AT 12
#define REG_WRITE_INDEX_AT 16

/* The status page: one page, event N's bit is bit N % 8 of byte N / 8. */
#define STATUS_PAGE 4096
#define STATUS_BITS (STATUS_PAGE * 8)

/* ---- the user_events ABI of Linux 6.4 and later ------------------------------------- */

/* DIAG_IOCSREG and DIAG_IOCSDEL keep their numbers; _IOW('*', 2, struct user_unreg *): 0x40082a02. */
#define DIAG_IOCSUNREG UE_IOC(1, 2, sizeof(void *))

/*
 * This struct user_reg is packed too: u32 size, u8 enable_bit, u8 enable_size (bytes),
 * u16 flags, u64 enable_addr, u64 name_args, u32 write_index (out).
 */
#define ENABLE_REG_SIZE 28
#define ENABLE_REG_BIT_AT 4
#define ENABLE_REG_ENABLE_SIZE_AT 5
#define ENABLE_REG_FLAGS_AT 6
#define ENABLE_REG_ADDR_AT 8
#define ENABLE_REG_NAME_ARGS_AT 16
#define ENABLE_REG_WRITE_INDEX_AT 24

/* struct user_unreg, packed: u32 size, u8 disable_bit, u8 and u16 reserved, u64 disable_addr. */
#define USER_UNREG_SIZE 16
#define UNREG_BIT_AT 4
#define UNREG_ADDR_AT 8

/* enum user_reg_flag. */
#define USER_EVENT_REG_PERSIST 1
#define USER_EVENT_REG_MULTI_FORMAT 2

/* The first release with this ABI. */
#define ENABLE_BIT_MAJOR 6
#define ENABLE_BIT_MINOR 4

/* ---- what the playground's uevent fixes ------------------------------------------- */

enum { EXIT_OK = 0, EXIT_REFUSED = 1, EXIT_USAGE = 2 };

#define DEFAULT_DIR "/sys/kernel/tracing"
/* The largest fixed part, and the largest string area, of one payload. */
#define PAYLOAD_MAX 65536
/* At most this many VALUE arguments. */
#define MAX_VALUES 256
/* The common header in front of the payload in a trace entry (__data_loc offsets count it). */
#define COMMON_HEADER 8
/* Linux's MAX_ARG_STRLEN: no argument is longer, so text taken from one fits this. */
#define ARG_MAX_BYTES (32 * 4096)

#define USAGE_TAIL \
	"       uevent emit [-d DIR] [--count N] [--interval DURATION] 'NAME FIELDS' [VALUE...]\n" \
	"VALUE: u8:N u16:N u32:N u64:N s8:N s16:N s32:N s64:N char[N]:TEXT loc:TEXT rel:TEXT hex:BYTES\n" \
	"DURATION: a number with ns, us, ms, s or m (default s), e.g. 500ms\n"

static const char STATUS_PAGE_USAGE[] =
	"usage: uevent register FD 'NAME FIELDS'\n"
	"       uevent unregister FD NAME\n"
	"       uevent write FD WRITE_INDEX [VALUE...]\n"
	"       uevent enabled STATUS_FILE BIT\n"
	"       uevent hold STATUS_FILE\n"
	USAGE_TAIL;

static const char ENABLE_BIT_USAGE[] =
	"usage: uevent register FD 'NAME FIELDS' [persist] [multi-format]\n"
	"       uevent unregister FD NAME\n"
	"       uevent write FD WRITE_INDEX [VALUE...]\n"
	"       uevent enabled FD 'NAME FIELDS'\n"
	"       uevent hold FD 'NAME FIELDS' [persist] [multi-format]\n"
	USAGE_TAIL;

/* Which ABI this run speaks (choose_abi); the status page until told otherwise. */
static int enable_bit_abi;

/* The usage text of that ABI. */
static const char *usage_text(void)
{
	return enable_bit_abi ? ENABLE_BIT_USAGE : STATUS_PAGE_USAGE;
}

/* ---- messages ---------------------------------------------------------------------- */

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

/* "uevent: MESSAGE" on standard error, after what standard output holds; returns STATUS. */
static int say(int status, const char *format, ...) PRINTF_LIKE(2, 3);

static int say(int status, const char *format, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("uevent: ", stderr);
	va_start(ap, format);
	vfprintf(stderr, format, ap);
	va_end(ap);
	fputc('\n', stderr);
	fflush(stderr);
	return status;
}

static int usage(int status)
{
	fflush(stdout);
	fputs(usage_text(), stderr);
	fflush(stderr);
	return status;
}

/* A system call the kernel refused: "uevent: OP: strerror", status 1. */
static int refused(const char *op, int err)
{
	return say(EXIT_REFUSED, "%s: %s", op, strerror(err));
}

/* ---- numbers, as strtoll/strtoull read them ------------------------------------------ */

/* The whole of a non-empty TEXT is one number that strtoll reads without overflow. */
static int whole_signed(const char *text, int base, long long *value)
{
	char *end;

	if (*text == '\0')
		return 0;
	errno = 0;
	*value = strtoll(text, &end, base);
	return *end == '\0' && errno == 0;
}

/* The same with strtoull (which takes "-N" as 2^64 - N). */
static int whole_unsigned(const char *text, int base, unsigned long long *value)
{
	char *end;

	if (*text == '\0')
		return 0;
	errno = 0;
	*value = strtoull(text, &end, base);
	return *end == '\0' && errno == 0;
}

/* A descriptor operand: decimal, naming a descriptor this process has open. */
static int parse_fd(const char *arg, int *fd)
{
	long long v;

	if (!whole_signed(arg, 10, &v) || v < 0 || v > INT_MAX)
		return say(EXIT_USAGE, "bad file descriptor '%s'", arg);
	if (fcntl((int)v, F_GETFD) < 0)
		return say(EXIT_USAGE, "file descriptor %s is not open", arg);
	*fd = (int)v;
	return EXIT_OK;
}

/* A write index: any 32-bit value, signed or unsigned, in any base strtoll knows. */
static int parse_write_index(const char *arg, uint32_t *index)
{
	long long v;

	if (!whole_signed(arg, 0, &v) || v < INT32_MIN || v > (long long)UINT32_MAX)
		return say(EXIT_USAGE, "bad write index '%s'", arg);
	*index = (uint32_t)v;
	return EXIT_OK;
}

/* A bit of the status page. */
static int parse_bit(const char *arg, unsigned long *bit)
{
	unsigned long long v;

	if (!whole_unsigned(arg, 0, &v) || v >= STATUS_BITS)
		return say(EXIT_USAGE, "bad bit number '%s'", arg);
	*bit = (unsigned long)v;
	return EXIT_OK;
}

/* X as BYTES little-endian bytes (two's complement for negative values). */
static void little_endian(unsigned char *out, uint64_t x, int bytes)
{
	int i;

	for (i = 0; i < bytes; i++)
		out[i] = (unsigned char)(x >> (8 * i));
}

/* ---- the payload after the write index ------------------------------------------------ */

/* A loc:/rel: word whose value is known once the fixed part's length is. */
struct loc {
	size_t at;        /* offset of the 4-byte word in the fixed part */
	size_t string_at; /* offset of the string in the string area */
	size_t length;    /* the string's length, its NUL included */
	int relative;     /* __rel_loc (from the byte after the word) or __data_loc */
};

/* The fixed part holds the values in order; the strings, each with its NUL, follow it. */
struct payload {
	unsigned char fixed[PAYLOAD_MAX];
	size_t nfixed;
	unsigned char strings[PAYLOAD_MAX];
	size_t nstrings;
	struct loc locs[MAX_VALUES];
	size_t nlocs;
};

static struct payload payload;

struct integer_type {
	const char *name;
	int bytes;
	int is_signed;
};

static const struct integer_type INTEGERS[] = {
	{ "u8", 1, 0 }, { "u16", 2, 0 }, { "u32", 4, 0 }, { "u64", 8, 0 },
	{ "s8", 1, 1 }, { "s16", 2, 1 }, { "s32", 4, 1 }, { "s64", 8, 1 },
};

/* Room for N more bytes in the fixed part, or the message for value V. */
static int room(const struct payload *p, size_t n, const char *v)
{
	if (p->nfixed + n > PAYLOAD_MAX)
		return say(EXIT_USAGE, "value '%s' makes the payload too long", v);
	return EXIT_OK;
}

static int put(struct payload *p, const unsigned char *bytes, size_t n, const char *v)
{
	int status = room(p, n, v);

	if (status)
		return status;
	memcpy(p->fixed + p->nfixed, bytes, n);
	p->nfixed += n;
	return EXIT_OK;
}

static int put_le(struct payload *p, uint64_t x, int bytes, const char *v)
{
	unsigned char b[8];

	little_endian(b, x, bytes);
	return put(p, b, (size_t)bytes, v);
}

static const struct integer_type *integer_type(const char *type, size_t type_len)
{
	size_t i;

	for (i = 0; i < sizeof INTEGERS / sizeof INTEGERS[0]; i++)
		if (strlen(INTEGERS[i].name) == type_len && memcmp(INTEGERS[i].name, type, type_len) == 0)
			return &INTEGERS[i];
	return NULL;
}

static int encode_signed(struct payload *p, const char *v, const char *text, int bytes)
{
	long long x;
	long long high = bytes == 8 ? LLONG_MAX : (1LL << (8 * bytes - 1)) - 1;

	if (!whole_signed(text, 0, &x))
		return say(EXIT_USAGE, "value '%s' is not a number", v);
	if (x < -high - 1 || x > high)
		return say(EXIT_USAGE, "value '%s' does not fit the field", v);
	return put_le(p, (uint64_t)x, bytes, v);
}

static int encode_unsigned(struct payload *p, const char *v, const char *text, int bytes)
{
	unsigned long long x;

	if (*text == '-')
		return say(EXIT_USAGE, "value '%s' does not fit the field", v);
	if (!whole_unsigned(text, 0, &x))
		return say(EXIT_USAGE, "value '%s' is not a number or does not fit", v);
	if (bytes < 8 && x >> (8 * bytes) != 0)
		return say(EXIT_USAGE, "value '%s' does not fit the field", v);
	return put_le(p, x, bytes, v);
}

static int encode_integer(struct payload *p, const char *v, const char *text, const struct integer_type *t)
{
	if (*text == '\0')
		return say(EXIT_USAGE, "value '%s' has no number", v);
	if (t->is_signed)
		return encode_signed(p, v, text, t->bytes);
	return encode_unsigned(p, v, text, t->bytes);
}

/* TYPE is "char[...]" (at least "char[]"). */
static int is_char_array(const char *type, size_t type_len)
{
	return type_len >= 6 && memcmp(type, "char[", 5) == 0 && type[type_len - 1] == ']';
}

/* The N of "char[N]": decimal, 1 to PAYLOAD_MAX. */
static int array_length(const char *type, size_t type_len, size_t *n)
{
	static char inner[ARG_MAX_BYTES];
	size_t len = type_len - 6;
	unsigned long long v;

	if (len >= sizeof inner)
		return 0;
	memcpy(inner, type + 5, len);
	inner[len] = '\0';
	if (!whole_unsigned(inner, 10, &v) || v == 0 || v > PAYLOAD_MAX)
		return 0;
	*n = (size_t)v;
	return 1;
}

/* char[N]:TEXT, TEXT NUL-padded to N bytes. */
static int encode_array(struct payload *p, const char *v, const char *type, size_t type_len, const char *text)
{
	size_t n, len = strlen(text);
	int status;

	if (!array_length(type, type_len, &n))
		return say(EXIT_USAGE, "bad array length in '%s'", v);
	if (len > n)
		return say(EXIT_USAGE, "text of '%s' does not fit the field", v);
	status = room(p, n, v);
	if (status)
		return status;
	memset(p->fixed + p->nfixed, 0, n);
	memcpy(p->fixed + p->nfixed, text, len);
	p->nfixed += n;
	return EXIT_OK;
}

/* loc:TEXT or rel:TEXT: a word in the fixed part, the string in the string area. */
static int encode_string(struct payload *p, const char *v, const char *text, int relative)
{
	size_t length = strlen(text) + 1;
	struct loc *loc;

	if (p->nstrings + length > PAYLOAD_MAX || length > 0xffff || p->nlocs >= MAX_VALUES)
		return say(EXIT_USAGE, "value '%s' is too long", v);
	loc = &p->locs[p->nlocs++];
	loc->at = p->nfixed;
	loc->string_at = p->nstrings;
	loc->length = length;
	loc->relative = relative;
	memcpy(p->strings + p->nstrings, text, length);
	p->nstrings += length;
	return put_le(p, 0, 4, v);
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* hex:BYTES, two digits a byte; ' ', ':', '-' and '_' between them are ignored. */
static int encode_hex(struct payload *p, const char *v, const char *text)
{
	int high = -1;
	const char *c;

	for (c = text; *c; c++) {
		int d;

		if (strchr(" :-_", *c))
			continue;
		d = hex_digit(*c);
		if (d < 0)
			return say(EXIT_USAGE, "bad hex digit in '%s'", v);
		if (high < 0) {
			high = d;
		} else {
			int status = put_le(p, (uint64_t)(high << 4 | d), 1, v);

			if (status)
				return status;
			high = -1;
		}
	}
	if (high >= 0)
		return say(EXIT_USAGE, "odd number of hex digits in '%s'", v);
	return EXIT_OK;
}

/* One VALUE, TYPE:TEXT. */
static int encode_value(struct payload *p, const char *v)
{
	const char *colon = strchr(v, ':');
	const struct integer_type *t;
	size_t type_len;
	const char *text;

	if (!colon)
		return say(EXIT_USAGE, "value '%s' has no TYPE: prefix", v);
	type_len = (size_t)(colon - v);
	text = colon + 1;
	t = integer_type(v, type_len);
	if (t)
		return encode_integer(p, v, text, t);
	if (is_char_array(v, type_len))
		return encode_array(p, v, v, type_len, text);
	if (type_len == 3 && (memcmp(v, "loc", 3) == 0 || memcmp(v, "rel", 3) == 0))
		return encode_string(p, v, text, v[0] == 'r');
	if (type_len == 3 && memcmp(v, "hex", 3) == 0)
		return encode_hex(p, v, text);
	return say(EXIT_USAGE, "unknown value prefix in '%s'", v);
}

/*
 * The loc/rel words, now that the strings' place is known: a __data_loc offset counts
 * from the start of the entry (common header included), a __rel_loc offset from the
 * byte after its word; the string's length is in the high 16 bits.
 */
static int patch_locs(struct payload *p)
{
	size_t i;

	if (p->nfixed + p->nstrings > PAYLOAD_MAX)
		return say(EXIT_USAGE, "payload too long");
	for (i = 0; i < p->nlocs; i++) {
		const struct loc *loc = &p->locs[i];
		size_t data_at = p->nfixed + loc->string_at;
		size_t offset = loc->relative ? data_at - (loc->at + 4) : COMMON_HEADER + data_at;

		if (offset > 0xffff)
			return say(EXIT_USAGE, "string offset does not fit 16 bits");
		little_endian(p->fixed + loc->at, (uint64_t)(loc->length << 16 | offset), 4);
	}
	return EXIT_OK;
}

/* Encodes the values; the first one that cannot be encoded stops with its message. */
static int build_payload(struct payload *p, char **values, int nvalues)
{
	int i, status;

	if (nvalues > MAX_VALUES)
		return say(EXIT_USAGE, "too many values");
	p->nfixed = p->nstrings = p->nlocs = 0;
	for (i = 0; i < nvalues; i++) {
		status = encode_value(p, values[i]);
		if (status)
			return status;
	}
	return patch_locs(p);
}

/* ---- system calls ----------------------------------------------------------------------- */

/* DIAG_IOCSREG: registers COMMAND on FD; -1 with errno when refused. */
static int register_event(int fd, const char *command, uint32_t *bit, uint32_t *index)
{
	unsigned char reg[USER_REG_SIZE];
	uint32_t size = USER_REG_SIZE;
	uint64_t name_args = (uint64_t)(uintptr_t)command;

	memset(reg, 0, sizeof reg);
	memcpy(reg + REG_SIZE_AT, &size, sizeof size);
	memcpy(reg + REG_NAME_ARGS_AT, &name_args, sizeof name_args);
	if (ioctl(fd, DIAG_IOCSREG, reg) < 0)
		return -1;
	memcpy(bit, reg + REG_STATUS_BIT_AT, sizeof *bit);
	memcpy(index, reg + REG_WRITE_INDEX_AT, sizeof *index);
	return 0;
}

/* One writev: the index, the fixed part, the strings (each only if not empty). */
static ssize_t send_event(int fd, uint32_t index, struct payload *p)
{
	unsigned char word[4];
	struct iovec iov[3];
	int n = 0;

	little_endian(word, index, 4);
	iov[n].iov_base = word;
	iov[n++].iov_len = sizeof word;
	if (p->nfixed > 0) {
		iov[n].iov_base = p->fixed;
		iov[n++].iov_len = p->nfixed;
	}
	if (p->nstrings > 0) {
		iov[n].iov_base = p->strings;
		iov[n++].iov_len = p->nstrings;
	}
	return writev(fd, iov, n);
}

static sigjmp_buf no_page;

static void on_sigbus(int sig)
{
	(void)sig;
	siglongjmp(no_page, 1);
}

/*
 * Whether the first byte of a mapping can be read. A mapping of a plain file whose
 * first page has no bytes behind it (an empty file) is made, but reading it raises
 * SIGBUS; pseudo-files such as user_events_status say size 0 and can be read.
 */
static int page_readable(const unsigned char *page)
{
	struct sigaction catch_bus, old;
	volatile int readable = 0;

	memset(&catch_bus, 0, sizeof catch_bus);
	catch_bus.sa_handler = on_sigbus;
	sigemptyset(&catch_bus.sa_mask);
	sigaction(SIGBUS, &catch_bus, &old);
	if (sigsetjmp(no_page, 1) == 0) {
		(void)*(const volatile unsigned char *)page;
		readable = 1;
	}
	sigaction(SIGBUS, &old, NULL);
	return readable;
}

/*
 * FD's first page, mapped read-only and shared as a writer maps user_events_status;
 * NULL with errno when it cannot be. A page that cannot be read is refused with
 * ENODEV, the playground's answer for any file but user_events_status.
 */
static unsigned char *map_status_page(int fd)
{
	unsigned char *page = mmap(NULL, STATUS_PAGE, PROT_READ, MAP_SHARED, fd, 0);

	if (page == MAP_FAILED)
		return NULL;
	if (!page_readable(page)) {
		munmap(page, STATUS_PAGE);
		errno = ENODEV;
		return NULL;
	}
	return page;
}

static int page_bit(const unsigned char *page, unsigned long bit)
{
	return bit < STATUS_BITS && (page[bit >> 3] >> (bit & 7) & 1);
}

/* Maps FILE's status page for a moment and reads the bit BIT_ARG names. */
static int status_bit(const char *file, const char *bit_arg, int *set)
{
	unsigned char *page;
	unsigned long bit = 0;
	int fd, status;

	status = parse_bit(bit_arg, &bit);
	if (status)
		return status;
	fd = open(file, O_RDONLY);
	if (fd < 0)
		return say(EXIT_USAGE, "%s: %s", file, strerror(errno));
	page = map_status_page(fd);
	if (!page) {
		int err = errno;

		close(fd);
		return say(EXIT_USAGE, "mmap %s: %s", file, strerror(err));
	}
	*set = page_bit(page, bit);
	munmap(page, STATUS_PAGE);
	close(fd);
	return EXIT_OK;
}

/* ---- the enable word (Linux 6.4 and later) ---------------------------------------------- */

/* Bit 0 of the first 4 bytes of one anonymous page: the kernel sets it while the event is enabled. */
static volatile uint32_t *enable_word;

/* Maps the page of the enable word; -1 with errno when it cannot be. */
static int map_enable_word(void)
{
	void *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (page == MAP_FAILED)
		return -1;
	enable_word = page;
	return 0;
}

/* DIAG_IOCSREG with the enable word: registers COMMAND on FD; -1 with errno when refused. */
static int register_word(int fd, const char *command, uint16_t flags, uint32_t *index)
{
	unsigned char reg[ENABLE_REG_SIZE];
	uint32_t size = ENABLE_REG_SIZE;
	uint64_t enable_addr = (uint64_t)(uintptr_t)enable_word;
	uint64_t name_args = (uint64_t)(uintptr_t)command;

	memset(reg, 0, sizeof reg);
	memcpy(reg + REG_SIZE_AT, &size, sizeof size);
	reg[ENABLE_REG_BIT_AT] = 0;
	reg[ENABLE_REG_ENABLE_SIZE_AT] = sizeof *enable_word;
	memcpy(reg + ENABLE_REG_FLAGS_AT, &flags, sizeof flags);
	memcpy(reg + ENABLE_REG_ADDR_AT, &enable_addr, sizeof enable_addr);
	memcpy(reg + ENABLE_REG_NAME_ARGS_AT, &name_args, sizeof name_args);
	if (ioctl(fd, DIAG_IOCSREG, reg) < 0)
		return -1;
	memcpy(index, reg + ENABLE_REG_WRITE_INDEX_AT, sizeof *index);
	return 0;
}

/* DIAG_IOCSUNREG: the kernel stops updating the enable word; -1 with errno when refused. */
static int unregister_word(int fd)
{
	unsigned char unreg[USER_UNREG_SIZE];
	uint32_t size = USER_UNREG_SIZE;
	uint64_t disable_addr = (uint64_t)(uintptr_t)enable_word;

	memset(unreg, 0, sizeof unreg);
	memcpy(unreg + REG_SIZE_AT, &size, sizeof size);
	unreg[UNREG_BIT_AT] = 0;
	memcpy(unreg + UNREG_ADDR_AT, &disable_addr, sizeof disable_addr);
	return ioctl(fd, DIAG_IOCSUNREG, unreg) < 0 ? -1 : 0;
}

static int word_bit(void)
{
	return (int)(*enable_word & 1);
}

/* ---- register, unregister, write, enabled ---------------------------------------------- */

static int cmd_register(int n, char **args)
{
	uint32_t bit, index;
	int fd, status;

	if (n != 2)
		return usage(EXIT_USAGE);
	status = parse_fd(args[0], &fd);
	if (status)
		return status;
	if (register_event(fd, args[1], &bit, &index) < 0)
		return refused("register", errno);
	printf("status_bit=%" PRIu32 " write_index=%" PRIu32 "\n", bit, index);
	return EXIT_OK;
}

static int cmd_unregister(int n, char **args)
{
	int fd, status;

	if (n != 2)
		return usage(EXIT_USAGE);
	status = parse_fd(args[0], &fd);
	if (status)
		return status;
	if (ioctl(fd, DIAG_IOCSDEL, args[1]) < 0)
		return refused("unregister", errno);
	return EXIT_OK;
}

static int cmd_write(int n, char **args)
{
	uint32_t index = 0;
	ssize_t written;
	int fd = -1, status;

	if (n < 2)
		return usage(EXIT_USAGE);
	status = parse_fd(args[0], &fd);
	if (!status)
		status = parse_write_index(args[1], &index);
	if (!status)
		status = build_payload(&payload, args + 2, n - 2);
	if (status)
		return status;
	written = send_event(fd, index, &payload);
	if (written < 0)
		return refused("write", errno);
	printf("%zd\n", written);
	return EXIT_OK;
}

static int cmd_enabled(int n, char **args)
{
	int set, status;

	if (n != 2)
		return usage(EXIT_USAGE);
	status = status_bit(args[0], args[1], &set);
	if (status)
		return status;
	puts(set ? "1" : "0");
	return set ? EXIT_OK : EXIT_REFUSED;
}

/* ---- hold -------------------------------------------------------------------------------- */

/* Maps the page, closes the file, shows the first byte, and keeps the mapping until killed. */
static int cmd_hold(int n, char **args)
{
	unsigned char *page;
	int fd;

	if (n != 1)
		return usage(EXIT_USAGE);
	fd = open(args[0], O_RDONLY);
	if (fd < 0)
		return refused("open", errno);
	page = map_status_page(fd);
	if (!page) {
		int err = errno;

		close(fd);
		return refused("mmap", err);
	}
	close(fd);
	printf("mapped V[0]=0x%02x\n", page[0]);
	fflush(stdout);
	for (;;)
		pause();
}

/* ---- register, enabled and hold on the enable-bit ABI ------------------------------------- */

/* The flag words after the command: persist and multi-format, in any order, repeats allowed. */
static int parse_flags(int n, char **words, uint16_t *flags)
{
	int i;

	*flags = 0;
	for (i = 0; i < n; i++) {
		if (!strcmp(words[i], "persist"))
			*flags |= USER_EVENT_REG_PERSIST;
		else if (!strcmp(words[i], "multi-format"))
			*flags |= USER_EVENT_REG_MULTI_FORMAT;
		else
			return say(EXIT_USAGE, "unknown flag '%s'", words[i]);
	}
	return EXIT_OK;
}

/*
 * FD 'NAME FIELDS' [FLAG...] registered with the enable word, "write_index=M enabled=B"
 * printed. The program then exits: the word goes with its memory, the event stays on FD.
 */
static int cmd_register_word(int n, char **args)
{
	uint16_t flags = 0;
	uint32_t index;
	int fd = -1, status;

	if (n < 2)
		return usage(EXIT_USAGE);
	status = parse_fd(args[0], &fd);
	if (!status)
		status = parse_flags(n - 2, args + 2, &flags);
	if (status)
		return status;
	if (map_enable_word() < 0)
		return refused("mmap", errno);
	if (register_word(fd, args[1], flags, &index) < 0)
		return refused("register", errno);
	printf("write_index=%" PRIu32 " enabled=%d\n", index, word_bit());
	return EXIT_OK;
}

/* Registers for a moment to read the bit; exit 2 when it cannot look, as the old enabled. */
static int cmd_enabled_word(int n, char **args)
{
	uint32_t index;
	int fd, set, status;

	if (n != 2)
		return usage(EXIT_USAGE);
	status = parse_fd(args[0], &fd);
	if (status)
		return status;
	if (map_enable_word() < 0)
		return say(EXIT_USAGE, "mmap: %s", strerror(errno));
	if (register_word(fd, args[1], 0, &index) < 0)
		return say(EXIT_USAGE, "register: %s", strerror(errno));
	set = word_bit();
	if (unregister_word(fd) < 0)
		return say(EXIT_USAGE, "unregister: %s", strerror(errno));
	puts(set ? "1" : "0");
	return set ? EXIT_OK : EXIT_REFUSED;
}

/* Registers as register does and keeps the word registered until killed. */
static int cmd_hold_word(int n, char **args)
{
	int status = cmd_register_word(n, args);

	if (status)
		return status;
	fflush(stdout);
	for (;;)
		pause();
}

/* ---- emit -------------------------------------------------------------------------------- */

struct emit_options {
	const char *dir;
	unsigned long count;
	double interval_ns;
	const char *command;
	char **values;
	int nvalues;
};

/* --count N: 1 to 999999999, digits only. */
static int parse_count(const char *text, unsigned long *count)
{
	size_t len = strlen(text), i;

	if (len < 1 || len > 9 || text[0] < '1' || text[0] > '9')
		return 0;
	for (i = 1; i < len; i++)
		if (text[i] < '0' || text[i] > '9')
			return 0;
	*count = strtoul(text, NULL, 10);
	return 1;
}

static size_t digits(const char *text)
{
	size_t n = 0;

	while (text[n] >= '0' && text[n] <= '9')
		n++;
	return n;
}

/* A duration: DIGITS[.DIGITS] then ns, us, ms, s or m (default s), in nanoseconds. */
static int parse_duration(const char *text, double *ns)
{
	static const struct { const char *unit; double ns; } UNITS[] = {
		{ "", 1e9 }, { "ns", 1 }, { "us", 1e3 }, { "ms", 1e6 }, { "s", 1e9 }, { "m", 60e9 },
	};
	size_t len = digits(text), i;

	if (len == 0)
		return 0;
	if (text[len] == '.') {
		size_t fraction = digits(text + len + 1);

		if (fraction == 0)
			return 0;
		len += 1 + fraction;
	}
	for (i = 0; i < sizeof UNITS / sizeof UNITS[0]; i++) {
		if (strcmp(text + len, UNITS[i].unit) == 0) {
			*ns = strtod(text, NULL) * UNITS[i].ns;
			return 1;
		}
	}
	return 0;
}

/* The length of ARG's option name: up to '=' for a --long=value, else all of it. */
static size_t option_key_length(const char *arg)
{
	const char *eq = strchr(arg, '=');

	if (strncmp(arg, "--", 2) == 0 && eq && eq > arg)
		return (size_t)(eq - arg);
	return strlen(arg);
}

static int is_key(const char *arg, size_t key_len, const char *name)
{
	return strlen(name) == key_len && strncmp(arg, name, key_len) == 0;
}

/* Applies one option: -d DIR, --count N or --interval DURATION. */
static int apply_option(struct emit_options *o, const char *key, size_t key_len, const char *value)
{
	if (is_key(key, key_len, "-d")) {
		o->dir = value;
	} else if (is_key(key, key_len, "--count")) {
		if (!parse_count(value, &o->count))
			return say(EXIT_USAGE, "bad count '%s'", value);
	} else if (!parse_duration(value, &o->interval_ns)) {
		return say(EXIT_USAGE, "bad interval '%s'", value);
	}
	return EXIT_OK;
}

static int emit_options(int n, char **args, struct emit_options *o)
{
	int i, status;

	o->dir = DEFAULT_DIR;
	o->count = 1;
	o->interval_ns = 1e9;
	o->command = NULL;
	o->values = NULL;
	o->nvalues = 0;
	for (i = 0; i < n; i++) {
		const char *a = args[i];
		size_t key_len = option_key_length(a);
		const char *value;

		if (!is_key(a, key_len, "-d") && !is_key(a, key_len, "--count") &&
		    !is_key(a, key_len, "--interval"))
			break;
		value = a[key_len] == '=' ? a + key_len + 1 : args[++i];
		if (i >= n)
			return usage(EXIT_USAGE);
		status = apply_option(o, a, key_len, value);
		if (status)
			return status;
	}
	if (i >= n || strncmp(args[i], "--", 2) == 0)
		return usage(EXIT_USAGE);
	o->command = args[i];
	o->values = args + i + 1;
	o->nvalues = n - i - 1;
	return EXIT_OK;
}

/* DIR/NAME, as the playground spells it (a DIR ending in '/' gives "//"). */
static const char *in_dir(const char *dir, const char *name)
{
	static char path[2][ARG_MAX_BYTES + 32];
	static int next;
	char *buf = path[next++ % 2];

	snprintf(buf, sizeof path[0], "%s/%s", dir, name);
	return buf;
}

/* Writes once if ENABLED, and says what happened. */
static int attempt(int fd, uint32_t index, int enabled)
{
	ssize_t written;

	if (!enabled) {
		puts("not enabled: nothing written");
		return EXIT_OK;
	}
	written = send_event(fd, index, &payload);
	if (written < 0)
		return refused("write", errno);
	printf("written %zd bytes\n", written);
	return EXIT_OK;
}

/* Sleeps NS nanoseconds (rounded; at most about 68 years). */
static void sleep_ns(double ns)
{
	double secs = (ns + 0.5) / 1e9;
	struct timespec t;

	if (!(secs < 2147483647.0))
		secs = 2147483647.0;
	t.tv_sec = (time_t)secs;
	t.tv_nsec = (long)((secs - (double)t.tv_sec) * 1e9);
	if (t.tv_nsec < 0 || t.tv_nsec > 999999999)
		t.tv_nsec = 0;
	while (nanosleep(&t, &t) < 0 && errno == EINTR)
		;
}

/* One attempt, the status page mapped only to look at the bit. */
static int emit_once(int fd, uint32_t bit, uint32_t index, const struct emit_options *o)
{
	char bit_arg[16];
	int set, status;

	snprintf(bit_arg, sizeof bit_arg, "%" PRIu32, bit);
	if (status_bit(in_dir(o->dir, "user_events_status"), bit_arg, &set))
		return EXIT_REFUSED;
	status = attempt(fd, index, set);
	close(fd);
	return status;
}

/* COUNT attempts INTERVAL apart, the descriptor and one mapping kept between them. */
static int emit_loop(int fd, uint32_t bit, uint32_t index, const struct emit_options *o)
{
	const char *file = in_dir(o->dir, "user_events_status");
	unsigned char *page;
	unsigned long i;
	int sfd, status;

	sfd = open(file, O_RDONLY);
	if (sfd < 0)
		return say(EXIT_REFUSED, "%s: %s", file, strerror(errno));
	page = map_status_page(sfd);
	if (!page)
		return say(EXIT_REFUSED, "mmap %s: %s", file, strerror(errno));
	for (i = 0; i < o->count; i++) {
		if (i > 0)
			sleep_ns(o->interval_ns);
		status = attempt(fd, index, page_bit(page, bit));
		if (status)
			return status;
		fflush(stdout);
	}
	munmap(page, STATUS_PAGE);
	close(sfd);
	close(fd);
	return EXIT_OK;
}

/*
 * The enable-bit ABI: register with the enable word, then COUNT attempts INTERVAL apart,
 * each looking at the word; the word unregistered at the end. No status page.
 */
static int emit_word(int fd, const struct emit_options *o)
{
	uint32_t index;
	unsigned long i;
	int status;

	if (map_enable_word() < 0)
		return refused("mmap", errno);
	if (register_word(fd, o->command, 0, &index) < 0)
		return refused("register", errno);
	for (i = 0; i < o->count; i++) {
		if (i > 0)
			sleep_ns(o->interval_ns);
		status = attempt(fd, index, word_bit());
		if (status)
			return status;
		fflush(stdout);
	}
	unregister_word(fd);
	close(fd);
	return EXIT_OK;
}

/* The whole life of an instrumented program; the values are checked before anything else. */
static int cmd_emit(int n, char **args)
{
	struct emit_options o;
	const char *data;
	uint32_t bit, index;
	int fd, status;

	status = emit_options(n, args, &o);
	if (!status)
		status = build_payload(&payload, o.values, o.nvalues);
	if (status)
		return status;
	data = in_dir(o.dir, "user_events_data");
	fd = open(data, O_RDWR);
	if (fd < 0)
		return say(EXIT_REFUSED, "%s: %s", data, strerror(errno));
	if (enable_bit_abi)
		return emit_word(fd, &o);
	if (register_event(fd, o.command, &bit, &index) < 0)
		return refused("register", errno);
	if (o.count == 1)
		return emit_once(fd, bit, index, &o);
	return emit_loop(fd, bit, index, &o);
}

/* ---- main -------------------------------------------------------------------------------- */

/* RELEASE (uname -r) starts with MAJOR.MINOR, 6.4 or later; anything else is older. */
static int release_has_enable_bit(const char *release)
{
	const char *minor_at = release + digits(release);
	unsigned long major, minor;

	if (minor_at == release || *minor_at != '.' || digits(minor_at + 1) == 0)
		return 0;
	major = strtoul(release, NULL, 10);
	minor = strtoul(minor_at + 1, NULL, 10);
	return major > ENABLE_BIT_MAJOR || (major == ENABLE_BIT_MAJOR && minor >= ENABLE_BIT_MINOR);
}

/* UEVENT_ABI when it is set and not empty, else the running kernel's release. */
static int choose_abi(void)
{
	const char *abi = getenv("UEVENT_ABI");
	struct utsname u;

	if (abi && *abi) {
		if (!strcmp(abi, "status-page"))
			enable_bit_abi = 0;
		else if (!strcmp(abi, "enable-bit"))
			enable_bit_abi = 1;
		else
			return say(EXIT_USAGE, "bad UEVENT_ABI '%s'", abi);
		return EXIT_OK;
	}
	enable_bit_abi = uname(&u) == 0 && release_has_enable_bit(u.release);
	return EXIT_OK;
}

static int run(int n, char **args)
{
	const char *op;

	if (n == 0)
		return usage(EXIT_USAGE);
	op = args[0];
	if (!strcmp(op, "--help") || !strcmp(op, "-h") || !strcmp(op, "help")) {
		fputs(usage_text(), stdout);
		return EXIT_OK;
	}
	if (!strcmp(op, "register"))
		return (enable_bit_abi ? cmd_register_word : cmd_register)(n - 1, args + 1);
	if (!strcmp(op, "unregister"))
		return cmd_unregister(n - 1, args + 1);
	if (!strcmp(op, "write"))
		return cmd_write(n - 1, args + 1);
	if (!strcmp(op, "enabled"))
		return (enable_bit_abi ? cmd_enabled_word : cmd_enabled)(n - 1, args + 1);
	say(EXIT_USAGE, "unknown command '%s'", op);
	return usage(EXIT_USAGE);
}

int main(int argc, char **argv)
{
	int n = argc - 1, status;
	char **args = argv + 1;

	/* One write(2) for each message, as the playground makes it. */
	setvbuf(stderr, NULL, _IOFBF, BUFSIZ);
	status = choose_abi();
	if (status)
		return status;
	if (n >= 1 && !strcmp(args[0], "emit"))
		return cmd_emit(n - 1, args + 1);
	if (n >= 1 && !strcmp(args[0], "hold"))
		return (enable_bit_abi ? cmd_hold_word : cmd_hold)(n - 1, args + 1);
	return run(n, args);
}
