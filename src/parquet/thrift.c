/*-------------------------------------------------------------------------
 *
 * thrift.c
 *	  The Thrift compact-protocol encoder the Parquet writer serialises its
 *	  page headers and FileMetaData with: field headers (short delta form
 *	  and long form), zigzag varint integers, booleans folded into field
 *	  headers, binaries, list headers and nested structs.
 *
 *-------------------------------------------------------------------------
 */
#include "parquet.h"


void
pq_t_init(PqThrift *t, PqBuf *b)
{
	t->b = b;
	t->depth = 0;
	t->last[0] = 0;
	t->overflow = false;
}

void
pq_t_field(PqThrift *t, int16_t id, int ctype)
{
	int16_t		last = t->last[t->depth];
	int			delta = (int) id - (int) last;

	if (delta > 0 && delta <= 15)
		pq_buf_byte(t->b, (uint8_t) ((delta << 4) | ctype));
	else
	{
		pq_buf_byte(t->b, (uint8_t) ctype);
		pq_uleb128(t->b, pq_zigzag32(id));
	}
	t->last[t->depth] = id;
}

void
pq_t_begin(PqThrift *t)
{
	if (t->depth + 1 >= PQ_THRIFT_MAX_DEPTH)
	{
		t->overflow = true;
		t->b->failed = true;
		return;
	}
	t->depth++;
	t->last[t->depth] = 0;
}

void
pq_t_end(PqThrift *t)
{
	pq_buf_byte(t->b, PQ_CT_STOP);
	if (t->depth > 0)
		t->depth--;
}

void
pq_t_struct(PqThrift *t, int16_t id)
{
	pq_t_field(t, id, PQ_CT_STRUCT);
	pq_t_begin(t);
}

void
pq_t_i8(PqThrift *t, int16_t id, int8_t v)
{
	pq_t_field(t, id, PQ_CT_BYTE);
	pq_buf_byte(t->b, (uint8_t) v);
}

void
pq_t_i16(PqThrift *t, int16_t id, int16_t v)
{
	pq_t_field(t, id, PQ_CT_I16);
	pq_uleb128(t->b, pq_zigzag32(v));
}

void
pq_t_i32(PqThrift *t, int16_t id, int32_t v)
{
	pq_t_field(t, id, PQ_CT_I32);
	pq_uleb128(t->b, pq_zigzag32(v));
}

void
pq_t_i64(PqThrift *t, int16_t id, int64_t v)
{
	pq_t_field(t, id, PQ_CT_I64);
	pq_uleb128(t->b, pq_zigzag64(v));
}

void
pq_t_bool(PqThrift *t, int16_t id, bool v)
{
	pq_t_field(t, id, v ? PQ_CT_TRUE : PQ_CT_FALSE);
}

void
pq_t_binary(PqThrift *t, int16_t id, const void *p, size_t len)
{
	pq_t_field(t, id, PQ_CT_BINARY);
	pq_t_val_binary(t, p, len);
}

void
pq_t_list(PqThrift *t, int16_t id, int elem_ctype, uint32_t n)
{
	pq_t_field(t, id, PQ_CT_LIST);
	if (n < 15)
		pq_buf_byte(t->b, (uint8_t) ((n << 4) | (uint32_t) elem_ctype));
	else
	{
		pq_buf_byte(t->b, (uint8_t) (0xf0 | elem_ctype));
		pq_uleb128(t->b, n);
	}
}

void
pq_t_val_i32(PqThrift *t, int32_t v)
{
	pq_uleb128(t->b, pq_zigzag32(v));
}

void
pq_t_val_binary(PqThrift *t, const void *p, size_t len)
{
	pq_uleb128(t->b, len);
	pq_buf_append(t->b, p, len);
}
