# src/parquet/parquet.mk
#	  Makefile fragment for the PostgreSQL-free Parquet writer: its sources,
#	  the libraries it links with, and the rules for its unit test (plain and
#	  sanitized) and the sample writer checked by DuckDB.  Usable standalone:
#	  make -f src/parquet/parquet.mk test/unit/test_parquet

PARQUET_SRCS = src/parquet/encoding.c src/parquet/thrift.c src/parquet/writer.c
PARQUET_HDRS = src/parquet/parquet.h
PARQUET_LIBS = -lzstd -lz -lsnappy -lm

PQ_CC ?= $(if $(CC),$(CC),gcc)
PQ_CFLAGS = -O2 -g -std=c11 -Wall -Wextra -Werror -Isrc/parquet -DSYNTHGEN_VERSION=\"$(EXTVERSION)\"
PQ_SAN_CFLAGS = -O1 -g -std=c11 -Wall -Wextra -Werror -Isrc/parquet \
	-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

test/unit/test_parquet: test/unit/test_parquet.c test/unit/unit.h $(PARQUET_SRCS) $(PARQUET_HDRS)
	$(PQ_CC) $(PQ_CFLAGS) -o $@ test/unit/test_parquet.c $(PARQUET_SRCS) $(PARQUET_LIBS)

test/unit/test_parquet_san: test/unit/test_parquet.c test/unit/unit.h $(PARQUET_SRCS) $(PARQUET_HDRS)
	$(PQ_CC) $(PQ_SAN_CFLAGS) -o $@ test/unit/test_parquet.c $(PARQUET_SRCS) $(PARQUET_LIBS)

test/parquet/write_samples: test/parquet/write_samples.c $(PARQUET_SRCS) $(PARQUET_HDRS)
	$(PQ_CC) $(PQ_CFLAGS) -o $@ test/parquet/write_samples.c $(PARQUET_SRCS) $(PARQUET_LIBS)
