/*-------------------------------------------------------------------------
 *
 * parquet_types.c
 *	  How each PostgreSQL type becomes a Parquet column (physical and
 *	  logical type, precision and scale) and how one value of it is
 *	  written: integers and floats as they are, numerics as scaled
 *	  integers of the column's scale, instants in microseconds since the
 *	  Unix epoch, uuid as 16 bytes, others as their text.
 *
 *-------------------------------------------------------------------------
 */
#include "parquet_types.h"

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"
#include "utils/uuid.h"

/* unix epoch - PostgreSQL epoch */
#define PG_UNIX_EPOCH_DAYS	INT64CONST(10957)
#define PG_UNIX_EPOCH_USECS	(PG_UNIX_EPOCH_DAYS * USECS_PER_DAY)

/*
 * The Parquet column of a result column: the mapping the README states
 * (boolean, integers, floats, numeric(p,s) as DECIMAL, text, bytea, date,
 * timestamps, uuid, json; anything else as its text).
 */
void
sg_pq_map_column(Form_pg_attribute att, ExportCol *col, PqColumnSpec *spec)
{
	Oid			typid = getBaseType(att->atttypid);
	Oid			outfn;
	bool		isvarlena;

	memset(spec, 0, sizeof(*spec));
	spec->name = pstrdup(NameStr(att->attname));
	spec->nullable = true;
	col->use_out = false;

	if (type_is_array(typid))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("column \"%s\" is an array, which Parquet export does not support yet",
						NameStr(att->attname)),
				 errhint("Cast it to text, or unnest it.")));

	switch (typid)
	{
		case BOOLOID:
			col->kind = CK_BOOL;
			spec->physical = PQ_BOOLEAN;
			break;
		case INT2OID:
			col->kind = CK_INT16;
			spec->physical = PQ_INT32;
			spec->logical = PQ_LOGICAL_INT;
			spec->int_bits = 16;
			spec->int_signed = true;
			break;
		case INT4OID:
			col->kind = CK_INT32;
			spec->physical = PQ_INT32;
			spec->logical = PQ_LOGICAL_INT;
			spec->int_bits = 32;
			spec->int_signed = true;
			break;
		case INT8OID:
			col->kind = CK_INT64;
			spec->physical = PQ_INT64;
			spec->logical = PQ_LOGICAL_INT;
			spec->int_bits = 64;
			spec->int_signed = true;
			break;
		case FLOAT4OID:
			col->kind = CK_FLOAT4;
			spec->physical = PQ_FLOAT;
			break;
		case FLOAT8OID:
			col->kind = CK_FLOAT8;
			spec->physical = PQ_DOUBLE;
			break;
		case NUMERICOID:
			col->kind = CK_NUMERIC;
			spec->logical = PQ_LOGICAL_DECIMAL;
			if (att->atttypmod >= (int32) VARHDRSZ)
			{
				col->precision = ((att->atttypmod - VARHDRSZ) >> 16) & 0xffff;
				col->scale = (((att->atttypmod - VARHDRSZ) & 0x7ff) ^ 1024) - 1024;
			}
			else
			{
				/* unconstrained numeric: DECIMAL(38,10), values that do not fit are errors */
				col->precision = 38;
				col->scale = 10;
			}
			if (col->scale < 0 || col->scale > col->precision || col->precision > 38)
				ereport(ERROR,
						(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						 errmsg("column \"%s\" is numeric(%d,%d), which Parquet DECIMAL cannot hold",
								NameStr(att->attname), col->precision, col->scale),
						 errhint("Cast it to numeric(p,s) with 0 <= s <= p <= 38.")));
			spec->precision = col->precision;
			spec->scale = col->scale;
			if (col->precision <= 9)
				spec->physical = PQ_INT32;
			else if (col->precision <= 18)
				spec->physical = PQ_INT64;
			else
			{
				spec->physical = PQ_FIXED_LEN_BYTE_ARRAY;
				spec->fixed_len = 16;
			}
			break;
		case TEXTOID:
		case VARCHAROID:
		case BPCHAROID:
		case NAMEOID:
			col->kind = CK_TEXT;
			spec->physical = PQ_BYTE_ARRAY;
			spec->logical = PQ_LOGICAL_STRING;
			break;
		case BYTEAOID:
			col->kind = CK_BYTEA;
			spec->physical = PQ_BYTE_ARRAY;
			break;
		case DATEOID:
			col->kind = CK_DATE;
			spec->physical = PQ_INT32;
			spec->logical = PQ_LOGICAL_DATE;
			break;
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			col->kind = typid == TIMESTAMPOID ? CK_TIMESTAMP : CK_TIMESTAMPTZ;
			spec->physical = PQ_INT64;
			spec->logical = PQ_LOGICAL_TIMESTAMP_MICROS;
			spec->utc_adjusted = typid == TIMESTAMPTZOID;
			break;
		case UUIDOID:
			col->kind = CK_UUID;
			spec->physical = PQ_FIXED_LEN_BYTE_ARRAY;
			spec->logical = PQ_LOGICAL_UUID;
			spec->fixed_len = UUID_LEN;
			break;
		case JSONOID:
		case JSONBOID:
			col->kind = CK_JSON;
			spec->physical = PQ_BYTE_ARRAY;
			spec->logical = PQ_LOGICAL_JSON;
			col->use_out = true;
			break;
		default:
			col->kind = CK_OTHER;
			spec->physical = PQ_BYTE_ARRAY;
			spec->logical = PQ_LOGICAL_STRING;
			col->use_out = true;
			break;
	}
	if (col->use_out)
	{
		getTypeOutputInfo(att->atttypid, &outfn, &isvarlena);
		fmgr_info(outfn, &col->out);
	}
}

/*
 * numeric -> unscaled 128-bit integer at the column's scale, exactly,
 * straight from the value's digits: PostgreSQL 15 has no function for it
 * and going through numeric_out() and back was the export's hot spot.
 *
 * The stored form (src/backend/utils/adt/numeric.c, stable on disk since
 * pg_upgrade must read it): after the varlena header, a 16-bit header
 * word, then (long form only) a 16-bit weight, then base-10000 digits,
 * most significant first; the value is sum(digit[i] * 10000^(weight - i)).
 * The header word's top bits: 10 = short form (sign 0x2000, display scale
 * in 0x1F80, a 7-bit signed weight in 0x007F), 00 / 01 = long form,
 * positive / negative (display scale in 0x3FFF), 11 = NaN or +-Infinity.
 * The digits are 16-bit but need not be aligned (a short varlena header
 * moves them by one byte): read with memcpy.
 *
 * A value fits when it has at most precision - scale integer digits and
 * no non-zero digit past the scale; then the result has at most 38 digits
 * and no partial sum overflows.  Tested against numeric_out() over random
 * and edge values, read back by DuckDB (test/sh/parquet_numeric.sh).
 */
#define PQ_NUMERIC_SIGN_MASK	0xC000
#define PQ_NUMERIC_NEG			0x4000
#define PQ_NUMERIC_SHORT		0x8000
#define PQ_NUMERIC_SPECIAL		0xC000
#define PQ_NUMERIC_SHORT_SIGN_MASK		0x2000
#define PQ_NUMERIC_SHORT_WEIGHT_SIGN_MASK	0x0040
#define PQ_NUMERIC_SHORT_WEIGHT_MASK	0x003F
#define PQ_NBASE		10000

static const __int128 pow10_128[39] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
	(__int128) 1000000000 * 10, (__int128) 1000000000 * 100, (__int128) 1000000000 * 1000,
	(__int128) 1000000000 * 10000, (__int128) 1000000000 * 100000,
	(__int128) 1000000000 * 1000000, (__int128) 1000000000 * 10000000,
	(__int128) 1000000000 * 100000000, (__int128) 1000000000 * 1000000000,
	(__int128) 1000000000 * 1000000000 * 10, (__int128) 1000000000 * 1000000000 * 100,
	(__int128) 1000000000 * 1000000000 * 1000, (__int128) 1000000000 * 1000000000 * 10000,
	(__int128) 1000000000 * 1000000000 * 100000, (__int128) 1000000000 * 1000000000 * 1000000,
	(__int128) 1000000000 * 1000000000 * 10000000,
	(__int128) 1000000000 * 1000000000 * 100000000,
	(__int128) 1000000000 * 1000000000 * 1000000000,
	(__int128) 1000000000 * 1000000000 * 1000000000 * 10,
	(__int128) 1000000000 * 1000000000 * 1000000000 * 100,
	(__int128) 1000000000 * 1000000000 * 1000000000 * 1000,
	(__int128) 1000000000 * 1000000000 * 1000000000 * 10000,
	(__int128) 1000000000 * 1000000000 * 1000000000 * 100000,
	(__int128) 1000000000 * 1000000000 * 1000000000 * 1000000,
	(__int128) 1000000000 * 1000000000 * 1000000000 * 10000000,
	(__int128) 1000000000 * 1000000000 * 1000000000 * 100000000,
	(__int128) 1000000000 * 1000000000 * 1000000000 * 1000000000,
	(__int128) 1000000000 * 1000000000 * 1000000000 * 1000000000 * 10,
	(__int128) 1000000000 * 1000000000 * 1000000000 * 1000000000 * 100
};

static pg_attribute_noreturn() void
numeric_misfit(Datum d, const ExportCol *col, const char *name)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, d));

	if (numeric_is_nan(DatumGetNumeric(d)) || numeric_is_inf(DatumGetNumeric(d)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("column \"%s\" holds %s, which Parquet DECIMAL cannot represent", name, s),
				 errhint("Filter it out, or map it to NULL explicitly.")));
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("value %s of column \"%s\" does not fit DECIMAL(%d,%d)", s, name,
					col->precision, col->scale),
			 errhint("Cast the column to numeric(p,s) with the precision and scale you want.")));
}

static int
decimal_digits(int digit)
{
	return digit >= 1000 ? 4 : digit >= 100 ? 3 : digit >= 10 ? 2 : 1;
}

static __int128
numeric_unscaled(Datum d, const ExportCol *col, const char *name)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(d);
	const char *p = VARDATA_ANY(v);
	int			len = VARSIZE_ANY_EXHDR(v);
	uint16		header;
	int			weight;
	int			ndigits;
	bool		neg;
	const char *digits;
	__int128	u = 0;
	int			first,
				i;

	if (len < (int) sizeof(uint16))
		elog(ERROR, "invalid numeric value in column \"%s\"", name);
	memcpy(&header, p, sizeof(uint16));
	if ((header & PQ_NUMERIC_SIGN_MASK) == PQ_NUMERIC_SPECIAL)
		numeric_misfit(d, col, name);
	if ((header & PQ_NUMERIC_SIGN_MASK) == PQ_NUMERIC_SHORT)
	{
		neg = (header & PQ_NUMERIC_SHORT_SIGN_MASK) != 0;
		weight = (header & PQ_NUMERIC_SHORT_WEIGHT_MASK) |
			((header & PQ_NUMERIC_SHORT_WEIGHT_SIGN_MASK) ? ~PQ_NUMERIC_SHORT_WEIGHT_MASK : 0);
		digits = p + sizeof(uint16);
	}
	else
	{
		int16		w;

		if (len < (int) (2 * sizeof(uint16)))
			elog(ERROR, "invalid numeric value in column \"%s\"", name);
		neg = (header & PQ_NUMERIC_SIGN_MASK) == PQ_NUMERIC_NEG;
		memcpy(&w, p + sizeof(uint16), sizeof(int16));
		weight = w;
		digits = p + 2 * sizeof(uint16);
	}
	ndigits = (len - (int) (digits - p)) / (int) sizeof(int16);

	/* leading zero digits (none, normally); only zeros: zero */
	for (first = 0; first < ndigits; first++)
	{
		int16		digit;

		memcpy(&digit, digits + first * sizeof(int16), sizeof(int16));
		if (digit != 0)
			break;
	}
	if (first == ndigits)
		return 0;

	/* the integer digits: 4 per base-10000 digit above the first's own */
	{
		int16		lead;
		int			int_digits = 0;

		memcpy(&lead, digits + first * sizeof(int16), sizeof(int16));
		if (weight - first >= 0)
			int_digits = 4 * (weight - first) + decimal_digits(lead);
		if (int_digits > col->precision - col->scale)
			numeric_misfit(d, col, name);
	}

	/*
	 * digit i stands for digit * 10^(4 * (weight - i) + scale) of the
	 * result; below the units it must divide exactly.
	 */
	for (i = first; i < ndigits; i++)
	{
		int16		digit;
		int			e = 4 * (weight - i) + col->scale;

		memcpy(&digit, digits + i * sizeof(int16), sizeof(int16));
		if (digit < 0 || digit >= PQ_NBASE)
			elog(ERROR, "invalid numeric value in column \"%s\"", name);
		if (e >= 0)
			u += (__int128) digit * pow10_128[e];
		else if (e > -4)
		{
			if (digit % (int) pow10_128[-e] != 0)
				numeric_misfit(d, col, name);
			u += digit / (int) pow10_128[-e];
		}
		else if (digit != 0)
			numeric_misfit(d, col, name);
	}
	if ((Pointer) v != DatumGetPointer(d))
		pfree(v);
	return neg ? -u : u;
}

int
sg_pq_write_value(PqWriter *w, int c, const ExportCol *col, Datum d, const char *name)
{
	switch (col->kind)
	{
		case CK_BOOL:
			return pq_write_bool(w, c, DatumGetBool(d));
		case CK_INT16:
			return pq_write_int32(w, c, DatumGetInt16(d));
		case CK_INT32:
			return pq_write_int32(w, c, DatumGetInt32(d));
		case CK_INT64:
			return pq_write_int64(w, c, DatumGetInt64(d));
		case CK_FLOAT4:
			return pq_write_float(w, c, DatumGetFloat4(d));
		case CK_FLOAT8:
			return pq_write_double(w, c, DatumGetFloat8(d));
		case CK_NUMERIC:
			{
				__int128	v = numeric_unscaled(d, col, name);
				uint8		be[16];
				int			i;

				if (col->precision <= 9)
					return pq_write_int32(w, c, (int32) v);
				if (col->precision <= 18)
					return pq_write_int64(w, c, (int64) v);
				for (i = 15; i >= 0; i--)
				{
					be[i] = (uint8) (v & 0xff);
					v >>= 8;
				}
				return pq_write_bytes(w, c, be, 16);
			}
		case CK_TEXT:
		case CK_BYTEA:
			{
				struct varlena *t = PG_DETOAST_DATUM_PACKED(d);

				return pq_write_bytes(w, c, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
			}
		case CK_DATE:
			{
				DateADT		v = DatumGetDateADT(d);

				if (DATE_NOT_FINITE(v))
					ereport(ERROR,
							(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
							 errmsg("column \"%s\" holds an infinite date, which Parquet cannot represent", name)));
				return pq_write_int32(w, c, v + (int32) PG_UNIX_EPOCH_DAYS);
			}
		case CK_TIMESTAMP:
		case CK_TIMESTAMPTZ:
			{
				Timestamp	v = DatumGetTimestamp(d);

				if (TIMESTAMP_NOT_FINITE(v))
					ereport(ERROR,
							(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
							 errmsg("column \"%s\" holds an infinite time stamp, which Parquet cannot represent", name)));
				return pq_write_int64(w, c, v + PG_UNIX_EPOCH_USECS);
			}
		case CK_UUID:
			return pq_write_bytes(w, c, DatumGetUUIDP(d)->data, UUID_LEN);
		case CK_JSON:
		case CK_OTHER:
			{
				char	   *s = OutputFunctionCall((FmgrInfo *) &col->out, d);

				return pq_write_bytes(w, c, s, strlen(s));
			}
	}
	return -1;
}
