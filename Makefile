# synthgen: PGXS build, tests, demo and benchmark.
#
#   make                 build (warnings are not fatal for users)
#   make install         install into the PostgreSQL of pg_config
#   make test            the whole suite, -Werror, in a throwaway server
#   make test-slow       the same with long fuzzing and 20 M-row memory runs
#   make demo            the main job in a throwaway server, with timings
#   make bench           test/bench in a throwaway server

EXTENSION = synthgen
EXTVERSION = $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" $(EXTENSION).control)

MODULE_big = synthgen
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c) $(wildcard src/parquet/*.c)))
SHLIB_LINK = -lzstd -lz -lsnappy
DATA = $(wildcard $(EXTENSION)--*.sql) $(wildcard $(EXTENSION)--*.control)

TESTS = $(sort $(wildcard sql/*.sql))
REGRESS = $(patsubst sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --load-extension=pgcrypto --load-extension=$(EXTENSION)

PG_CPPFLAGS = -I$(srcdir)/src -DSYNTHGEN_VERSION=\"$(EXTVERSION)\"
# Export only what the server calls (as PostgreSQL 16+ builds modules): calls
# between our own files then bind directly instead of through the PLT.
PG_CPPFLAGS += -fvisibility=hidden '-DPGDLLEXPORT=__attribute__((visibility("default")))'

# The test build: every warning is an error.  -Wno-unused-parameter and
# -Wno-sign-compare silence PostgreSQL's own headers, as pgvector does.
WERROR_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare \
	-Wno-missing-field-initializers

EXTRA_CLEAN = test/unit/test_rng test/unit/test_words test/unit/test_rng_san test/unit/test_words_san regress.log \
	test/unit/test_world test/unit/test_world_san \
	test/unit/test_products test/unit/test_products_san \
	test/unit/test_localtime test/unit/test_localtime_san \
	test/unit/test_parquet test/unit/test_parquet_san test/parquet/write_samples test/unit/obj test/bench/generators \
	test/fuzz/fuzz_parquet test/fuzz/fuzz_parquet_replay test/fuzz/fuzz_sql

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS tracks no header dependencies: rebuild everything when a header changes
$(OBJS): $(wildcard src/*.h src/parquet/*.h)

# PostgreSQL-free modules, unit-tested without a server
UNIT_CFLAGS = -O2 -g -std=c11 -Wall -Wextra -Werror -I$(srcdir)/src

test/unit/test_rng: test/unit/test_rng.c test/unit/unit.h src/rng.c src/rng.h
	$(CC) $(UNIT_CFLAGS) -o $@ test/unit/test_rng.c src/rng.c -lm

WORLD_SRCS = src/events.c src/fulfilment.c src/schedule.c src/shapes.c src/world.c src/people.c src/words.c src/words_people.c \
	src/localtime.c src/rng.c
# compiled once per flavour (plain, sanitized) and linked into each test
WORLD_HDRS = $(filter-out src/synthgen.h,$(wildcard src/*.h))
WORLD_OBJS = $(WORLD_SRCS:src/%.c=test/unit/obj/%.o)
WORLD_SAN_OBJS = $(WORLD_SRCS:src/%.c=test/unit/obj/%.san.o)
test/unit/obj/%.o: src/%.c $(WORLD_HDRS)
	@mkdir -p $(@D)
	$(CC) $(UNIT_CFLAGS) -c -o $@ $<
test/unit/obj/%.san.o: src/%.c $(WORLD_HDRS)
	@mkdir -p $(@D)
	$(CC) $(SAN_CFLAGS) -c -o $@ $<
WORLD_UNITS = words world products localtime
$(WORLD_UNITS:%=test/unit/test_%): test/unit/test_%: test/unit/test_%.c test/unit/unit.h test/unit/window.h $(WORLD_OBJS)
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(WORLD_OBJS) -lm

# the same unit tests under AddressSanitizer and UndefinedBehaviorSanitizer
SAN_CFLAGS = -O1 -g -std=c11 -Wall -Wextra -Werror -I$(srcdir)/src \
	-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

SAN_UNITS = rng words world products localtime parquet
.PHONY: werror unittest unittest-sanitize test test-slow demo bench bench-generators $(SAN_UNITS:%=san-%)
# independent targets, so that make -j2 runs two at a time
unittest-sanitize: $(SAN_UNITS:%=san-%)
$(SAN_UNITS:%=san-%): san-%: test/unit/test_%_san
	test/unit/test_$*_san

test/unit/test_rng_san: test/unit/test_rng.c test/unit/unit.h src/rng.c src/rng.h
	$(CC) $(SAN_CFLAGS) -o $@ test/unit/test_rng.c src/rng.c -lm
$(WORLD_UNITS:%=test/unit/test_%_san): test/unit/test_%_san: test/unit/test_%.c test/unit/unit.h test/unit/window.h $(WORLD_SAN_OBJS)
	$(CC) $(SAN_CFLAGS) -o $@ $< $(WORLD_SAN_OBJS) -lm

# the generators without PostgreSQL: ns per row and a hash of every field
# (test/bench/generators.c; speed work compares the hashes before and after)
test/bench/generators: test/bench/generators.c test/unit/window.h $(WORLD_OBJS)
	$(CC) $(UNIT_CFLAGS) -I$(srcdir)/test/unit -o $@ $< $(WORLD_OBJS) -lm
bench-generators: test/bench/generators

werror:
	$(MAKE) all COPT="$(WERROR_CFLAGS)"

unittest: test/unit/test_rng test/unit/test_words test/unit/test_world test/unit/test_products test/unit/test_localtime test/unit/test_parquet
	test/unit/test_rng
	test/unit/test_words
	test/unit/test_world
	test/unit/test_products
	test/unit/test_localtime
	test/unit/test_parquet

test:
	test/run-tests.sh

test-slow:
	SYNTHGEN_SLOW=1 test/run-tests.sh

demo: all
	$(MAKE) install
	test/demo.sh

bench: all
	$(MAKE) install
	test/bench/run.sh

# the Parquet writer (PostgreSQL-free, also linked into the extension): src/parquet/
include src/parquet/parquet.mk

# the writer's fuzz harness (clang's libFuzzer) and its DuckDB read-back
include test/fuzz/fuzz.mk

# the synthgen command-line program (C, libpq): src/cli/
include src/cli/cli.mk
all: synthgen-cli
install: install-cli install-plugin-link
uninstall: uninstall-cli uninstall-plugin-link

# local_preload_libraries loads only from $libdir/plugins: a link there lets a
# database owner enable COPY ... (FORMAT parquet) for their database without
# a superuser (ALTER DATABASE ... SET local_preload_libraries = 'synthgen')
.PHONY: install-plugin-link uninstall-plugin-link
install-plugin-link:
	$(MKDIR_P) '$(DESTDIR)$(pkglibdir)/plugins'
	ln -sf ../$(MODULE_big)$(DLSUFFIX) '$(DESTDIR)$(pkglibdir)/plugins/$(MODULE_big)$(DLSUFFIX)'
uninstall-plugin-link:
	rm -f '$(DESTDIR)$(pkglibdir)/plugins/$(MODULE_big)$(DLSUFFIX)'
clean: clean-cli
