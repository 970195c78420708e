/*-------------------------------------------------------------------------
 *
 * fuzz_parquet.c
 *	  Coverage-guided fuzz harness of the Parquet writer (src/parquet) over
 *	  random schemas, options and values, plus its replay/emit driver.
 *
 * Owns the decoding of fuzz input bytes into one writer session (columns of
 * every type parquet.h supports, codec and level, row-group/page/dictionary
 * limits, rows of values and NULLs, and now and then one deliberate misuse,
 * a failing allocator or a failing write callback), and an independent
 * reader of the result: the footer and every page header are parsed with
 * a Thrift compact reader of its own, pages are decompressed, definition
 * levels, dictionaries and PLAIN values decoded and compared with what was
 * written.  So a crash, a sanitizer report or an abort() here means a writer
 * bug, never harness misuse: every value the harness writes is valid for
 * its column, and every misuse is one the API documents it rejects.
 *
 * Built with -DFUZZING_WITH_LIBFUZZER it is a libFuzzer target; without it,
 * main() replays input files or directories, runs N pseudo-random inputs
 * (--random N SEED), or writes N files with the values a reader must find
 * in them (--emit DIR N SEED) for test/fuzz/check_fuzz_files.mjs (DuckDB).
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L
#include "parquet.h"

#include <dirent.h>
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

typedef __int128 i128;
typedef unsigned __int128 u128;

#define MAX_COLS 12
#define MAX_ROWS 2000
#define MAX_BYTES 5000			/* longest BYTE_ARRAY / FLBA value */
#define RUN_VALUE_BUDGET (1 << 20)	/* bytes of values per run */
#define SEED_BYTES 16			/* long values repeat their first bytes */

/* ---------------- failures ---------------- */

static void die(const char *fmt,...) __attribute__((format(printf, 1, 2), noreturn));

/* a failed check is a writer bug: abort so libFuzzer keeps the input */
static void
die(const char *fmt,...)
{
	va_list		ap;

	fputs("fuzz_parquet: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

#define CHECK(cond, ...) do { if (!(cond)) die(__VA_ARGS__); } while (0)

/* ---------------- small helpers ---------------- */

typedef struct Buf
{
	uint8_t    *data;
	size_t		len;
	size_t		cap;
} Buf;

static void
buf_add(Buf *b, const void *p, size_t n)
{
	if (n == 0)
		return;
	if (b->len + n > b->cap)
	{
		size_t		ncap = b->cap ? b->cap : 256;

		while (ncap < b->len + n)
			ncap *= 2;
		b->data = realloc(b->data, ncap);
		CHECK(b->data != NULL, "harness out of memory");
		b->cap = ncap;
	}
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

static void
buf_free(Buf *b)
{
	free(b->data);
	memset(b, 0, sizeof(*b));
}

static uint32_t
le32(const uint8_t *p)
{
	return (uint32_t) p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16 |
		(uint32_t) p[3] << 24;
}

static void
put_le(uint8_t *p, uint64_t v, int n)
{
	for (int i = 0; i < n; i++)
		p[i] = (uint8_t) (v >> (8 * i));
}

static void
fmt_i128(char *out, i128 x)
{
	char		tmp[48];
	int			n = 0;
	u128		u = x < 0 ? -(u128) x : (u128) x;

	do
	{
		tmp[n++] = (char) ('0' + (int) (u % 10));
		u /= 10;
	} while (u);
	if (x < 0)
		*out++ = '-';
	while (n)
		*out++ = tmp[--n];
	*out = '\0';
}

/* ---------------- input bytes ---------------- */

/*
 * Past the end the input reads as zeros, so every input is a valid session
 * and a short one still writes many rows (mode 0 repeats the last value).
 */
typedef struct Src
{
	const uint8_t *p;
	size_t		len;
	size_t		pos;
} Src;

static uint8_t
take8(Src *s)
{
	return s->pos < s->len ? s->p[s->pos++] : 0;
}

static uint64_t
take_n(Src *s, int nbytes)
{
	uint64_t	v = 0;

	for (int i = 0; i < nbytes; i++)
		v |= (uint64_t) take8(s) << (8 * i);
	return v;
}

/* ---------------- columns ---------------- */

typedef enum Kind
{
	K_BOOL, K_INT8, K_INT16, K_INT32, K_INT64, K_UINT8, K_UINT16, K_UINT32,
	K_UINT64, K_RAW32, K_RAW64, K_FLOAT, K_DOUBLE, K_STRING, K_JSON, K_BLOB,
	K_FLBA, K_UUID, K_DEC32, K_DEC64, K_DECFLBA, K_DATE, K_TS, K_TSTZ, NKINDS
} Kind;

static const char *const kind_names[NKINDS] = {
	"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
	"uint64", "raw32", "raw64", "float", "double", "string", "json", "blob",
	"flba", "uuid", "dec32", "dec64", "decflba", "date", "ts", "tstz"
};

typedef struct Col
{
	Kind		kind;
	PqColumnSpec spec;
	char		name[400];
	i128		lo,
				hi;				/* integer-like kinds: the valid range */

	/* the current value, kept so that mode 0 can repeat it */
	bool		has_value;
	bool		isnull;
	i128		iv;
	float		fv;
	double		dv;
	uint8_t		bv[MAX_BYTES];
	size_t		blen;
	bool		bnullptr;		/* write an empty value as (NULL, 0) */

	/* what a reader must find */
	Buf			defs;			/* one byte per row: 1 value, 0 NULL */
	Buf			plain;			/* PLAIN item of each value (bool: 1 byte) */
	int64_t		nulls;
} Col;

/* exact minimum FLBA length of DECIMAL(p): 2^(8n-1) > 10^p - 1 */
static int
decimal_bytes(int precision)
{
	u128		max = 1;

	for (int i = 0; i < precision; i++)
		max *= 10;
	max -= 1;
	for (int n = 1; n < 16; n++)
		if (((u128) 1 << (8 * n - 1)) > max)
			return n;
	return 16;
}

static i128
pow10_i128(int p)
{
	i128		v = 1;

	for (int i = 0; i < p; i++)
		v *= 10;
	return v;
}

static bool
is_bytes_kind(Kind k)
{
	return k == K_STRING || k == K_JSON || k == K_BLOB || k == K_FLBA ||
		k == K_UUID || k == K_DECFLBA;
}

static bool
is_float_kind(Kind k)
{
	return k == K_FLOAT || k == K_DOUBLE;
}

/* the DuckDB type name check_fuzz_files.mjs must see */
static void
duck_type(const Col *c, char *out, size_t outlen)
{
	static const char *const names[NKINDS] = {
		"BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT",
		"USMALLINT", "UINTEGER", "UBIGINT", "INTEGER", "BIGINT", "FLOAT",
		"DOUBLE", "VARCHAR", "JSON", "BLOB", "BLOB", "UUID", NULL, NULL, NULL,
		"DATE", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE"
	};

	if (names[c->kind])
		snprintf(out, outlen, "%s", names[c->kind]);
	else
		snprintf(out, outlen, "DECIMAL(%d,%d)", c->spec.precision, c->spec.scale);
}

/* decode one column's kind, parameters, nullability and name */
static void
decode_column(Src *s, Col *c, int idx)
{
	uint8_t		kb = take8(s);
	uint8_t		pb = take8(s);
	PqColumnSpec *sp = &c->spec;

	memset(sp, 0, sizeof(*sp));
	c->kind = (Kind) (kb % NKINDS);
	sp->nullable = (kb / NKINDS) & 1;
	c->lo = c->hi = 0;
	switch (c->kind)
	{
		case K_BOOL:
			sp->physical = PQ_BOOLEAN;
			c->hi = 1;
			break;
		case K_INT8:
		case K_INT16:
		case K_INT32:
		case K_UINT8:
		case K_UINT16:
		case K_UINT32:
			{
				static const int bits[] = {8, 16, 32};
				int			k = (c->kind >= K_UINT8) ? c->kind - K_UINT8 : c->kind - K_INT8;

				sp->physical = PQ_INT32;
				sp->logical = PQ_LOGICAL_INT;
				sp->int_bits = bits[k];
				sp->int_signed = c->kind < K_UINT8;
				c->lo = sp->int_signed ? -((i128) 1 << (bits[k] - 1)) : 0;
				c->hi = sp->int_signed ? ((i128) 1 << (bits[k] - 1)) - 1 :
					((i128) 1 << bits[k]) - 1;
				break;
			}
		case K_INT64:
		case K_UINT64:
			sp->physical = PQ_INT64;
			sp->logical = PQ_LOGICAL_INT;
			sp->int_bits = 64;
			sp->int_signed = c->kind == K_INT64;
			c->lo = sp->int_signed ? INT64_MIN : 0;
			c->hi = sp->int_signed ? INT64_MAX : (i128) UINT64_MAX;
			break;
		case K_RAW32:
		case K_DATE:
			sp->physical = PQ_INT32;
			sp->logical = c->kind == K_DATE ? PQ_LOGICAL_DATE : PQ_LOGICAL_NONE;
			c->lo = INT32_MIN;
			c->hi = INT32_MAX;
			break;
		case K_RAW64:
		case K_TS:
		case K_TSTZ:
			sp->physical = PQ_INT64;
			sp->logical = c->kind == K_RAW64 ? PQ_LOGICAL_NONE : PQ_LOGICAL_TIMESTAMP_MICROS;
			sp->utc_adjusted = c->kind == K_TSTZ;
			c->lo = INT64_MIN;
			c->hi = INT64_MAX;
			break;
		case K_FLOAT:
			sp->physical = PQ_FLOAT;
			break;
		case K_DOUBLE:
			sp->physical = PQ_DOUBLE;
			break;
		case K_STRING:
		case K_JSON:
		case K_BLOB:
			sp->physical = PQ_BYTE_ARRAY;
			sp->logical = c->kind == K_STRING ? PQ_LOGICAL_STRING :
				c->kind == K_JSON ? PQ_LOGICAL_JSON : PQ_LOGICAL_NONE;
			break;
		case K_FLBA:
			sp->physical = PQ_FIXED_LEN_BYTE_ARRAY;
			/* mostly short; sometimes past the 64-byte statistics limit */
			sp->fixed_len = (pb & 0x80) ? 60 + pb % 80 : 1 + pb % 24;
			break;
		case K_UUID:
			sp->physical = PQ_FIXED_LEN_BYTE_ARRAY;
			sp->logical = PQ_LOGICAL_UUID;
			sp->fixed_len = 16;
			break;
		case K_DEC32:
		case K_DEC64:
		case K_DECFLBA:
			{
				int			maxp = c->kind == K_DEC32 ? 9 : c->kind == K_DEC64 ? 18 : 38;
				uint8_t		sb = take8(s);

				sp->physical = c->kind == K_DEC32 ? PQ_INT32 :
					c->kind == K_DEC64 ? PQ_INT64 : PQ_FIXED_LEN_BYTE_ARRAY;
				sp->logical = PQ_LOGICAL_DECIMAL;
				/* the limits (1 and maxp) twice as often as others */
				sp->precision = pb % 4 == 0 ? maxp : pb % 4 == 1 ? 1 : 1 + (pb / 4) % maxp;
				sp->scale = sb % 3 == 0 ? 0 : sb % 3 == 1 ? sp->precision :
					(sb / 3) % (sp->precision + 1);
				if (c->kind == K_DECFLBA)
					sp->fixed_len = decimal_bytes(sp->precision) + (sb & 0x80 ? (sb >> 4) % 4 : 0);
				c->hi = pow10_i128(sp->precision) - 1;
				c->lo = -c->hi;
				break;
			}
		case NKINDS:
			break;
	}

	/* names: plain, with a space and a quote, non-ASCII, or long */
	switch ((pb >> 5) & 3)
	{
		case 0:
		case 1:
			snprintf(c->name, sizeof(c->name), "c%d_%s", idx, kind_names[c->kind]);
			break;
		case 2:
			snprintf(c->name, sizeof(c->name), (kb & 1) ? "col \"%d\" x" : "ünï ☃ %d", idx);
			break;
		case 3:
			memset(c->name, 'n', 300);
			snprintf(c->name + 300, sizeof(c->name) - 300, "%d", idx);
			break;
	}
	sp->name = c->name;
}

/* ---------------- values ---------------- */

/* fill len bytes: the first SEED_BYTES from the input, then repeating them */
static void
fill_bytes(Src *s, uint8_t *out, size_t len)
{
	for (size_t i = 0; i < len; i++)
		out[i] = i < SEED_BYTES ? take8(s) : out[i % SEED_BYTES];
}

static size_t
value_length(Src *s, bool edge)
{
	/* around the 64-byte statistics limit, the 256-byte buffer start, long */
	static const size_t edges[] = {0, 1, 63, 64, 65, 127, 255, 256, 257, 1000, 4096,
	MAX_BYTES - 8};

	if (edge)
		return edges[take8(s) % (sizeof(edges) / sizeof(edges[0]))];
	return take8(s) % 32;
}

static size_t
utf8_put(uint8_t *out, uint32_t cp)
{
	if (cp < 0x80)
	{
		out[0] = (uint8_t) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (uint8_t) (0xc0 | cp >> 6);
		out[1] = (uint8_t) (0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (uint8_t) (0xe0 | cp >> 12);
		out[1] = (uint8_t) (0x80 | ((cp >> 6) & 0x3f));
		out[2] = (uint8_t) (0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (uint8_t) (0xf0 | cp >> 18);
	out[1] = (uint8_t) (0x80 | ((cp >> 12) & 0x3f));
	out[2] = (uint8_t) (0x80 | ((cp >> 6) & 0x3f));
	out[3] = (uint8_t) (0x80 | (cp & 0x3f));
	return 4;
}

/*
 * Valid UTF-8 of about len bytes (a STRING column must hold UTF-8 for a
 * reader to accept it): ASCII including control characters and NUL, two-,
 * three- and four-byte characters, and boundary code points.
 */
static size_t
gen_utf8(Src *s, uint8_t *out, size_t len, size_t max)
{
	static const uint32_t special[16] = {
		0xfffd, 0xfeff, 0xffff, 0x10ffff, 0xd7ff, 0xe000, 0x80, 0x7ff, 0x800,
		0x10000, 0x200b, 0x301, 0x7f, 0x22, 0x5c, 0x27
	};
	uint8_t		seed[SEED_BYTES];
	size_t		n = 0;

	for (size_t i = 0; n < len; i++)
	{
		uint8_t		b;
		uint32_t	cp;

		if (i < SEED_BYTES)
			b = seed[i] = take8(s);
		else
			b = seed[i % SEED_BYTES];
		if (b < 0x80)
			cp = b;
		else if (b < 0xc0)
			cp = 0xa0 + (b - 0x80);
		else if (b < 0xe0)
			cp = 0x4e00 + (uint32_t) (b - 0xc0) * 37;
		else if (b < 0xf0)
			cp = 0x1f389 + (b - 0xe0);
		else
			cp = special[b - 0xf0];
		if (n + 4 > max)
			break;
		n += utf8_put(out + n, cp);
	}
	return n;
}

static size_t
json_escape(uint8_t *out, const uint8_t *p, size_t len)
{
	size_t		n = 0;

	out[n++] = '"';
	for (size_t i = 0; i < len; i++)
	{
		if (p[i] == '"' || p[i] == '\\')
		{
			out[n++] = '\\';
			out[n++] = p[i];
		}
		else if (p[i] < 0x20)
			n += (size_t) sprintf((char *) out + n, "\\u%04x", p[i]);
		else
			out[n++] = p[i];
	}
	out[n++] = '"';
	return n;
}

static i128
gen_int(Src *s, const Col *c, bool edge)
{
	u128		span = (u128) c->hi - (u128) c->lo + 1;	/* 2 * 10^38 - 1 fits */
	u128		r;

	if (edge)
	{
		i128		extra[4] = {0, 1, -1, 0};

		if (c->kind == K_DATE)
		{
			extra[0] = -719162; /* 0001-01-01 */
			extra[3] = 2932896; /* 9999-12-31 */
		}
		else if (c->kind == K_TS || c->kind == K_TSTZ)
		{
			extra[0] = -62135596800000000LL;
			extra[3] = 253402300799999999LL;
		}
		else if (c->spec.logical == PQ_LOGICAL_DECIMAL)
		{
			extra[0] = pow10_i128(c->spec.precision - 1);
			extra[3] = -extra[0];
		}
		switch (take8(s) % 8)
		{
			case 0:
				return c->lo;
			case 1:
				return c->hi;
			case 2:
				return c->lo + 1;
			case 3:
				return c->hi - 1;
			default:
				{
					i128		v = extra[take8(s) % 4];

					return v < c->lo ? c->lo : v > c->hi ? c->hi : v;
				}
		}
	}
	/* as few input bytes as the range needs, so the fuzzer steers values */
	if (span <= 256)
		r = take_n(s, 1);
	else if (span <= 65536)
		r = take_n(s, 2);
	else if (span <= ((u128) 1 << 32))
		r = take_n(s, 4);
	else if (span <= ((u128) 1 << 64))
		r = take_n(s, 8);
	else
		r = (u128) take_n(s, 8) << 64 | take_n(s, 8);
	return (i128) ((u128) c->lo + r % span);
}

static void
gen_float(Src *s, Col *c, bool edge)
{
	static const double dedges[] = {
		NAN, -NAN, INFINITY, -INFINITY, -0.0, 0.0, DBL_MIN, -DBL_MIN,
		4.9406564584124654e-324, DBL_MAX, -DBL_MAX, 1.0, -1.0, 0.1
	};
	static const float fedges[] = {
		NAN, -NAN, INFINITY, -INFINITY, -0.0f, 0.0f, FLT_MIN, -FLT_MIN,
		1.40129846e-45f, FLT_MAX, -FLT_MAX, 1.0f, -1.0f, 0.1f
	};
	uint8_t		k = take8(s) % 14;

	if (c->kind == K_FLOAT)
	{
		uint32_t	u = (uint32_t) take_n(s, edge ? 0 : 4);

		if (edge)
			c->fv = fedges[k];
		else
			memcpy(&c->fv, &u, 4);	/* any bits, NaN payloads included */
	}
	else
	{
		uint64_t	u = take_n(s, edge ? 0 : 8);

		if (edge)
			c->dv = dedges[k];
		else
			memcpy(&c->dv, &u, 8);
	}
}

static void
gen_bytes(Src *s, Col *c, bool edge)
{
	size_t		len;

	c->bnullptr = false;
	switch (c->kind)
	{
		case K_STRING:
			len = value_length(s, edge);
			if (edge)
			{
				/* exact byte lengths for the statistics-limit edges */
				for (size_t i = 0; i < len; i++)
					c->bv[i] = (uint8_t) ('a' + i % 26);
				c->blen = len;
			}
			else
				c->blen = gen_utf8(s, c->bv, len, MAX_BYTES);
			break;
		case K_JSON:
			if (edge)
			{
				static const char *const docs[] = {
					"null", "[]", "{}", "\"\"", "1e308", "-0", "[1,2,{\"a\":[]}]",
					"{\"k\":\"\\u0000\\\"\"}", "true"
				};
				const char *d = docs[take8(s) % 9];

				c->blen = strlen(d);
				memcpy(c->bv, d, c->blen);
			}
			else
			{
				uint8_t		tmp[64];
				size_t		n = gen_utf8(s, tmp, take8(s) % 24, sizeof(tmp));
				char		num[48];

				fmt_i128(num, (int64_t) take_n(s, 8));
				c->blen = (size_t) sprintf((char *) c->bv, "{\"s\":");
				c->blen += json_escape(c->bv + c->blen, tmp, n);
				c->blen += (size_t) sprintf((char *) c->bv + c->blen, ",\"n\":%s}", num);
			}
			break;
		case K_BLOB:
			c->blen = value_length(s, edge);
			fill_bytes(s, c->bv, c->blen);
			break;
		case K_FLBA:
		case K_UUID:
			c->blen = (size_t) c->spec.fixed_len;
			if (edge)
				memset(c->bv, take8(s) & 1 ? 0xff : 0x00, c->blen);
			else
				fill_bytes(s, c->bv, c->blen);
			if (edge && c->kind == K_UUID && take8(s) & 1)
				c->bv[0] ^= 0x80;	/* signed and unsigned order differ here */
			break;
		case K_DECFLBA:
			{
				i128		v = gen_int(s, c, edge);

				/* big-endian two's complement, sign-extended to fixed_len */
				c->iv = v;
				c->blen = (size_t) c->spec.fixed_len;
				for (size_t i = 0; i < c->blen; i++)
				{
					size_t		shift = 8 * (c->blen - 1 - i);

					c->bv[i] = shift >= 128 ? (v < 0 ? 0xff : 0) : (uint8_t) (v >> shift);
				}
				break;
			}
		default:
			break;
	}
	if (c->blen == 0 && c->kind != K_JSON)
		c->bnullptr = take8(s) & 1;
#ifdef FUZZ_NO_NULL_EMPTY
	/* only to fuzz past regressions/dict-empty-null-pointer.bin until fixed */
	c->bnullptr = false;
#endif
}

/* the next value of a column; mode 0 (also past the input) repeats */
static void
gen_value(Src *s, Col *c)
{
	uint8_t		mode = take8(s) % 8;
	bool		edge;

	if (mode == 0 && c->has_value)
		return;
	c->has_value = true;
	c->isnull = false;
	if (mode == 1 && c->spec.nullable)
	{
		c->isnull = true;
		return;
	}
	edge = mode <= 3;
	if (is_float_kind(c->kind))
		gen_float(s, c, edge);
	else if (is_bytes_kind(c->kind))
		gen_bytes(s, c, edge);
	else
		c->iv = gen_int(s, c, edge);
}

/* the PLAIN item a reader must decode for the current value */
static void
record_value(Col *c)
{
	uint8_t		tmp[8];
	uint8_t		def = c->isnull ? 0 : 1;

	buf_add(&c->defs, &def, 1);
	if (c->isnull)
	{
		c->nulls++;
		return;
	}
	switch (c->spec.physical)
	{
		case PQ_BOOLEAN:
			tmp[0] = (uint8_t) c->iv;
			buf_add(&c->plain, tmp, 1);
			break;
		case PQ_INT32:
			put_le(tmp, (uint64_t) (int64_t) c->iv, 4);
			buf_add(&c->plain, tmp, 4);
			break;
		case PQ_INT64:
			put_le(tmp, (uint64_t) c->iv, 8);
			buf_add(&c->plain, tmp, 8);
			break;
		case PQ_FLOAT:
			memcpy(tmp, &c->fv, 4);
			buf_add(&c->plain, tmp, 4);
			break;
		case PQ_DOUBLE:
			memcpy(tmp, &c->dv, 8);
			buf_add(&c->plain, tmp, 8);
			break;
		case PQ_BYTE_ARRAY:
			put_le(tmp, c->blen, 4);
			buf_add(&c->plain, tmp, 4);
			buf_add(&c->plain, c->bv, c->blen);
			break;
		case PQ_FIXED_LEN_BYTE_ARRAY:
			buf_add(&c->plain, c->bv, c->blen);
			break;
	}
}

static int
write_value(PqWriter *w, int col, const Col *c)
{
	if (c->isnull)
		return pq_write_null(w, col);
	switch (c->spec.physical)
	{
		case PQ_BOOLEAN:
			return pq_write_bool(w, col, c->iv != 0);
		case PQ_INT32:
			return pq_write_int32(w, col, (int32_t) (uint32_t) (uint64_t) (int64_t) c->iv);
		case PQ_INT64:
			return pq_write_int64(w, col, (int64_t) (uint64_t) c->iv);
		case PQ_FLOAT:
			return pq_write_float(w, col, c->fv);
		case PQ_DOUBLE:
			return pq_write_double(w, col, c->dv);
		case PQ_BYTE_ARRAY:
		case PQ_FIXED_LEN_BYTE_ARRAY:
			return pq_write_bytes(w, col, c->bnullptr ? NULL : c->bv, c->blen);
	}
	return -1;
}

/* ---------------- the expected-values file (emit mode) ---------------- */

static void
json_str(FILE *f, const uint8_t *p, size_t len)
{
	fputc('"', f);
	for (size_t i = 0; i < len; i++)
	{
		if (p[i] == '"' || p[i] == '\\')
			fprintf(f, "\\%c", p[i]);
		else if (p[i] < 0x20)
			fprintf(f, "\\u%04x", p[i]);
		else
			fputc(p[i], f);
	}
	fputc('"', f);
}

/* the canonical text check_fuzz_files.mjs derives from DuckDB's value */
static void
json_value(FILE *f, const Col *c)
{
	char		num[64];

	if (c->isnull)
	{
		fputs("null", f);
		return;
	}
	if (is_float_kind(c->kind))
	{
		double		d = c->kind == K_FLOAT ? (double) c->fv : c->dv;

		if (isnan(d))
			fputs("\"NaN\"", f);
		else if (isinf(d))
			fputs(d > 0 ? "\"Infinity\"" : "\"-Infinity\"", f);
		else if (d == 0 && signbit(d))
			fputs("\"-0\"", f);
		else
			fprintf(f, "\"%.17g\"", d);
		return;
	}
	switch (c->kind)
	{
		case K_BOOL:
			fputs(c->iv ? "\"true\"" : "\"false\"", f);
			return;
		case K_STRING:
		case K_JSON:
			json_str(f, c->bv, c->blen);
			return;
		case K_BLOB:
		case K_FLBA:
		case K_UUID:
			fputc('"', f);
			for (size_t i = 0; i < c->blen; i++)
				fprintf(f, "%02x", c->bv[i]);
			fputc('"', f);
			return;
		default:
			/* integers, decimals unscaled, date days, timestamp micros */
			fmt_i128(num, c->iv);
			fprintf(f, "\"%s\"", num);
			return;
	}
}

/* ---------------- a session ---------------- */

typedef enum Misuse
{
	M_NONE,
	M_WRONG_TYPE,				/* a value call of another physical type */
	M_NULL_NOT_NULLABLE,
	M_OUT_OF_ORDER,				/* a value for a column other than the next */
	M_SHORT_ROW,				/* pq_end_row before the last column */
	M_FINISH_MID_ROW,
	M_BAD_BYTES,				/* FLBA of another length, NULL with a length */
	M_AFTER_FINISH,				/* any call after pq_writer_finish */
	M_WRITE_FAILS,				/* the write callback fails from call n on */
	M_ALLOC_FAILS,				/* the allocator fails from call n on */
	M_ALLOC_FAILS_ONCE,			/* the allocator fails call n only */
	M_BAD_SPEC,					/* pq_writer_create with an invalid column */
	M_BAD_OPTIONS,				/* pq_writer_create with invalid options */
	NMISUSES
} Misuse;

typedef struct Alloc
{
	int64_t		live;
	int64_t		calls;
	int64_t		fail_at;		/* 0: never */
	bool		once;
} Alloc;

typedef struct Sink
{
	Buf			out;
	int			calls;
	int			fail_at;		/* 0: never */
} Sink;

/* allocations carry a header so that a foreign or doubled free shows */
#define ALLOC_MAGIC 0x5eedf00dULL

static void *
tracked_alloc(void *mctx, size_t size)
{
	Alloc	   *a = mctx;
	uint64_t   *p;

	a->calls++;
	if (a->fail_at && (a->once ? a->calls == a->fail_at : a->calls >= a->fail_at))
		return NULL;
	p = malloc(size + 16);
	if (p == NULL)
		return NULL;
	p[0] = ALLOC_MAGIC;
	p[1] = size;
	a->live++;
	return p + 2;
}

static void
tracked_free(void *mctx, void *ptr)
{
	Alloc	   *a = mctx;
	uint64_t   *p = (uint64_t *) ptr - 2;

	CHECK(ptr != NULL, "dealloc called with NULL");
	CHECK(p[0] == ALLOC_MAGIC, "dealloc of a pointer the allocator did not return");
	p[0] = 0;
	a->live--;
	free(p);
}

static int
sink_write(void *ctx, const void *buf, size_t len)
{
	Sink	   *s = ctx;

	s->calls++;
	CHECK(len > 0 && buf != NULL, "write callback called with (%p, %zu)", buf, len);
	if (s->fail_at && s->calls >= s->fail_at)
		return -1;
	buf_add(&s->out, buf, len);
	return 0;
}

typedef struct Emit
{
	const char *dir;
	const char *base;
} Emit;

typedef struct Run
{
	int			ncols;
	Col		   *cols;
	PqOptions	opts;
	int64_t		rows;
	Sink		sink;
	Alloc		alloc;
} Run;

static const char *const codec_names[] = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD"};

static void verify_file(Run *run);

static void
decode_options(Src *s, PqOptions *o, bool *tracked)
{
	static const int zlevels[] = {0, 1, 3, 9, -1, -5, PQ_ZSTD_MAX_LEVEL, 12};
	uint8_t		b = take8(s);
	uint8_t		l = take8(s);
	uint8_t		sel = take8(s);

	memset(o, 0, sizeof(*o));
	o->codec = (PqCodec) (b & 3);
	if (o->codec == PQ_CODEC_GZIP)
		o->level = l % 10;
	else if (o->codec == PQ_CODEC_ZSTD)
		o->level = (l & 0x80) ? ZSTD_minCLevel() : zlevels[l % 8];
	/* row groups: default, tiny, or a few hundred rows; and so on */
	switch (sel & 3)
	{
		case 0:
			break;
		case 1:
			o->row_group_rows = 1 + take8(s) % 16;
			break;
		default:
			o->row_group_rows = 1 + (int64_t) take_n(s, 2) % MAX_ROWS;
			break;
	}
	if (sel & 4)
		o->row_group_bytes = 1 + take_n(s, 2);
	if (sel & 8)
		o->page_bytes = 1 + take_n(s, 2) % 2048;
	if (sel & 16)
		o->dict_bytes = 1 + take_n(s, 2) % 1024;
	*tracked = (sel & 32) != 0;
}

/*
 * Make one column spec (or the options) invalid in a way parquet.h's rules
 * reject whatever the other fields hold.  Returns false if the variant
 * does not apply (a duplicate name needs two columns).
 */
static bool
break_spec(PqColumnSpec *specs, int ncols, int col, int variant)
{
	PqColumnSpec *sp = &specs[col];
	PqColumnSpec z = {.name = sp->name, .nullable = sp->nullable};

	switch (variant % 22)
	{
		case 0:
			z.name = "";
			break;
		case 1:
			z.name = NULL;
			break;
		case 2:
			if (ncols < 2)
				return false;
			z = specs[(col + 1) % ncols];
			break;
		case 3:
			z.physical = (PqPhysical) 99;
			break;
		case 4:
			z.physical = PQ_FIXED_LEN_BYTE_ARRAY;
			z.fixed_len = variant & 1 ? 0 : -3;
			break;
		case 5:
			z.physical = PQ_INT32;
			z.logical = PQ_LOGICAL_STRING;
			break;
		case 6:
			z.physical = PQ_FIXED_LEN_BYTE_ARRAY;
			z.fixed_len = 16;
			z.logical = PQ_LOGICAL_JSON;
			break;
		case 7:
			z.physical = PQ_INT32;
			z.logical = PQ_LOGICAL_INT;
			z.int_bits = 12;
			break;
		case 8:
			z.physical = PQ_INT32;
			z.logical = PQ_LOGICAL_INT;
			z.int_bits = 64;
			break;
		case 9:
			z.physical = PQ_INT64;
			z.logical = PQ_LOGICAL_INT;
			z.int_bits = 16;
			break;
		case 10:
			z.physical = PQ_INT64;
			z.logical = PQ_LOGICAL_DECIMAL;
			z.precision = variant & 1 ? 0 : 39;
			break;
		case 11:
			z.physical = PQ_INT64;
			z.logical = PQ_LOGICAL_DECIMAL;
			z.precision = 10;
			z.scale = variant & 1 ? -1 : 11;
			break;
		case 12:
			z.physical = PQ_INT32;
			z.logical = PQ_LOGICAL_DECIMAL;
			z.precision = 10;
			break;
		case 13:
			z.physical = PQ_INT64;
			z.logical = PQ_LOGICAL_DECIMAL;
			z.precision = 19;
			break;
		case 14:
			z.physical = PQ_FIXED_LEN_BYTE_ARRAY;
			z.logical = PQ_LOGICAL_DECIMAL;
			z.precision = 1 + variant % 38;
			z.fixed_len = decimal_bytes(z.precision) - 1;
			if (z.fixed_len <= 0)
				z.fixed_len = -1;
			break;
		case 15:
			z.physical = variant & 1 ? PQ_DOUBLE : PQ_BYTE_ARRAY;
			z.logical = PQ_LOGICAL_DECIMAL;
			z.precision = 5;
			break;
		case 16:
			z.physical = PQ_INT64;
			z.logical = PQ_LOGICAL_DATE;
			break;
		case 17:
			z.physical = PQ_INT32;
			z.logical = PQ_LOGICAL_TIMESTAMP_MICROS;
			break;
		case 18:
			z.physical = PQ_FIXED_LEN_BYTE_ARRAY;
			z.fixed_len = variant & 1 ? 15 : 17;
			z.logical = PQ_LOGICAL_UUID;
			break;
		case 19:
			z.physical = PQ_BYTE_ARRAY;
			z.logical = PQ_LOGICAL_UUID;
			break;
		case 20:
			z.physical = PQ_INT32;
			z.logical = (PqLogical) 77;
			break;
		case 21:
			z.physical = PQ_BOOLEAN;
			z.logical = PQ_LOGICAL_INT;
			z.int_bits = 8;
			break;
	}
	*sp = z;
	return true;
}

static void
break_options(PqOptions *o, PqWriteFn *write, int *ncols, int variant)
{
	switch (variant % 11)
	{
		case 0:
			o->codec = PQ_CODEC_GZIP;
			o->level = variant & 1 ? 10 : -1;
			break;
		case 1:
			o->codec = PQ_CODEC_ZSTD;
			/* 20..23: the levels above PQ_ZSTD_MAX_LEVEL are refused */
			o->level = variant & 1 ? PQ_ZSTD_MAX_LEVEL + 1 + (variant >> 1) % 4 : ZSTD_minCLevel() - 1;
			break;
		case 2:
			o->codec = variant & 1 ? PQ_CODEC_SNAPPY : PQ_CODEC_NONE;
			o->level = 1;
			break;
		case 3:
			o->codec = (PqCodec) 9;
			break;
		case 4:
			o->row_group_rows = -1;
			break;
		case 5:
			o->alloc = tracked_alloc;
			o->dealloc = NULL;
			break;
		case 6:
			o->alloc = NULL;
			o->dealloc = tracked_free;
			break;
		case 7:
			*write = NULL;
			break;
		case 8:
			*ncols = 0;
			break;
		case 9:
			*ncols = -1;
			break;
		case 10:
			o->codec = (PqCodec) -1;
			break;
	}
}

static void
check_create_fails(const PqColumnSpec *specs, int ncols, const PqOptions *o,
				   PqWriteFn write, void *ctx, const Alloc *a, uint8_t errsel)
{
	char		err[256];
	size_t		errlen = errsel % 3 == 0 ? sizeof(err) : errsel % 3 == 1 ? 0 : (size_t) (1 + errsel % 8);
	PqWriter   *w;

	memset(err, 0x7f, sizeof(err));
	w = pq_writer_create(specs, ncols, o, write, ctx, errlen ? err : NULL, errlen);
	CHECK(w == NULL, "pq_writer_create accepted an invalid schema or options");
	if (errlen >= 2)
		CHECK(memchr(err, '\0', errlen) != NULL && err[0] != '\0',
			  "pq_writer_create failed without a message");
	if (errlen > 0 && errlen < sizeof(err))
		CHECK((uint8_t) err[errlen] == 0x7f, "pq_writer_create wrote past errlen");
	CHECK(a->live == 0, "pq_writer_create leaked %lld allocations on failure",
		  (long long) a->live);
}

/* after a call failed: every later call fails too, and says why */
static void
check_failed_state(PqWriter *w, const Run *run)
{
	const char *msg = pq_writer_error(w);

	CHECK(msg != NULL && msg[0] != '\0', "a call failed without an error message");
	CHECK(pq_write_null(w, 0) < 0, "pq_write_null succeeded after a failure");
	CHECK(pq_end_row(w) < 0, "pq_end_row succeeded after a failure");
	CHECK(pq_writer_finish(w) < 0, "pq_writer_finish succeeded after a failure");
	/* a failed write callback call accepted nothing */
	CHECK(pq_writer_bytes_written(w) == (int64_t) run->sink.out.len,
		  "bytes written %lld, callback received %zu",
		  (long long) pq_writer_bytes_written(w), run->sink.out.len);
}

/* one wrong call at (row, col) in place of the right one; must fail */
static int
misuse_call(PqWriter *w, Run *run, Misuse m, int col, uint8_t v)
{
	const Col  *c = &run->cols[col];
	int			ncols = run->ncols;

	switch (m)
	{
		case M_NULL_NOT_NULLABLE:
			if (!c->spec.nullable)
				return pq_write_null(w, col);
			/* FALLTHROUGH */
		case M_WRONG_TYPE:
			switch (c->spec.physical)
			{
				case PQ_BOOLEAN:
					return v & 1 ? pq_write_int32(w, col, 1) : pq_write_bytes(w, col, "x", 1);
				case PQ_INT32:
					return v & 1 ? pq_write_int64(w, col, 1) : pq_write_bool(w, col, true);
				case PQ_INT64:
					return v & 1 ? pq_write_int32(w, col, 1) : pq_write_double(w, col, 1);
				case PQ_FLOAT:
					return v & 1 ? pq_write_double(w, col, 1) : pq_write_int32(w, col, 1);
				case PQ_DOUBLE:
					return v & 1 ? pq_write_float(w, col, 1) : pq_write_int64(w, col, 1);
				case PQ_BYTE_ARRAY:
				case PQ_FIXED_LEN_BYTE_ARRAY:
					return v & 1 ? pq_write_int32(w, col, 1) : pq_write_bool(w, col, false);
			}
			return -1;
		case M_OUT_OF_ORDER:
			switch (v % 4)
			{
				case 0:
					return pq_write_null(w, (col + 1) % (ncols + 1));
				case 1:
					return pq_write_int32(w, -1 - v, 0);
				case 2:
					return pq_write_bytes(w, ncols + v, "", 0);
				default:
					if (col == 0)
						return pq_write_null(w, ncols);
					return pq_write_null(w, col - 1);
			}
		case M_SHORT_ROW:
			return pq_end_row(w);
		case M_FINISH_MID_ROW:
			if (col > 0)
				return pq_writer_finish(w);
			return pq_end_row(w);
		case M_BAD_BYTES:
			if (c->spec.physical == PQ_FIXED_LEN_BYTE_ARRAY)
			{
				static const uint8_t big[200];
				size_t		len = v % 4 == 0 ? 0 : (size_t) c->spec.fixed_len + (v % 4 == 1 ? 1 : -1);

				if (len > sizeof(big))
					len = 0;
				return pq_write_bytes(w, col, big, len);
			}
			return pq_write_bytes(w, col, NULL, 1 + v);
		default:
			die("misuse %d has no call", (int) m);
	}
}

/*
 * Run one input.  With emit set, the session writes a valid file (misuse
 * modes off) and records what a reader must find.
 */
static void
run_input(const uint8_t *data, size_t size, const Emit *emit)
{
	static Col	cols[MAX_COLS];
	Src			src = {data, size, 0};
	Src		   *s = &src;
	Run			run;
	PqColumnSpec specs[MAX_COLS];
	bool		tracked;
	Misuse		misuse = M_NONE;
	int64_t		nrows;
	int64_t		mis_row = 0;
	int			mis_col = 0;
	uint8_t		mis_v = 0;
	char		err[256];
	PqWriter   *w;
	FILE	   *jf = NULL;
	size_t		value_bytes = 0;
	bool		failed = false;

	memset(&run, 0, sizeof(run));
	run.cols = cols;
	run.ncols = 1 + take8(s) % MAX_COLS;
	decode_options(s, &run.opts, &tracked);
	for (int i = 0; i < run.ncols; i++)
	{
		Col		   *c = &cols[i];

		memset(&c->defs, 0, sizeof(c->defs));
		memset(&c->plain, 0, sizeof(c->plain));
		c->nulls = 0;
		c->has_value = false;
		c->blen = 0;
		decode_column(s, c, i);
		specs[i] = c->spec;
	}
	{
		uint8_t		mb = take8(s);

		/* most inputs write a valid file; one in five misuses the API */
		if (!emit && mb >= 205)
			misuse = (Misuse) (1 + (mb - 205) % (NMISUSES - 1));
	}
	nrows = (int64_t) (take_n(s, 2) % MAX_ROWS);
	/* a misused call needs a row to happen in */
	if (misuse != M_NONE && misuse < M_AFTER_FINISH && nrows == 0)
		nrows = 1;
	if (misuse != M_NONE)
	{
		mis_row = nrows ? (int64_t) (take_n(s, 2) % (uint64_t) nrows) : 0;
		mis_col = take8(s) % run.ncols;
		mis_v = take8(s);
	}
	if (tracked || misuse == M_ALLOC_FAILS || misuse == M_ALLOC_FAILS_ONCE)
	{
		run.opts.alloc = tracked_alloc;
		run.opts.dealloc = tracked_free;
		run.opts.mctx = &run.alloc;
	}
	if (misuse == M_ALLOC_FAILS || misuse == M_ALLOC_FAILS_ONCE)
	{
		run.alloc.fail_at = 1 + (int64_t) (take_n(s, 2) % 600);
		run.alloc.once = misuse == M_ALLOC_FAILS_ONCE;
	}
	if (misuse == M_WRITE_FAILS)
		run.sink.fail_at = 1 + mis_v % 64;

	if (misuse == M_BAD_SPEC || misuse == M_BAD_OPTIONS)
	{
		PqOptions	o = run.opts;
		PqWriteFn	wf = sink_write;
		int			n = run.ncols;

		if (misuse == M_BAD_SPEC)
		{
			if (!break_spec(specs, run.ncols, mis_col, mis_v))
				break_spec(specs, run.ncols, mis_col, 0);
		}
		else
			break_options(&o, &wf, &n, mis_v);
		check_create_fails(specs, n, &o, wf, &run.sink, &run.alloc, take8(s));
		buf_free(&run.sink.out);
		return;
	}

	w = pq_writer_create(specs, run.ncols, &run.opts, sink_write, &run.sink, err, sizeof(err));
	if (w == NULL)
	{
		/* only an injected failure may make a valid schema fail */
		CHECK(run.alloc.fail_at || run.sink.fail_at, "pq_writer_create failed: %s", err);
		CHECK(err[0] != '\0', "pq_writer_create failed without a message");
		CHECK(run.alloc.live == 0, "pq_writer_create leaked %lld allocations on failure",
			  (long long) run.alloc.live);
		buf_free(&run.sink.out);
		return;
	}
	CHECK(pq_writer_error(w) == NULL, "a fresh writer reports an error");

	if (emit)
	{
		char		path[1024];
		char		type[64];

		snprintf(path, sizeof(path), "%s/%s.jsonl", emit->dir, emit->base);
		jf = fopen(path, "w");
		CHECK(jf != NULL, "cannot create %s", path);
		fprintf(jf, "{\"file\":\"%s.parquet\",\"codec\":\"%s\",\"columns\":[",
				emit->base, codec_names[run.opts.codec]);
		for (int i = 0; i < run.ncols; i++)
		{
			duck_type(&cols[i], type, sizeof(type));
			fprintf(jf, "%s{\"name\":", i ? "," : "");
			json_str(jf, (const uint8_t *) cols[i].name, strlen(cols[i].name));
			fprintf(jf, ",\"type\":\"%s\",\"kind\":\"%s\"}", type, kind_names[cols[i].kind]);
		}
		fputs("]}\n", jf);
	}

	for (int64_t r = 0; r < nrows && !failed; r++)
	{
		for (int i = 0; i < run.ncols && !failed; i++)
		{
			Col		   *c = &cols[i];

			if (misuse != M_NONE && misuse < M_AFTER_FINISH &&
				r == mis_row && i == mis_col)
			{
				CHECK(misuse_call(w, &run, misuse, i, mis_v) < 0,
					  "misuse %d at row %lld column %d was accepted",
					  (int) misuse, (long long) r, i);
				failed = true;
				break;
			}
			gen_value(s, c);
			if (write_value(w, i, c) < 0)
			{
				CHECK(run.alloc.fail_at || run.sink.fail_at,
					  "row %lld column %d (%s): %s", (long long) r, i,
					  kind_names[c->kind], pq_writer_error(w));
				failed = true;
				break;
			}
			record_value(c);
			value_bytes += c->blen + 8;
			if (jf)
			{
				fputs(i ? "," : "[", jf);
				json_value(jf, c);
			}
		}
		if (failed)
			break;
		if (pq_end_row(w) < 0)
		{
			CHECK(run.alloc.fail_at || run.sink.fail_at, "pq_end_row: %s",
				  pq_writer_error(w));
			failed = true;
			break;
		}
		run.rows++;
		if (jf)
			fputs("]\n", jf);
		/* keep one execution fast, whatever the input asks for */
		if (value_bytes > RUN_VALUE_BUDGET &&
			(misuse == M_NONE || misuse >= M_AFTER_FINISH || r > mis_row))
			break;
	}
	CHECK(failed || misuse == M_NONE || misuse >= M_AFTER_FINISH,
		  "misuse %d never happened", (int) misuse);
	if (!failed && pq_writer_finish(w) < 0)
	{
		CHECK(run.alloc.fail_at || run.sink.fail_at, "pq_writer_finish: %s",
			  pq_writer_error(w));
		failed = true;
	}
	if (failed)
		check_failed_state(w, &run);
	else
	{
		CHECK(pq_writer_error(w) == NULL, "finished writer reports \"%s\"", pq_writer_error(w));
		CHECK(pq_writer_bytes_written(w) == (int64_t) run.sink.out.len,
			  "bytes written %lld, callback received %zu",
			  (long long) pq_writer_bytes_written(w), run.sink.out.len);
		if (misuse == M_AFTER_FINISH)
		{
			CHECK(pq_write_null(w, 0) < 0, "write after finish accepted");
			CHECK(pq_end_row(w) < 0, "pq_end_row after finish accepted");
			CHECK(pq_writer_finish(w) < 0, "second pq_writer_finish accepted");
			CHECK(pq_writer_error(w) != NULL, "call after finish failed without a message");
		}
	}
	pq_writer_free(w);
	CHECK(run.alloc.live == 0, "pq_writer_free left %lld allocations", (long long) run.alloc.live);

	/* an unfinished file is none; a finished one must read back exactly */
	if (!failed)
		verify_file(&run);

	if (jf)
	{
		char		path[1024];
		FILE	   *pf;

		CHECK(!failed, "emit session failed");
		CHECK(fclose(jf) == 0, "writing the expected values failed");
		snprintf(path, sizeof(path), "%s/%s.parquet", emit->dir, emit->base);
		pf = fopen(path, "wb");
		CHECK(pf != NULL, "cannot create %s", path);
		CHECK(fwrite(run.sink.out.data, 1, run.sink.out.len, pf) == run.sink.out.len &&
			  fclose(pf) == 0, "cannot write %s", path);
	}
	for (int i = 0; i < run.ncols; i++)
	{
		buf_free(&cols[i].defs);
		buf_free(&cols[i].plain);
	}
	buf_free(&run.sink.out);
}

/* ---------------- an independent reader: Thrift compact ---------------- */

typedef struct TR
{
	const uint8_t *p;
	size_t		len;
	size_t		pos;
	int			depth;
} TR;

enum
{
	TT_STOP = 0, TT_TRUE = 1, TT_FALSE = 2, TT_BYTE = 3, TT_I16 = 4, TT_I32 = 5,
	TT_I64 = 6, TT_DOUBLE = 7, TT_BINARY = 8, TT_LIST = 9, TT_SET = 10,
	TT_MAP = 11, TT_STRUCT = 12
};

static uint8_t
tr_byte(TR *r)
{
	CHECK(r->pos < r->len, "thrift: read past the end at offset %zu", r->pos);
	return r->p[r->pos++];
}

static uint64_t
tr_varint(TR *r)
{
	uint64_t	v = 0;

	for (int shift = 0; shift < 70; shift += 7)
	{
		uint8_t		b = tr_byte(r);

		v |= (uint64_t) (b & 0x7f) << shift;
		if (!(b & 0x80))
			return v;
	}
	die("thrift: varint longer than 10 bytes");
}

static int64_t
tr_zz(TR *r)
{
	uint64_t	u = tr_varint(r);

	return (int64_t) (u >> 1) ^ -(int64_t) (u & 1);
}

static void
tr_binary(TR *r, const uint8_t **p, size_t *len)
{
	uint64_t	n = tr_varint(r);

	CHECK(n <= r->len - r->pos, "thrift: binary of %llu bytes past the end",
		  (unsigned long long) n);
	*p = r->p + r->pos;
	*len = (size_t) n;
	r->pos += (size_t) n;
}

/* a struct's next field; false at its stop byte */
static bool
tr_field(TR *r, int16_t *last, int16_t *id, int *type)
{
	uint8_t		b = tr_byte(r);

	if (b == TT_STOP)
		return false;
	*type = b & 0x0f;
	CHECK(*type >= TT_TRUE && *type <= TT_STRUCT, "thrift: field type %d", *type);
	if (b >> 4)
		*id = (int16_t) (*last + (b >> 4));
	else
		*id = (int16_t) tr_zz(r);
	*last = *id;
	return true;
}

static void
tr_list(TR *r, int *etype, uint32_t *n)
{
	uint8_t		b = tr_byte(r);

	*etype = b & 0x0f;
	*n = b >> 4;
	if (*n == 15)
	{
		uint64_t	big = tr_varint(r);

		CHECK(big < (1u << 24), "thrift: list of %llu elements", (unsigned long long) big);
		*n = (uint32_t) big;
	}
}

static void tr_skip(TR *r, int type, bool in_list);

static void
tr_skip_struct(TR *r)
{
	int16_t		last = 0,
				id;
	int			type;

	CHECK(++r->depth < 32, "thrift: structs nested too deep");
	while (tr_field(r, &last, &id, &type))
		tr_skip(r, type, false);
	r->depth--;
}

static void
tr_skip(TR *r, int type, bool in_list)
{
	const uint8_t *p;
	size_t		len;

	switch (type)
	{
		case TT_TRUE:
		case TT_FALSE:
			if (in_list)
				tr_byte(r);
			break;
		case TT_BYTE:
			tr_byte(r);
			break;
		case TT_I16:
		case TT_I32:
		case TT_I64:
			tr_varint(r);
			break;
		case TT_DOUBLE:
			for (int i = 0; i < 8; i++)
				tr_byte(r);
			break;
		case TT_BINARY:
			tr_binary(r, &p, &len);
			break;
		case TT_LIST:
		case TT_SET:
			{
				int			et;
				uint32_t	n;

				tr_list(r, &et, &n);
				for (uint32_t i = 0; i < n; i++)
					tr_skip(r, et, true);
				break;
			}
		case TT_MAP:
			{
				uint64_t	n = tr_varint(r);

				if (n)
				{
					uint8_t		kv = tr_byte(r);

					for (uint64_t i = 0; i < n; i++)
					{
						tr_skip(r, kv >> 4, true);
						tr_skip(r, kv & 0x0f, true);
					}
				}
				break;
			}
		case TT_STRUCT:
			tr_skip_struct(r);
			break;
		default:
			die("thrift: cannot skip type %d", type);
	}
}

#define EXPECT_TYPE(t, want, what) \
	CHECK((t) == (want), "thrift: %s has type %d, expected %d", what, t, want)

/* Statistics: null_count, max_value and min_value (PLAIN, no length) */
typedef struct Stats
{
	int64_t		nulls;			/* -1: absent */
	const uint8_t *min,
			   *max;			/* NULL: absent */
	size_t		minlen,
				maxlen;
} Stats;

static void
read_stats(TR *r, Stats *st)
{
	int16_t		last = 0,
				id;
	int			type;

	memset(st, 0, sizeof(*st));
	st->nulls = -1;
	while (tr_field(r, &last, &id, &type))
	{
		if (id == 3)
		{
			EXPECT_TYPE(type, TT_I64, "Statistics.null_count");
			st->nulls = tr_zz(r);
		}
		else if (id == 5 || id == 6)
		{
			EXPECT_TYPE(type, TT_BINARY, "Statistics.max_value/min_value");
			if (id == 5)
				tr_binary(r, &st->max, &st->maxlen);
			else
				tr_binary(r, &st->min, &st->minlen);
		}
		else
			tr_skip(r, type, false);
	}
}

/* min and max of the values read so far, in the column's sort order */
typedef struct Range
{
	bool		any;
	bool		too_long;		/* a value past the writer's 64-byte limit */
	const uint8_t *min,
			   *max;
	size_t		minlen,
				maxlen;
} Range;

/*
 * The column order parquet-format gives each type: signed or unsigned
 * integers, floats by value, bytes unsigned lexicographically, and DECIMAL
 * on FIXED_LEN_BYTE_ARRAY as signed big-endian numbers.
 */
static int
stat_cmp(const Col *c, const uint8_t *a, size_t alen, const uint8_t *b, size_t blen)
{
	bool		uns = c->spec.logical == PQ_LOGICAL_INT && !c->spec.int_signed;

	switch (c->spec.physical)
	{
		case PQ_BOOLEAN:
			return (a[0] > b[0]) - (a[0] < b[0]);
		case PQ_INT32:
			{
				uint32_t	ua = le32(a),
							ub = le32(b);

				if (uns)
					return (ua > ub) - (ua < ub);
				return ((int32_t) ua > (int32_t) ub) - ((int32_t) ua < (int32_t) ub);
			}
		case PQ_INT64:
			{
				uint64_t	ua = le32(a) | (uint64_t) le32(a + 4) << 32;
				uint64_t	ub = le32(b) | (uint64_t) le32(b + 4) << 32;

				if (uns)
					return (ua > ub) - (ua < ub);
				return ((int64_t) ua > (int64_t) ub) - ((int64_t) ua < (int64_t) ub);
			}
		case PQ_FLOAT:
			{
				float		fa,
							fb;

				memcpy(&fa, a, 4);
				memcpy(&fb, b, 4);
				return (fa > fb) - (fa < fb);
			}
		case PQ_DOUBLE:
			{
				double		da,
							db;

				memcpy(&da, a, 8);
				memcpy(&db, b, 8);
				return (da > db) - (da < db);
			}
		default:
			{
				size_t		n = alen < blen ? alen : blen;

				if (c->spec.logical == PQ_LOGICAL_DECIMAL && n > 0 && a[0] != b[0])
					return ((a[0] ^ 0x80) > (b[0] ^ 0x80)) ? 1 : -1;
				for (size_t i = 0; i < n; i++)
					if (a[i] != b[i])
						return a[i] > b[i] ? 1 : -1;
				return (alen > blen) - (alen < blen);
			}
	}
}

static void
range_add(const Col *c, Range *rg, const uint8_t *v, size_t len)
{
	if (c->spec.physical == PQ_FLOAT || c->spec.physical == PQ_DOUBLE)
	{
		double		d;
		float		f;

		if (c->spec.physical == PQ_FLOAT)
		{
			memcpy(&f, v, 4);
			d = f;
		}
		else
			memcpy(&d, v, 8);
		if (isnan(d))
			return;				/* NaN takes no part in min/max */
	}
	if (len > 64)
		rg->too_long = true;
	if (!rg->any || stat_cmp(c, v, len, rg->min, rg->minlen) < 0)
	{
		rg->min = v;
		rg->minlen = len;
	}
	if (!rg->any || stat_cmp(c, v, len, rg->max, rg->maxlen) > 0)
	{
		rg->max = v;
		rg->maxlen = len;
	}
	rg->any = true;
}

/*
 * Statistics must hold exactly the smallest and largest value (the writer
 * does not truncate) and may be left out only when there is none or one is
 * longer than its 64-byte limit.  Wrong bounds would make readers skip
 * pages and row groups that hold matching rows.
 */
static void
check_minmax(const Col *c, const Stats *st, const Range *rg, const char *what)
{
	size_t		width = c->spec.physical == PQ_BOOLEAN ? 1 :
		c->spec.physical == PQ_INT32 || c->spec.physical == PQ_FLOAT ? 4 :
		c->spec.physical == PQ_INT64 || c->spec.physical == PQ_DOUBLE ? 8 :
		c->spec.physical == PQ_FIXED_LEN_BYTE_ARRAY ? (size_t) c->spec.fixed_len : 0;

	CHECK((st->min == NULL) == (st->max == NULL), "column %s: %s statistics with only one bound",
		  c->name, what);
	if (st->min == NULL)
	{
		CHECK(!rg->any || rg->too_long, "column %s: %s statistics without min/max", c->name, what);
		return;
	}
	CHECK(rg->any, "column %s: %s min/max without a value", c->name, what);
	CHECK(width == 0 || (st->minlen == width && st->maxlen == width),
		  "column %s: %s min/max of %zu/%zu bytes, type has %zu", c->name, what,
		  st->minlen, st->maxlen, width);
	CHECK(stat_cmp(c, st->min, st->minlen, rg->min, rg->minlen) == 0,
		  "column %s: %s statistics min is not the smallest value", c->name, what);
	CHECK(stat_cmp(c, st->max, st->maxlen, rg->max, rg->maxlen) == 0,
		  "column %s: %s statistics max is not the largest value", c->name, what);
}

/* ---------------- an independent reader: pages and values ---------------- */

/* decode n values of the RLE/bit-packed hybrid; returns the bytes used */
static size_t
rle_decode(const uint8_t *p, size_t len, int bw, uint32_t *out, size_t n)
{
	TR			r = {p, len, 0, 0};
	size_t		got = 0;

	CHECK(bw >= 0 && bw <= 32, "hybrid bit width %d", bw);
	while (got < n)
	{
		uint64_t	h = tr_varint(&r);

		if (h & 1)
		{
			uint64_t	groups = h >> 1;
			size_t		nbytes;

			CHECK(groups > 0 && groups <= (n - got + 7) / 8,
				  "bit-packed run of %llu groups for %zu values",
				  (unsigned long long) groups, n - got);
			nbytes = (size_t) groups * (size_t) bw;
			CHECK(nbytes <= len - r.pos, "bit-packed run past the page end");
			for (size_t k = 0; k < groups * 8 && got < n; k++, got++)
			{
				uint32_t	v = 0;

				for (int bit = 0; bit < bw; bit++)
				{
					size_t		bp = k * (size_t) bw + (size_t) bit;

					if (p[r.pos + bp / 8] & (1u << (bp % 8)))
						v |= (uint32_t) 1 << bit;
				}
				out[got] = v;
			}
			r.pos += nbytes;
		}
		else
		{
			uint64_t	count = h >> 1;
			uint32_t	v = 0;

			CHECK(count > 0 && count <= n - got, "RLE run of %llu for %zu values",
				  (unsigned long long) count, n - got);
			for (int k = 0; k < (bw + 7) / 8; k++)
				v |= (uint32_t) tr_byte(&r) << (8 * k);
			CHECK(bw == 32 || (v >> bw) == 0, "RLE value %u wider than %d bits", v, bw);
			for (uint64_t k = 0; k < count; k++)
				out[got++] = v;
		}
	}
	return r.pos;
}

static uint8_t *
decompress(PqCodec codec, const uint8_t *src, size_t clen, size_t ulen)
{
	uint8_t    *dst = malloc(ulen + 1);

	CHECK(dst != NULL, "harness out of memory");
	switch (codec)
	{
		case PQ_CODEC_NONE:
			CHECK(clen == ulen, "uncompressed page: sizes %zu and %zu", clen, ulen);
			memcpy(dst, src, ulen);
			break;
		case PQ_CODEC_SNAPPY:
			{
				size_t		n = 0;

				CHECK(snappy_uncompressed_length((const char *) src, clen, &n) == SNAPPY_OK &&
					  n == ulen, "snappy: page claims %zu bytes, holds %zu", ulen, n);
				n = ulen + 1;
				CHECK(snappy_uncompress((const char *) src, clen, (char *) dst, &n) == SNAPPY_OK &&
					  n == ulen, "snappy: page does not decompress");
				break;
			}
		case PQ_CODEC_GZIP:
			{
				z_stream	zs;
				int			rc;

				memset(&zs, 0, sizeof(zs));
				CHECK(inflateInit2(&zs, 15 + 16) == Z_OK, "inflateInit2 failed");
				zs.next_in = (Bytef *) src;
				zs.avail_in = (uInt) clen;
				zs.next_out = dst;
				zs.avail_out = (uInt) ulen + 1;
				rc = inflate(&zs, Z_FINISH);
				CHECK(rc == Z_STREAM_END && zs.total_out == ulen && zs.avail_in == 0,
					  "gzip: page does not decompress to %zu bytes (rc %d, %lu)",
					  ulen, rc, zs.total_out);
				inflateEnd(&zs);
				break;
			}
		case PQ_CODEC_ZSTD:
			{
				size_t		n = ZSTD_decompress(dst, ulen + 1, src, clen);

				CHECK(!ZSTD_isError(n) && n == ulen, "zstd: page does not decompress to %zu bytes",
					  ulen);
				break;
			}
	}
	return dst;
}

typedef struct ChunkMeta
{
	int			type;
	int			codec;
	int64_t		num_values;
	int64_t		uncompressed;
	int64_t		compressed;
	int64_t		data_offset;
	int64_t		dict_offset;	/* -1: none */
	Stats		stats;			/* nulls -1: none */
} ChunkMeta;

/* where a column's reading stands across pages and row groups */
typedef struct Cursor
{
	int64_t		row;			/* into defs */
	size_t		plain;			/* into plain */
	int64_t		nulls;
} Cursor;

static const int tphys[] = {0, 1, 2, 4, 5, 6, 7};	/* PqPhysical -> thrift */

static size_t
item_size(const Col *c, const uint8_t *p, size_t avail)
{
	switch (c->spec.physical)
	{
		case PQ_BOOLEAN:
			return 1;
		case PQ_INT32:
		case PQ_FLOAT:
			return 4;
		case PQ_INT64:
		case PQ_DOUBLE:
			return 8;
		case PQ_BYTE_ARRAY:
			CHECK(avail >= 4 && le32(p) <= avail - 4, "BYTE_ARRAY item past its buffer");
			return 4 + le32(p);
		case PQ_FIXED_LEN_BYTE_ARRAY:
			return (size_t) c->spec.fixed_len;
	}
	return 0;
}

/* compare one decoded item with the next written one; track min/max */
static void
expect_item(const Col *c, Cursor *cur, const uint8_t *item, size_t len, int64_t row,
			Range *page, Range *chunk)
{
	const uint8_t *mine = c->plain.data + cur->plain;
	size_t		skip = c->spec.physical == PQ_BYTE_ARRAY ? 4 : 0;

	CHECK(cur->plain + len <= c->plain.len && memcmp(mine, item, len) == 0,
		  "column %s: value of row %lld differs from the one written",
		  c->name, (long long) row);
	cur->plain += len;
	range_add(c, page, mine + skip, len - skip);
	range_add(c, chunk, mine + skip, len - skip);
}

static void
verify_data_page(const Col *c, Cursor *cur, const uint8_t *body,
				 size_t blen, int64_t nvalues, int encoding, const Buf *dict,
				 const uint32_t *dict_off, uint32_t dict_n, const Stats *pst,
				 Range *chunk_range)
{
	int64_t		page_nulls = pst->nulls;
	Range		page_range = {0};
	size_t		pos = 0;
	int64_t		present = 0;
	uint32_t   *vals = malloc(sizeof(uint32_t) * ((size_t) nvalues + 1));

	CHECK(vals != NULL, "harness out of memory");
	CHECK(cur->row + nvalues <= (int64_t) c->defs.len, "column %s: more values than rows",
		  c->name);
	if (c->spec.nullable)
	{
		uint32_t	dlen;

		CHECK(blen >= 4, "page without definition levels");
		dlen = le32(body);
		CHECK(dlen <= blen - 4, "definition levels past the page end");
		CHECK(rle_decode(body + 4, dlen, 1, vals, (size_t) nvalues) == dlen,
			  "definition levels: length prefix %u does not match the runs", dlen);
		for (int64_t i = 0; i < nvalues; i++)
		{
			CHECK(vals[i] == c->defs.data[cur->row + i],
				  "column %s row %lld: definition level %u, wrote %s",
				  c->name, (long long) (cur->row + i), vals[i],
				  c->defs.data[cur->row + i] ? "a value" : "NULL");
			present += vals[i];
		}
		pos = 4 + dlen;
	}
	else
		present = nvalues;
	CHECK(page_nulls == -1 || page_nulls == nvalues - present,
		  "column %s: page statistics count %lld NULLs, page has %lld",
		  c->name, (long long) page_nulls, (long long) (nvalues - present));
	cur->nulls += nvalues - present;

	if (encoding == 8)
	{
		int			bw;

		CHECK(dict != NULL, "column %s: dictionary-encoded page without a dictionary", c->name);
		if (present > 0)
		{
			CHECK(pos < blen, "dictionary page body without a bit width");
			bw = body[pos++];
			pos += rle_decode(body + pos, blen - pos, bw, vals, (size_t) present);
		}
		for (int64_t i = 0; i < present; i++)
		{
			CHECK(vals[i] < dict_n, "dictionary index %u of %u entries", vals[i], dict_n);
			expect_item(c, cur, dict->data + dict_off[vals[i]],
						(vals[i] + 1 < dict_n ? dict_off[vals[i] + 1] : dict->len) - dict_off[vals[i]],
						cur->row + i, &page_range, chunk_range);
		}
	}
	else if (c->spec.physical == PQ_BOOLEAN)
	{
		CHECK(blen - pos == (size_t) (present + 7) / 8, "boolean page of %zu bytes for %lld values",
			  blen - pos, (long long) present);
		for (int64_t i = 0; i < present; i++)
		{
			uint8_t		b = (body[pos + i / 8] >> (i % 8)) & 1;

			expect_item(c, cur, &b, 1, cur->row + i, &page_range, chunk_range);
		}
		pos = blen;
	}
	else
	{
		for (int64_t i = 0; i < present; i++)
		{
			size_t		n = item_size(c, body + pos, blen - pos);
			CHECK(n <= blen - pos, "column %s: value past the page end", c->name);
			expect_item(c, cur, body + pos, n, cur->row + i, &page_range, chunk_range);
			pos += n;
		}
	}
	CHECK(pos == blen, "column %s: page has %zu bytes after its values", c->name, blen - pos);
	if (pst->nulls >= 0)
		check_minmax(c, pst, &page_range, "page");
	cur->row += nvalues;
	free(vals);
}

/* walk one column chunk page by page */
static void
verify_chunk(const Run *run, const uint8_t *file, int64_t footer_start,
			 const Col *c, Cursor *cur, const ChunkMeta *cm, int64_t rg_rows,
			 int64_t *prev_end)
{
	int64_t		start = cm->dict_offset >= 0 ? cm->dict_offset : cm->data_offset;
	int64_t		end = start + cm->compressed;
	int64_t		pos = start;
	int64_t		values = 0,
				usum = 0,
				first_data = -1;
	int64_t		chunk_nulls0 = cur->nulls;
	Buf			dict = {0};
	uint32_t   *dict_off = NULL;
	uint32_t	dict_n = 0;
	bool		have_dict = false;
	Range		chunk_range = {0};

	CHECK(cm->type == tphys[c->spec.physical], "column %s: physical type %d", c->name, cm->type);
	CHECK(cm->codec == (run->opts.codec == PQ_CODEC_ZSTD ? 6 : (int) run->opts.codec),
		  "column %s: codec %d", c->name, cm->codec);
	CHECK(cm->num_values == rg_rows, "column %s: chunk of %lld values in a row group of %lld rows",
		  c->name, (long long) cm->num_values, (long long) rg_rows);
	CHECK(start >= *prev_end && cm->compressed > 0 && end <= footer_start,
		  "column %s: chunk [%lld, %lld) overlaps or leaves the data area",
		  c->name, (long long) start, (long long) end);
	CHECK(cm->dict_offset < 0 || cm->dict_offset < cm->data_offset,
		  "dictionary page after the data pages");
	*prev_end = end;

	while (pos < end)
	{
		TR			r = {file + pos, (size_t) (end - pos), 0, 0};
		int16_t		last = 0,
					id;
		int			type;
		int			ptype = -1;
		int64_t		ulen = -1,
					clen = -1,
					nvalues = -1;
		int			encoding = -1;
		uint8_t    *body;
		Stats		pst = {.nulls = -1};

		while (tr_field(&r, &last, &id, &type))
		{
			if (id == 1 || id == 2 || id == 3)
			{
				int64_t		v;

				EXPECT_TYPE(type, TT_I32, "PageHeader field");
				v = tr_zz(&r);
				if (id == 1)
					ptype = (int) v;
				else if (id == 2)
					ulen = v;
				else
					clen = v;
			}
			else if (id == 5 || id == 7)
			{
				int16_t		l2 = 0,
							id2;
				int			t2;

				EXPECT_TYPE(type, TT_STRUCT, "page header");
				while (tr_field(&r, &l2, &id2, &t2))
				{
					if (id2 == 1 || id2 == 2 || id2 == 3 || id2 == 4)
					{
						int64_t		v;

						EXPECT_TYPE(t2, TT_I32, "page header field");
						v = tr_zz(&r);
						if (id2 == 1)
							nvalues = v;
						else if (id2 == 2)
							encoding = (int) v;
						else
							CHECK(v == 3, "levels encoded with %lld, not RLE", (long long) v);
					}
					else if (id == 5 && id2 == 5)
					{
						EXPECT_TYPE(t2, TT_STRUCT, "page statistics");
						read_stats(&r, &pst);
					}
					else
						tr_skip(&r, t2, false);
				}
			}
			else
				tr_skip(&r, type, false);
		}
		CHECK(ulen >= 0 && clen >= 0 && nvalues >= 0, "page header without sizes");
		CHECK((int64_t) r.pos + clen <= end - pos, "column %s: page body past the chunk end",
			  c->name);
		body = decompress(run->opts.codec, file + pos + r.pos, (size_t) clen, (size_t) ulen);
		if (ptype == 2)
		{
			TR			d = {body, (size_t) ulen, 0, 0};

			CHECK(pos == start && cm->dict_offset == start && !have_dict,
				  "dictionary page not first in its chunk");
			CHECK(encoding == 0 || encoding == 2, "dictionary encoding %d", encoding);
			CHECK(c->spec.physical == PQ_BYTE_ARRAY, "dictionary for a non-BYTE_ARRAY column");
			dict_off = malloc(sizeof(uint32_t) * ((size_t) nvalues + 1));
			CHECK(dict_off != NULL, "harness out of memory");
			for (int64_t i = 0; i < nvalues; i++)
			{
				size_t		elen;

				CHECK(d.len - d.pos >= 4, "dictionary entry past the page end");
				dict_off[i] = (uint32_t) d.pos;
				elen = le32(body + d.pos);
				d.pos += 4;
				CHECK(elen <= d.len - d.pos, "dictionary entry past the page end");
				d.pos += elen;
			}
			CHECK(d.pos == d.len, "dictionary page has bytes after its %lld entries",
				  (long long) nvalues);
			buf_add(&dict, body, (size_t) ulen);
			dict_n = (uint32_t) nvalues;
			have_dict = true;
		}
		else
		{
			CHECK(ptype == 0, "page type %d", ptype);
			CHECK(nvalues > 0, "empty data page");
			CHECK(encoding == 0 || encoding == 8, "data page encoding %d", encoding);
			if (first_data < 0)
				first_data = pos;
			verify_data_page(c, cur, body, (size_t) ulen, nvalues, encoding,
							 have_dict ? &dict : NULL, dict_off, dict_n, &pst, &chunk_range);
			values += nvalues;
		}
		free(body);
		usum += (int64_t) r.pos + ulen;
		pos += (int64_t) r.pos + clen;
	}
	CHECK(pos == end, "column %s: pages overrun total_compressed_size", c->name);
	CHECK(first_data == cm->data_offset, "column %s: data_page_offset %lld, first data page at %lld",
		  c->name, (long long) cm->data_offset, (long long) first_data);
	CHECK(have_dict == (cm->dict_offset >= 0), "column %s: dictionary_page_offset without a dictionary",
		  c->name);
	CHECK(values == cm->num_values, "column %s: pages hold %lld values, chunk says %lld",
		  c->name, (long long) values, (long long) cm->num_values);
	CHECK(usum == cm->uncompressed, "column %s: total_uncompressed_size %lld, pages sum to %lld",
		  c->name, (long long) cm->uncompressed, (long long) usum);
	CHECK(cm->stats.nulls == -1 || cm->stats.nulls == cur->nulls - chunk_nulls0,
		  "column %s: chunk statistics count %lld NULLs, chunk has %lld", c->name,
		  (long long) cm->stats.nulls, (long long) (cur->nulls - chunk_nulls0));
	if (cm->stats.nulls >= 0)
		check_minmax(c, &cm->stats, &chunk_range, "chunk");
	buf_free(&dict);
	free(dict_off);
}

static void
read_column_meta(TR *r, ChunkMeta *cm)
{
	int16_t		last = 0,
				id;
	int			type;

	while (tr_field(r, &last, &id, &type))
	{
		switch (id)
		{
			case 1:
			case 4:
				EXPECT_TYPE(type, TT_I32, "ColumnMetaData field");
				if (id == 1)
					cm->type = (int) tr_zz(r);
				else
					cm->codec = (int) tr_zz(r);
				break;
			case 5:
			case 6:
			case 7:
			case 9:
			case 11:
				{
					int64_t		v;

					EXPECT_TYPE(type, TT_I64, "ColumnMetaData field");
					v = tr_zz(r);
					if (id == 5)
						cm->num_values = v;
					else if (id == 6)
						cm->uncompressed = v;
					else if (id == 7)
						cm->compressed = v;
					else if (id == 9)
						cm->data_offset = v;
					else
						cm->dict_offset = v;
					break;
				}
			case 12:
				EXPECT_TYPE(type, TT_STRUCT, "ColumnMetaData.statistics");
				read_stats(r, &cm->stats);
				break;
			default:
				tr_skip(r, type, false);
				break;
		}
	}
}

static void
verify_row_group(const Run *run, TR *r, const uint8_t *file, int64_t footer_start,
				 Cursor *curs, int64_t *rows_seen, int64_t *prev_end)
{
	int16_t		last = 0,
				id;
	int			type;
	ChunkMeta	cms[MAX_COLS];
	int			ncm = -1;
	int64_t		rg_rows = -1;

	while (tr_field(r, &last, &id, &type))
	{
		if (id == 1)
		{
			int			et;
			uint32_t	n;

			EXPECT_TYPE(type, TT_LIST, "RowGroup.columns");
			tr_list(r, &et, &n);
			CHECK(et == TT_STRUCT && n == (uint32_t) run->ncols,
				  "row group of %u column chunks for %d columns", n, run->ncols);
			for (uint32_t i = 0; i < n; i++)
			{
				int16_t		l2 = 0,
							id2;
				int			t2;
				ChunkMeta  *cm = &cms[i];

				memset(cm, 0, sizeof(*cm));
				cm->type = cm->codec = -1;
				cm->dict_offset = cm->stats.nulls = -1;
				while (tr_field(r, &l2, &id2, &t2))
				{
					CHECK(id2 != 1, "column chunk in another file");
					if (id2 == 3)
						read_column_meta(r, cm);
					else
						tr_skip(r, t2, false);
				}
			}
			ncm = (int) n;
		}
		else if (id == 3)
		{
			EXPECT_TYPE(type, TT_I64, "RowGroup.num_rows");
			rg_rows = tr_zz(r);
		}
		else
			tr_skip(r, type, false);
	}
	CHECK(ncm == run->ncols && rg_rows > 0, "row group without columns or rows");
	for (int i = 0; i < ncm; i++)
		verify_chunk(run, file, footer_start, &run->cols[i], &curs[i], &cms[i], rg_rows,
					 prev_end);
	*rows_seen += rg_rows;
}

static void
verify_schema(const Run *run, TR *r)
{
	int			et;
	uint32_t	n;

	tr_list(r, &et, &n);
	CHECK(et == TT_STRUCT && n == (uint32_t) run->ncols + 1,
		  "schema of %u elements for %d columns", n, run->ncols);
	for (uint32_t e = 0; e < n; e++)
	{
		int16_t		last = 0,
					id;
		int			type;
		const Col  *c = e ? &run->cols[e - 1] : NULL;
		int64_t		f[9] = {-1, -1, -1, -1, -1, -1, -1, -1, -1};
		bool		named = false;

		while (tr_field(r, &last, &id, &type))
		{
			if (id == 4)
			{
				const uint8_t *p;
				size_t		len;

				EXPECT_TYPE(type, TT_BINARY, "SchemaElement.name");
				tr_binary(r, &p, &len);
				CHECK(c == NULL || (len == strlen(c->name) && memcmp(p, c->name, len) == 0),
					  "schema element %u has another name", e);
				named = true;
			}
			else if (id >= 1 && id <= 8 && type == TT_I32)
				f[id] = tr_zz(r);
			else
				tr_skip(r, type, false);
		}
		CHECK(named, "schema element %u without a name", e);
		if (c == NULL)
		{
			CHECK(f[5] == run->ncols, "root has %lld children", (long long) f[5]);
			continue;
		}
		CHECK(f[1] == tphys[c->spec.physical], "column %s: schema type %lld", c->name,
			  (long long) f[1]);
		CHECK(f[3] == (c->spec.nullable ? 1 : 0), "column %s: repetition %lld", c->name,
			  (long long) f[3]);
		if (c->spec.physical == PQ_FIXED_LEN_BYTE_ARRAY)
			CHECK(f[2] == c->spec.fixed_len, "column %s: type_length %lld", c->name,
				  (long long) f[2]);
		if (c->spec.logical == PQ_LOGICAL_DECIMAL)
			CHECK(f[7] == c->spec.scale && f[8] == c->spec.precision,
				  "column %s: DECIMAL(%lld,%lld)", c->name, (long long) f[8], (long long) f[7]);
	}
}

/* the file, from its last bytes in, against everything written */
static void
verify_file(Run *run)
{
	const uint8_t *file = run->sink.out.data;
	size_t		n = run->sink.out.len;
	uint32_t	flen;
	int64_t		footer_start;
	TR			r;
	int16_t		last = 0,
				id;
	int			type;
	int64_t		num_rows = -1,
				rows_seen = 0,
				prev_end = 4;
	Cursor		curs[MAX_COLS];
	bool		schema = false,
				groups = false;

	CHECK(n >= 12, "file of %zu bytes", n);
	CHECK(memcmp(file, "PAR1", 4) == 0, "file does not start with PAR1");
	CHECK(memcmp(file + n - 4, "PAR1", 4) == 0, "file does not end with PAR1");
	flen = le32(file + n - 8);
	CHECK(flen > 0 && flen <= n - 12, "footer length %u in a file of %zu bytes", flen, n);
	footer_start = (int64_t) (n - 8 - flen);
	memset(curs, 0, sizeof(curs));

	r = (TR) {file + footer_start, flen, 0, 0};
	while (tr_field(&r, &last, &id, &type))
	{
		if (id == 2)
		{
			EXPECT_TYPE(type, TT_LIST, "FileMetaData.schema");
			verify_schema(run, &r);
			schema = true;
		}
		else if (id == 3)
		{
			EXPECT_TYPE(type, TT_I64, "FileMetaData.num_rows");
			num_rows = tr_zz(&r);
		}
		else if (id == 4)
		{
			int			et;
			uint32_t	ng;

			EXPECT_TYPE(type, TT_LIST, "FileMetaData.row_groups");
			tr_list(&r, &et, &ng);
			CHECK(et == TT_STRUCT || ng == 0, "row groups of element type %d", et);
			for (uint32_t g = 0; g < ng; g++)
				verify_row_group(run, &r, file, footer_start, curs, &rows_seen, &prev_end);
			groups = true;
		}
		else
			tr_skip(&r, type, false);
	}
	CHECK(r.pos == flen, "footer has %zu bytes after FileMetaData", flen - r.pos);
	CHECK(schema && groups, "FileMetaData without schema or row groups");
	CHECK(num_rows == run->rows && rows_seen == run->rows,
		  "file says %lld rows, row groups %lld, wrote %lld", (long long) num_rows,
		  (long long) rows_seen, (long long) run->rows);
	CHECK(prev_end == footer_start, "%lld bytes between the last chunk and the footer",
		  (long long) (footer_start - prev_end));
	for (int i = 0; i < run->ncols; i++)
	{
		const Col  *c = &run->cols[i];

		CHECK(curs[i].row == run->rows && curs[i].plain == c->plain.len &&
			  curs[i].nulls == c->nulls,
			  "column %s: read %lld rows, %zu value bytes, %lld NULLs of %lld, %zu, %lld",
			  c->name, (long long) curs[i].row, curs[i].plain, (long long) curs[i].nulls,
			  (long long) run->rows, c->plain.len, (long long) c->nulls);
	}
}

/* ---------------- create-time rules, checked once ---------------- */

/*
 * The DECIMAL(p) on FIXED_LEN_BYTE_ARRAY boundary for every p: the exact
 * minimum length is accepted, one byte less rejected.
 */
static void
check_decimal_lengths(void)
{
	char		err[256];

	for (int p = 1; p <= 38; p++)
	{
		PqColumnSpec spec = {.name = "d", .physical = PQ_FIXED_LEN_BYTE_ARRAY,
		.logical = PQ_LOGICAL_DECIMAL, .precision = p, .scale = p / 2};
		Sink		sink = {0};
		PqWriter   *w;

		spec.fixed_len = decimal_bytes(p);
		w = pq_writer_create(&spec, 1, NULL, sink_write, &sink, err, sizeof(err));
		CHECK(w != NULL, "DECIMAL(%d) in %d bytes rejected: %s", p, spec.fixed_len, err);
		pq_writer_free(w);
		buf_free(&sink.out);
		spec.fixed_len--;
		if (spec.fixed_len > 0)
		{
			w = pq_writer_create(&spec, 1, NULL, sink_write, &sink, err, sizeof(err));
			CHECK(w == NULL, "DECIMAL(%d) in %d bytes accepted", p, spec.fixed_len);
		}
	}
}

#ifdef FUZZING_WITH_LIBFUZZER

int			LLVMFuzzerInitialize(int *argc, char ***argv);
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	check_decimal_lengths();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	run_input(data, size, NULL);
	return 0;
}

#else							/* !FUZZING_WITH_LIBFUZZER */

/* ---------------- replay / random / emit driver ---------------- */

static int
replay_file(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	Buf			b = {0};
	uint8_t		chunk[65536];
	size_t		n;

	if (f == NULL)
	{
		perror(path);
		exit(2);
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	run_input(b.data, b.len, NULL);
	buf_free(&b);
	return 1;
}

static int
replay_path(const char *path)
{
	struct stat st;
	DIR		   *d;
	struct dirent *de;
	int			count = 0;

	if (stat(path, &st) != 0)
	{
		perror(path);
		exit(2);
	}
	if (!S_ISDIR(st.st_mode))
		return replay_file(path);
	d = opendir(path);
	if (d == NULL)
	{
		perror(path);
		exit(2);
	}
	while ((de = readdir(d)) != NULL)
	{
		char		sub[4096];

		if (de->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, de->d_name);
		if (stat(sub, &st) == 0 && S_ISREG(st.st_mode))
			count += replay_file(sub);
	}
	closedir(d);
	return count;
}

static uint64_t
splitmix(uint64_t *state)
{
	uint64_t	z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/*
 * The i-th pseudo-random input of a seed: mostly a few kilobytes (after
 * which values repeat), sometimes short, always the same for (seed, i).
 */
static size_t
random_input(uint64_t seed, int i, uint8_t *buf, size_t cap)
{
	uint64_t	st = seed * 0x100000001b3ULL + (uint64_t) i;
	size_t		len;

	splitmix(&st);
	len = splitmix(&st) % 4 == 0 ? 16 + splitmix(&st) % 240 : 256 + splitmix(&st) % (cap - 256);
	for (size_t k = 0; k < len; k++)
		buf[k] = (uint8_t) (splitmix(&st) >> 56);
	return len;
}

int
main(int argc, char **argv)
{
	static uint8_t buf[16384];

	if (argc == 5 && strcmp(argv[1], "--emit") == 0)
	{
		const char *dir = argv[2];
		int			n = atoi(argv[3]);
		uint64_t	seed = strtoull(argv[4], NULL, 10);

		check_decimal_lengths();
		for (int i = 0; i < n; i++)
		{
			char		base[64];
			char		path[1024];
			Emit		e = {dir, base};
			size_t		len = random_input(seed, i, buf, sizeof(buf));
			FILE	   *f;

			snprintf(base, sizeof(base), "fuzz_%04d", i);
			/* the input too, so a mismatch can be replayed under sanitizers */
			snprintf(path, sizeof(path), "%s/%s.bin", dir, base);
			f = fopen(path, "wb");
			CHECK(f != NULL && fwrite(buf, 1, len, f) == len && fclose(f) == 0,
				  "cannot write %s", path);
			run_input(buf, len, &e);
		}
		printf("fuzz_parquet: emitted %d files into %s (seed %llu)\n", n, dir,
			   (unsigned long long) seed);
		return 0;
	}
	if (argc == 4 && strcmp(argv[1], "--random") == 0)
	{
		int			n = atoi(argv[2]);
		uint64_t	seed = strtoull(argv[3], NULL, 10);

		check_decimal_lengths();
		for (int i = 0; i < n; i++)
		{
			size_t		len = random_input(seed, i, buf, sizeof(buf));

			run_input(buf, len, NULL);
		}
		printf("fuzz_parquet: %d random inputs ok (seed %llu)\n", n, (unsigned long long) seed);
		return 0;
	}
	if (argc < 2 || argv[1][0] == '-')
	{
		fprintf(stderr,
				"usage: %s FILE|DIR...            replay inputs\n"
				"       %s --random N SEED        run N pseudo-random inputs\n"
				"       %s --emit DIR N SEED      write N files + expected values\n",
				argv[0], argv[0], argv[0]);
		return 2;
	}
	{
		int			count = 0;

		check_decimal_lengths();
		for (int i = 1; i < argc; i++)
			count += replay_path(argv[i]);
		printf("fuzz_parquet: %d inputs replayed ok\n", count);
	}
	return 0;
}

#endif							/* FUZZING_WITH_LIBFUZZER */
