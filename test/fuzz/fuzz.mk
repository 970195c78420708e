# test/fuzz/fuzz.mk
#	  Makefile fragment for the Parquet writer's fuzz harness: the libFuzzer
#	  target (clang), its replay/emit driver (gcc or clang, ASan+UBSan, no
#	  libFuzzer), a time-bounded fuzz run and the DuckDB read-back of emitted
#	  files.  Usable standalone from the repository root:
#	    make -f test/fuzz/fuzz.mk fuzz-parquet FUZZ_SECONDS=60
#	  Debian bookworm needs clang and libclang-rt-14-dev for the libFuzzer
#	  target (see test/fuzz/README.md).

ifndef PARQUET_SRCS
include src/parquet/parquet.mk
endif

FUZZ_CC ?= clang
FUZZ_REPLAY_CC ?= $(PQ_CC)
FUZZ_SECONDS ?= 20
FUZZ_MAX_LEN ?= 4096
FUZZ_EMIT_FILES ?= 200
FUZZ_EMIT_SEED ?= 1
FUZZ_REPLAY_RANDOM ?= 2000
FUZZ_CORPUS = test/fuzz/corpus
FUZZ_ARTIFACTS = test/fuzz/artifacts
FUZZ_SRCS = test/fuzz/fuzz_parquet.c $(PARQUET_SRCS)
FUZZ_DEPS = $(FUZZ_SRCS) $(PARQUET_HDRS) test/fuzz/fuzz.mk

FUZZ_EXTRA_CFLAGS ?=
FUZZ_COMMON_CFLAGS = -O1 -g -std=c11 -Wall -Wextra -Werror -Isrc/parquet \
	-fno-omit-frame-pointer -fno-sanitize-recover=all $(FUZZ_EXTRA_CFLAGS)

test/fuzz/fuzz_parquet: $(FUZZ_DEPS)
	$(FUZZ_CC) $(FUZZ_COMMON_CFLAGS) -DFUZZING_WITH_LIBFUZZER \
		-fsanitize=fuzzer,address,undefined -o $@ $(FUZZ_SRCS) $(PARQUET_LIBS)

test/fuzz/fuzz_parquet_replay: $(FUZZ_DEPS)
	$(FUZZ_REPLAY_CC) $(FUZZ_COMMON_CFLAGS) -fsanitize=address,undefined \
		-o $@ $(FUZZ_SRCS) $(PARQUET_LIBS)

# Fuzz for FUZZ_SECONDS on a corpus grown at run time in test/fuzz/corpus
# (new inputs go to the first directory; test/fuzz/regressions is read, and
# so replayed, first); any crash, leak, sanitizer report or timeout fails
# the target and leaves the input in test/fuzz/artifacts/.
.PHONY: fuzz-parquet fuzz-parquet-replay fuzz-parquet-emit
fuzz-parquet: test/fuzz/fuzz_parquet
	@mkdir -p $(FUZZ_CORPUS) $(FUZZ_ARTIFACTS)
	./test/fuzz/fuzz_parquet -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN) \
		-timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix=$(FUZZ_ARTIFACTS)/ $(FUZZ_CORPUS) \
		$(wildcard test/fuzz/regressions)

# Without clang's libFuzzer: the regression inputs and 2000 pseudo-random
# inputs through the same checks, under ASan+UBSan.
fuzz-parquet-replay: test/fuzz/fuzz_parquet_replay
	@if ls test/fuzz/regressions/* >/dev/null 2>&1; then \
		./test/fuzz/fuzz_parquet_replay test/fuzz/regressions; fi
	./test/fuzz/fuzz_parquet_replay --random $(FUZZ_REPLAY_RANDOM) $(FUZZ_EMIT_SEED)

# Emitted files read back by DuckDB, value by value.
fuzz-parquet-emit: test/fuzz/fuzz_parquet_replay
	@dir=$$(mktemp -d) && \
	./test/fuzz/fuzz_parquet_replay --emit $$dir $(FUZZ_EMIT_FILES) $(FUZZ_EMIT_SEED) && \
	node test/fuzz/check_fuzz_files.mjs $$dir; rc=$$?; \
	if [ $$rc -eq 0 ]; then rm -rf $$dir; else echo "fuzz-parquet-emit: files kept in $$dir"; fi; \
	exit $$rc
