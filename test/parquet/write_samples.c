/*-------------------------------------------------------------------------
 *
 * write_samples.c
 *	  Writes sample Parquet files with synthgen's writer (src/parquet) into
 *	  the directory given on the command line, and next to each file a JSON
 *	  file of what an independent reader must find in it, computed from the
 *	  same inputs: row count, per-column DuckDB type, NULL count, exact
 *	  min/max/sum of integer-like columns, and the first rows in full.
 *	  test/parquet/check_samples.mjs compares both with DuckDB.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L
#include "parquet.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef __int128 i128;

enum Kind
{
	K_BOOL, K_INT16, K_INT32, K_INT64, K_FLOAT, K_DOUBLE, K_TEXT, K_STATUS,
	K_HIGHCARD, K_DEC9, K_DEC18, K_DEC38, K_DATE, K_TS, K_TSTZ, K_UUID,
	K_BYTEA, K_JSON, K_ALLNULL, K_INT8, NKINDS
};

typedef struct KindInfo
{
	const char *name;
	PqColumnSpec spec;
	const char *duck_type;
	const char *expr;			/* DuckDB expression of the exact value, %s = column */
	bool		agg;			/* min/max/sum on the value (an integer) */
} KindInfo;

static KindInfo kinds[NKINDS] = {
	[K_BOOL] = {"b", {.physical = PQ_BOOLEAN, .nullable = true}, "BOOLEAN", "%s::INTEGER::VARCHAR", true},
	[K_INT16] = {"i16", {.physical = PQ_INT32, .logical = PQ_LOGICAL_INT, .int_bits = 16, .int_signed = true}, "SMALLINT", "%s::VARCHAR", true},
	[K_INT32] = {"i32", {.physical = PQ_INT32, .logical = PQ_LOGICAL_INT, .int_bits = 32, .int_signed = true, .nullable = true}, "INTEGER", "%s::VARCHAR", true},
	[K_INT64] = {"i64", {.physical = PQ_INT64, .logical = PQ_LOGICAL_INT, .int_bits = 64, .int_signed = true}, "BIGINT", "%s::VARCHAR", true},
	[K_FLOAT] = {"f4", {.physical = PQ_FLOAT, .nullable = true}, "FLOAT", NULL, false},
	[K_DOUBLE] = {"f8", {.physical = PQ_DOUBLE}, "DOUBLE", NULL, false},
	[K_TEXT] = {"txt", {.physical = PQ_BYTE_ARRAY, .logical = PQ_LOGICAL_STRING, .nullable = true}, "VARCHAR", "%s::VARCHAR", false},
	[K_STATUS] = {"status", {.physical = PQ_BYTE_ARRAY, .logical = PQ_LOGICAL_STRING}, "VARCHAR", "%s::VARCHAR", false},
	[K_HIGHCARD] = {"email", {.physical = PQ_BYTE_ARRAY, .logical = PQ_LOGICAL_STRING, .nullable = true}, "VARCHAR", "%s::VARCHAR", false},
	[K_DEC9] = {"d9", {.physical = PQ_INT32, .logical = PQ_LOGICAL_DECIMAL, .precision = 9, .scale = 2, .nullable = true}, "DECIMAL(9,2)", "%s::VARCHAR", false},
	[K_DEC18] = {"d18", {.physical = PQ_INT64, .logical = PQ_LOGICAL_DECIMAL, .precision = 18, .scale = 4}, "DECIMAL(18,4)", "%s::VARCHAR", false},
	[K_DEC38] = {"d38", {.physical = PQ_FIXED_LEN_BYTE_ARRAY, .logical = PQ_LOGICAL_DECIMAL, .precision = 38, .scale = 10, .fixed_len = 16, .nullable = true}, "DECIMAL(38,10)", "%s::VARCHAR", false},
	[K_DATE] = {"dt", {.physical = PQ_INT32, .logical = PQ_LOGICAL_DATE, .nullable = true}, "DATE", "(%s - DATE '1970-01-01')::VARCHAR", true},
	[K_TS] = {"ts", {.physical = PQ_INT64, .logical = PQ_LOGICAL_TIMESTAMP_MICROS}, "TIMESTAMP", "epoch_us(%s)::VARCHAR", true},
	[K_TSTZ] = {"tstz", {.physical = PQ_INT64, .logical = PQ_LOGICAL_TIMESTAMP_MICROS, .utc_adjusted = true, .nullable = true}, "TIMESTAMP WITH TIME ZONE", "epoch_us(%s)::VARCHAR", true},
	[K_UUID] = {"id", {.physical = PQ_FIXED_LEN_BYTE_ARRAY, .logical = PQ_LOGICAL_UUID, .fixed_len = 16, .nullable = true}, "UUID", "%s::VARCHAR", false},
	[K_BYTEA] = {"bin", {.physical = PQ_BYTE_ARRAY, .nullable = true}, "BLOB", "hex(%s)", false},
	[K_JSON] = {"js", {.physical = PQ_BYTE_ARRAY, .logical = PQ_LOGICAL_JSON, .nullable = true}, "JSON", "%s::VARCHAR", false},
	[K_ALLNULL] = {"nothing", {.physical = PQ_INT32, .logical = PQ_LOGICAL_INT, .int_bits = 32, .int_signed = true, .nullable = true}, "INTEGER", "%s::VARCHAR", true},
	[K_INT8] = {"i8", {.physical = PQ_INT32, .logical = PQ_LOGICAL_INT, .int_bits = 8, .int_signed = true}, "TINYINT", "%s::VARCHAR", true},
};

static uint64_t
mix(uint64_t z)
{
	z += 0x9e3779b97f4a7c15ULL;
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* one generated value */
typedef struct Val
{
	bool		isnull;
	i128		i;				/* integer-like kinds, decimals unscaled */
	double		d;
	char		s[200];
	size_t		slen;
	uint8_t		fb[16];
} Val;

static const char *texts[] = {
	"", "plain", "say \"hi\"", "line1\nline2", "tab\there", "comma, semi;",
	"ünïcödé", "日本語テキスト", "emoji 🎉🚀", "back\\slash", "'single'", "  spaces  "
};
static const char *statuses[] = {"pending", "paid", "shipped", "delivered", "cancelled", "returned"};

static void
gen(int k, int64_t r, Val *v)
{
	uint64_t	h = mix((uint64_t) r * 131 + (uint64_t) k);

	memset(v, 0, sizeof(*v));
	if ((kinds[k].spec.nullable && h % 7 == 3) || k == K_ALLNULL)
	{
		v->isnull = true;
		return;
	}
	switch (k)
	{
		case K_BOOL:
			v->i = (h >> 8) & 1;
			break;
		case K_INT8:
			v->i = r == 0 ? -128 : r == 1 ? 127 : (int8_t) (h >> 16);
			break;
		case K_INT16:
			v->i = r == 0 ? INT16_MIN : r == 1 ? INT16_MAX : (int16_t) (h >> 16);
			break;
		case K_INT32:
			v->i = r == 0 ? INT32_MIN : r == 1 ? INT32_MAX : (int32_t) (h >> 16);
			break;
		case K_INT64:
			v->i = r == 0 ? INT64_MIN : r == 1 ? INT64_MAX : (int64_t) (h >> 20) - (int64_t) (h >> 21) * 2;
			break;
		case K_FLOAT:
		case K_DOUBLE:
			{
				static const double edge[] = {NAN, INFINITY, -INFINITY, -0.0, 0.0, 1e-300, -1.5e300};

				if (r < 7)
					v->d = edge[r];
				else
					v->d = ((double) (int64_t) (h >> 11) - 4.5e15) / 1024.0;
				if (k == K_FLOAT)
					v->d = (float) (r >= 5 && r < 7 ? (r == 5 ? 1e-30 : -1.5e30) : v->d);
				break;
			}
		case K_TEXT:
			snprintf(v->s, sizeof(v->s), "%s", texts[(r < 12 ? (uint64_t) r : h) % 12]);
			if (r >= 12 && h % 3 == 0)
				snprintf(v->s + strlen(v->s), sizeof(v->s) - strlen(v->s), " #%lld", (long long) r);
			if (r == 12)			/* long enough to skip min/max statistics */
				snprintf(v->s, sizeof(v->s), "%0100d", 7);
			v->slen = strlen(v->s);
			break;
		case K_STATUS:
			snprintf(v->s, sizeof(v->s), "%s", statuses[h % 6]);
			v->slen = strlen(v->s);
			break;
		case K_HIGHCARD:
			snprintf(v->s, sizeof(v->s), "user%llu.%lld@example.com",
					 (unsigned long long) (h % 1000003), (long long) r);
			v->slen = strlen(v->s);
			break;
		case K_DEC9:
			v->i = r == 0 ? -999999999 : r == 1 ? 999999999 : (int32_t) (h % 2000000001) - 1000000000 + 1;
			break;
		case K_DEC18:
			v->i = r == 0 ? -999999999999999999LL : r == 1 ? 999999999999999999LL :
				(int64_t) (h % 1999999999999999999ULL) - 999999999999999999LL;
			break;
		case K_DEC38:
			{
				i128		max38 = 1;

				for (int j = 0; j < 38; j++)
					max38 *= 10;
				max38 -= 1;
				if (r == 0)
					v->i = -max38;
				else if (r == 1)
					v->i = max38;
				else if (r == 2)
					v->i = -1;
				else
					v->i = ((i128) (int64_t) h) * 1000003 + r;
				for (int j = 0; j < 16; j++)
					v->fb[j] = (uint8_t) (v->i >> (8 * (15 - j)));
				break;
			}
		case K_DATE:
			v->i = r == 0 ? -719162 /* 0001-01-01 */ : r == 1 ? 83585 /* 2198-11-10 */ :
				r == 2 ? -1 : (int64_t) (h % 100000) - 30000;
			break;
		case K_TS:
		case K_TSTZ:
			v->i = r == 0 ? -62135596800000000LL : r == 1 ? 7258118399999999LL /* 2199-12-31 */ :
				r == 2 ? -1 : (int64_t) (h % 8000000000000000ULL) - 2000000000000000LL;
			break;
		case K_UUID:
			for (int j = 0; j < 16; j++)
				v->fb[j] = (uint8_t) (mix(h + (uint64_t) j) >> 7);
			if (r == 0)
				memset(v->fb, 0xff, 16);
			if (r == 1)
				memset(v->fb, 0, 16);
			break;
		case K_BYTEA:
			v->slen = h % 9;
			for (size_t j = 0; j < v->slen; j++)
				v->s[j] = (char) (uint8_t) (h >> (j * 7));
			break;
		case K_JSON:
			snprintf(v->s, sizeof(v->s), "{\"n\": %lld, \"s\": \"a\\\"b\"}", (long long) r);
			v->slen = strlen(v->s);
			break;
	}
}

static int
emit(PqWriter *w, int col, int k, const Val *v)
{
	if (v->isnull)
		return pq_write_null(w, col);
	switch (k)
	{
		case K_BOOL:
			return pq_write_bool(w, col, v->i != 0);
		case K_INT8:
		case K_INT16:
		case K_INT32:
		case K_DEC9:
		case K_DATE:
		case K_ALLNULL:
			return pq_write_int32(w, col, (int32_t) v->i);
		case K_INT64:
		case K_DEC18:
		case K_TS:
		case K_TSTZ:
			return pq_write_int64(w, col, (int64_t) v->i);
		case K_FLOAT:
			return pq_write_float(w, col, (float) v->d);
		case K_DOUBLE:
			return pq_write_double(w, col, v->d);
		case K_DEC38:
		case K_UUID:
			return pq_write_bytes(w, col, v->fb, 16);
		default:
			return pq_write_bytes(w, col, v->s, v->slen);
	}
}

static void
fmt_i128(char *out, i128 x)
{
	char		tmp[64];
	int			n = 0;
	bool		neg = x < 0;
	unsigned __int128 u = neg ? -(unsigned __int128) x : (unsigned __int128) x;

	do
	{
		tmp[n++] = (char) ('0' + (int) (u % 10));
		u /= 10;
	} while (u);
	if (neg)
		*out++ = '-';
	while (n)
		*out++ = tmp[--n];
	*out = '\0';
}

static void
fmt_decimal(char *out, i128 x, int scale)
{
	char		digits[64];
	bool		neg = x < 0;
	int			n;

	fmt_i128(digits, neg ? -x : x);
	n = (int) strlen(digits);
	if (neg)
		*out++ = '-';
	if (scale == 0)
	{
		strcpy(out, digits);
		return;
	}
	if (n <= scale)
	{
		*out++ = '0';
		*out++ = '.';
		for (int i = n; i < scale; i++)
			*out++ = '0';
		strcpy(out, digits);
		return;
	}
	memcpy(out, digits, n - scale);
	out += n - scale;
	*out++ = '.';
	strcpy(out, digits + n - scale);
}

static void
json_str(FILE *f, const char *s, size_t len)
{
	fputc('"', f);
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

/* the exact text check_samples.mjs gets from DuckDB for this value */
static void
json_value(FILE *f, int k, const Val *v)
{
	char		buf[128];

	if (v->isnull)
	{
		fputs("null", f);
		return;
	}
	switch (k)
	{
		case K_FLOAT:
		case K_DOUBLE:
			if (isnan(v->d))
				fputs("\"NaN\"", f);
			else if (isinf(v->d))
				fputs(v->d > 0 ? "\"Infinity\"" : "\"-Infinity\"", f);
			else if (v->d == 0 && signbit(v->d))
				fputs("\"-0\"", f);
			else
				fprintf(f, "\"%.17g\"", v->d);
			return;
		case K_DEC9:
			fmt_decimal(buf, v->i, 2);
			break;
		case K_DEC18:
			fmt_decimal(buf, v->i, 4);
			break;
		case K_DEC38:
			fmt_decimal(buf, v->i, 10);
			break;
		case K_UUID:
			{
				char	   *p = buf;

				for (int j = 0; j < 16; j++)
				{
					if (j == 4 || j == 6 || j == 8 || j == 10)
						*p++ = '-';
					p += sprintf(p, "%02x", v->fb[j]);
				}
				break;
			}
		case K_BYTEA:
			{
				char	   *p = buf;

				for (size_t j = 0; j < v->slen; j++)
					p += sprintf(p, "%02X", (uint8_t) v->s[j]);
				*p = '\0';
				break;
			}
		case K_TEXT:
		case K_STATUS:
		case K_HIGHCARD:
		case K_JSON:
			json_str(f, v->s, v->slen);
			return;
		default:
			fmt_i128(buf, v->i);
			break;
	}
	json_str(f, buf, strlen(buf));
}

static int
file_write(void *ctx, const void *buf, size_t len)
{
	return fwrite(buf, 1, len, (FILE *) ctx) == len ? 0 : -1;
}

static const char *codec_names[] = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD"};

static int
sample(const char *dir, const char *name, const int *ks, int nk, int64_t nrows,
	   PqOptions opts, int64_t nfull)
{
	char		path[1024];
	FILE	   *f;
	FILE	   *jf;
	PqColumnSpec specs[NKINDS];
	PqWriter   *w;
	char		err[256];
	int64_t		nulls[NKINDS] = {0};
	i128		sum[NKINDS] = {0},
				mn[NKINDS],
				mx[NKINDS];
	bool		any[NKINDS] = {0};
	Val			v;
	struct timespec t0,
				t1;
	long		fsize;

	for (int c = 0; c < nk; c++)
	{
		specs[c] = kinds[ks[c]].spec;
		specs[c].name = kinds[ks[c]].name;
	}
	snprintf(path, sizeof(path), "%s/%s.parquet", dir, name);
	f = fopen(path, "wb");
	if (!f)
	{
		perror(path);
		return -1;
	}
	w = pq_writer_create(specs, nk, &opts, file_write, f, err, sizeof(err));
	if (!w)
	{
		fprintf(stderr, "%s: %s\n", name, err);
		return -1;
	}
	snprintf(path, sizeof(path), "%s/%s.json", dir, name);
	jf = fopen(path, "w");
	if (!jf)
	{
		perror(path);
		return -1;
	}
	fprintf(jf, "{\"file\": \"%s.parquet\", \"rows\": %lld, \"codec\": \"%s\",\n \"full_rows\": [\n",
			name, (long long) nrows, codec_names[opts.codec]);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (int64_t r = 0; r < nrows; r++)
	{
		if (r < nfull)
			fprintf(jf, "%s  [", r ? ",\n" : "");
		for (int c = 0; c < nk; c++)
		{
			int			k = ks[c];

			gen(k, r, &v);
			if (emit(w, c, k, &v) < 0)
			{
				fprintf(stderr, "%s: %s\n", name, pq_writer_error(w));
				return -1;
			}
			if (r < nfull)
			{
				if (c)
					fputs(", ", jf);
				json_value(jf, k, &v);
			}
			if (v.isnull)
				nulls[c]++;
			else if (kinds[k].agg)
			{
				if (!any[c] || v.i < mn[c])
					mn[c] = v.i;
				if (!any[c] || v.i > mx[c])
					mx[c] = v.i;
				sum[c] += v.i;
				any[c] = true;
			}
		}
		if (r < nfull)
			fputs("]", jf);
		if (pq_end_row(w) < 0)
		{
			fprintf(stderr, "%s: %s\n", name, pq_writer_error(w));
			return -1;
		}
	}
	if (pq_writer_finish(w) < 0)
	{
		fprintf(stderr, "%s: %s\n", name, pq_writer_error(w));
		return -1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	pq_writer_free(w);
	fsize = ftell(f);
	if (fclose(f) != 0)
		return -1;
	fputs("],\n \"columns\": [\n", jf);
	for (int c = 0; c < nk; c++)
	{
		const KindInfo *ki = &kinds[ks[c]];
		char		b1[64],
					b2[64],
					b3[64];

		fprintf(jf, "%s  {\"name\": \"%s\", \"type\": \"%s\", \"nulls\": %lld, \"expr\": ",
				c ? ",\n" : "", ki->name, ki->duck_type, (long long) nulls[c]);
		if (ki->expr)
			json_str(jf, ki->expr, strlen(ki->expr));
		else
			fputs("null", jf);
		if (ki->agg && any[c])
		{
			fmt_i128(b1, mn[c]);
			fmt_i128(b2, mx[c]);
			fmt_i128(b3, sum[c]);
			fprintf(jf, ", \"min\": \"%s\", \"max\": \"%s\", \"sum\": \"%s\"", b1, b2, b3);
		}
		fputs("}", jf);
	}
	fputs("]}\n", jf);
	if (fclose(jf) != 0)
		return -1;
	{
		double		secs = (double) (t1.tv_sec - t0.tv_sec) + (double) (t1.tv_nsec - t0.tv_nsec) / 1e9;

		printf("%-22s %8lld rows %10ld bytes %7.3f s\n", name, (long long) nrows, fsize, secs);
	}
	return 0;
}

int
main(int argc, char **argv)
{
	int			all[NKINDS];
	int			small[] = {K_INT32, K_TEXT, K_STATUS, K_DEC9};
	PqOptions	o = {0};
	const char *dir;
	char		name[64];
	int			rc = 0;

	if (argc != 2)
	{
		fprintf(stderr, "usage: %s DIR\n", argv[0]);
		return 2;
	}
	dir = argv[1];
	for (int k = 0; k < NKINDS; k++)
		all[k] = k;

	for (int codec = PQ_CODEC_NONE; codec <= PQ_CODEC_ZSTD; codec++)
	{
		o = (PqOptions) {0};
		o.codec = codec;
		o.row_group_rows = 300;
		o.page_bytes = 2048;
		o.dict_bytes = 2048;
		snprintf(name, sizeof(name), "alltypes_%s", codec_names[codec]);
		rc |= sample(dir, name, all, NKINDS, 1000, o, 1000);
	}
	o = (PqOptions) {0};
	rc |= sample(dir, "empty", all, NKINDS, 0, o, 0);
	rc |= sample(dir, "one_row", all, NKINDS, 1, o, 1);
	o.row_group_rows = 100;
	rc |= sample(dir, "rg_99", small, 4, 99, o, 99);
	rc |= sample(dir, "rg_100", small, 4, 100, o, 100);
	rc |= sample(dir, "rg_101", small, 4, 101, o, 101);
	for (int codec = PQ_CODEC_NONE; codec <= PQ_CODEC_ZSTD; codec++)
	{
		o = (PqOptions) {0};
		o.codec = codec;
		o.row_group_rows = 100000;
		snprintf(name, sizeof(name), "big_%s", codec_names[codec]);
		rc |= sample(dir, name, all, NKINDS, 300000, o, 20);
	}
	return rc ? 1 : 0;
}
