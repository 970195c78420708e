# src/cli/cli.mk: the synthgen command-line program (C, libpq only).
#
# Included at the end of the top-level PGXS Makefile, and usable alone:
#   make -f src/cli/cli.mk synthgen-cli            build src/cli/synthgen
#   make -f src/cli/cli.mk install-cli             install it (+ /usr/local/bin)
#                                                  and doc/synthgen.1
#   make -f src/cli/cli.mk clean-cli
#
# The throwaway server it starts when there is no --dsn and no PG*
# environment uses initdb/pg_ctl from $(PG_CONFIG) --bindir, fixed at build
# time.

CLI_MK := $(lastword $(MAKEFILE_LIST))
CLI_DIR := $(patsubst %/,%,$(dir $(CLI_MK)))

PG_CONFIG ?= pg_config
CC ?= cc

CLI_PG_INCLUDEDIR := $(shell $(PG_CONFIG) --includedir)
CLI_PG_LIBDIR := $(shell $(PG_CONFIG) --libdir)
CLI_PG_BINDIR := $(shell $(PG_CONFIG) --bindir)
CLI_PG_MANDIR := $(shell $(PG_CONFIG) --mandir)

# the one version string: the extension's control file
CLI_VERSION := $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" $(CLI_DIR)/../../synthgen.control)

CLI_STD = -std=c99
CLI_CFLAGS = -O2 -g -Wall -Wextra -Werror
CLI_CPPFLAGS = -I$(CLI_PG_INCLUDEDIR) -DSG_PG_BINDIR=\"$(CLI_PG_BINDIR)\" -DSG_VERSION=\"$(CLI_VERSION)\"
CLI_LDFLAGS = -L$(CLI_PG_LIBDIR)
CLI_LIBS = -lpq

CLI_SRCS := $(sort $(wildcard $(CLI_DIR)/*.c))
CLI_HDRS := $(wildcard $(CLI_DIR)/*.h)
CLI_BIN := $(CLI_DIR)/synthgen

# where install-cli puts it; pg_config --bindir is not on PATH on Debian,
# so a symlink goes to /usr/local/bin too
CLI_INSTALL_BINDIR = $(DESTDIR)$(CLI_PG_BINDIR)
CLI_LINK_DIR = $(DESTDIR)/usr/local/bin
# the manual page, under the man directory pg_config names
CLI_MAN := $(CLI_DIR)/../../doc/synthgen.1
CLI_INSTALL_MANDIR = $(DESTDIR)$(CLI_PG_MANDIR)/man1

.PHONY: synthgen-cli install-cli uninstall-cli clean-cli

synthgen-cli: $(CLI_BIN)

$(CLI_BIN): $(CLI_SRCS) $(CLI_HDRS) $(CLI_MK) $(CLI_DIR)/../../synthgen.control
	$(CC) $(CLI_STD) $(CLI_CPPFLAGS) $(CLI_CFLAGS) -o $@ $(CLI_SRCS) $(CLI_LDFLAGS) $(CLI_LIBS)

install-cli: $(CLI_BIN)
	install -d '$(CLI_INSTALL_BINDIR)' '$(CLI_LINK_DIR)'
	install -m 755 $(CLI_BIN) '$(CLI_INSTALL_BINDIR)/synthgen'
	ln -sf '$(CLI_PG_BINDIR)/synthgen' '$(CLI_LINK_DIR)/synthgen'
	install -d '$(CLI_INSTALL_MANDIR)'
	install -m 644 $(CLI_MAN) '$(CLI_INSTALL_MANDIR)/synthgen.1'

uninstall-cli:
	rm -f '$(CLI_INSTALL_BINDIR)/synthgen' '$(CLI_LINK_DIR)/synthgen' '$(CLI_INSTALL_MANDIR)/synthgen.1'

clean-cli:
	rm -f $(CLI_BIN)
