/*-------------------------------------------------------------------------
 *
 * encoding.c
 *	  Byte-level encoders of the Parquet writer: growable buffers, ULEB128
 *	  and zigzag varints, the RLE/bit-packed hybrid (Encodings.md) used for
 *	  definition levels and dictionary indices, and PLAIN values.
 *
 * Everything is written little-endian with shifts, whatever the host.
 *
 *-------------------------------------------------------------------------
 */
#include "parquet.h"

#include <stdlib.h>
#include <string.h>


void *
pq_mem_alloc(const PqMem *mem, size_t size)
{
	if (mem && mem->alloc)
		return mem->alloc(mem->mctx, size);
	return malloc(size);
}

void
pq_mem_free(const PqMem *mem, void *p)
{
	if (p == NULL)
		return;
	if (mem && mem->dealloc)
		mem->dealloc(mem->mctx, p);
	else
		free(p);
}

void
pq_buf_init(PqBuf *b, const PqMem *mem)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->mem = mem;
	b->failed = false;
}

void
pq_buf_free(PqBuf *b)
{
	pq_mem_free(b->mem, b->data);
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

/* pq_buf_reserve()'s slow path: grow (doubling) to hold extra more bytes */
bool
pq_buf_grow(PqBuf *b, size_t extra)
{
	size_t		need;
	size_t		ncap;
	uint8_t    *nd;

	if (b->failed)
		return false;
	if (extra > SIZE_MAX - b->len)
	{
		b->failed = true;
		return false;
	}
	need = b->len + extra;
	if (need <= b->cap)
		return true;
	ncap = b->cap ? b->cap : 256;
	while (ncap < need)
	{
		if (ncap > SIZE_MAX / 2)
		{
			ncap = need;
			break;
		}
		ncap *= 2;
	}
	nd = pq_mem_alloc(b->mem, ncap);
	if (nd == NULL)
	{
		b->failed = true;
		return false;
	}
	if (b->len)
		memcpy(nd, b->data, b->len);
	pq_mem_free(b->mem, b->data);
	b->data = nd;
	b->cap = ncap;
	return true;
}

void
pq_uleb128(PqBuf *b, uint64_t v)
{
	uint8_t		t[10];
	int			n = 0;

	do
	{
		uint8_t		c = v & 0x7f;

		v >>= 7;
		if (v)
			c |= 0x80;
		t[n++] = c;
	} while (v);
	pq_buf_append(b, t, n);
}

uint32_t
pq_zigzag32(int32_t v)
{
	return ((uint32_t) v << 1) ^ (uint32_t) (v < 0 ? -1 : 0);
}

uint64_t
pq_zigzag64(int64_t v)
{
	return ((uint64_t) v << 1) ^ (uint64_t) (v < 0 ? -1 : 0);
}

/* bits needed to hold maxval (0 for 0) */
int
pq_bit_width(uint32_t maxval)
{
	int			w = 0;

	while (maxval)
	{
		w++;
		maxval >>= 1;
	}
	return w;
}

/*
 * The hybrid, written over an accessor so that both uint32 and uint8 inputs
 * share one implementation.  Runs of 8 or more equal values become RLE runs;
 * everything else goes into bit-packed runs of whole groups of 8 (the last
 * one padded with zeros, which readers ignore thanks to num_values).
 */
#define VAL(i) (vals32 ? vals32[i] : (uint32_t) vals8[i])

static size_t
run_length(const uint32_t *vals32, const uint8_t *vals8, size_t i, size_t n)
{
	size_t		j = i + 1;
	uint32_t	v = VAL(i);

	while (j < n && VAL(j) == v)
		j++;
	return j - i;
}

static void
rle_hybrid(PqBuf *b, const uint32_t *vals32, const uint8_t *vals8, size_t n,
		   int bit_width)
{
	size_t		i = 0;
	int			vbytes = (bit_width + 7) / 8;

	while (i < n)
	{
		size_t		r = run_length(vals32, vals8, i, n);

		if (r >= 8)
		{
			uint32_t	v = VAL(i);

			pq_uleb128(b, (uint64_t) r << 1);
			for (int k = 0; k < vbytes; k++)
				pq_buf_byte(b, (uint8_t) (v >> (8 * k)));
			i += r;
		}
		else
		{
			size_t		j = i;
			size_t		groups;
			size_t		nbytes;
			size_t		start;

			do
			{
				j += 8;
			} while (j < n && run_length(vals32, vals8, j, n) < 8);
			groups = (j - i) / 8;
			pq_uleb128(b, ((uint64_t) groups << 1) | 1);
			nbytes = groups * (size_t) bit_width;
			if (!pq_buf_reserve(b, nbytes))
				return;
			start = b->len;
			memset(b->data + start, 0, nbytes);
			for (size_t k = i; k < j && k < n; k++)
			{
				uint32_t	v = VAL(k);
				size_t		bitpos = (k - i) * (size_t) bit_width;

				for (int bit = 0; bit < bit_width; bit++, bitpos++)
					if (v & ((uint32_t) 1 << bit))
						b->data[start + bitpos / 8] |= (uint8_t) (1u << (bitpos % 8));
			}
			b->len += nbytes;
			i = j;
		}
	}
}

#undef VAL

void
pq_rle_hybrid(PqBuf *b, const uint32_t *vals, size_t n, int bit_width)
{
	rle_hybrid(b, vals, NULL, n, bit_width);
}

void
pq_rle_hybrid_u8(PqBuf *b, const uint8_t *vals, size_t n, int bit_width)
{
	rle_hybrid(b, NULL, vals, n, bit_width);
}

/* PLAIN booleans: bit-packed, least significant bit first */
void
pq_plain_bools(PqBuf *b, const uint8_t *vals, size_t n)
{
	size_t		nbytes = (n + 7) / 8;
	size_t		start;

	if (!pq_buf_reserve(b, nbytes))
		return;
	start = b->len;
	memset(b->data + start, 0, nbytes);
	for (size_t i = 0; i < n; i++)
		if (vals[i])
			b->data[start + i / 8] |= (uint8_t) (1u << (i % 8));
	b->len += nbytes;
}

