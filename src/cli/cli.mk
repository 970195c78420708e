# src/cli/cli.mk: the synthgen command-line program (C, libpq only).
#
# Included at the end of the top-level PGXS Makefile, and usable alone:
#   make -f src/cli/cli.mk synthgen-cli            build src/cli/synthgen
#   make -f src/cli/cli.mk install-cli             install it and doc/synthgen.1
#                                                  (pg_config's bindir, mandir)
#   make -f src/cli/cli.mk install-cli-link        and a link in /usr/local/bin
#                                                  (CLI_LINK_DIR=...), on request
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
# so install-cli-link (an explicit step) can put a symlink in CLI_LINK_DIR
CLI_INSTALL_BINDIR = $(DESTDIR)$(CLI_PG_BINDIR)
CLI_LINK_DIR = $(DESTDIR)/usr/local/bin
# the manual page, under the man directory pg_config names
CLI_MAN := $(CLI_DIR)/../../doc/synthgen.1
CLI_INSTALL_MANDIR = $(DESTDIR)$(CLI_PG_MANDIR)/man1

.PHONY: synthgen-cli install-cli install-cli-link uninstall-cli clean-cli

synthgen-cli: $(CLI_BIN)

$(CLI_BIN): $(CLI_SRCS) $(CLI_HDRS) $(CLI_MK) $(CLI_DIR)/../../synthgen.control
	$(CC) $(CLI_STD) $(CLI_CPPFLAGS) $(CLI_CFLAGS) -o $@ $(CLI_SRCS) $(CLI_LDFLAGS) $(CLI_LIBS)

# make install stays inside the directories pg_config names; putting the
# command on PATH is an explicit step of its own: make install-cli-link
install-cli: $(CLI_BIN)
	install -d '$(CLI_INSTALL_BINDIR)'
	install -m 755 $(CLI_BIN) '$(CLI_INSTALL_BINDIR)/synthgen'
	install -d '$(CLI_INSTALL_MANDIR)'
	install -m 644 $(CLI_MAN) '$(CLI_INSTALL_MANDIR)/synthgen.1'

install-cli-link:
	install -d '$(CLI_LINK_DIR)'
	ln -sf '$(CLI_PG_BINDIR)/synthgen' '$(CLI_LINK_DIR)/synthgen'

uninstall-cli:
	rm -f '$(CLI_INSTALL_BINDIR)/synthgen' '$(CLI_INSTALL_MANDIR)/synthgen.1'
	if [ -L '$(CLI_LINK_DIR)/synthgen' ] && [ "$$(readlink '$(CLI_LINK_DIR)/synthgen')" = '$(CLI_PG_BINDIR)/synthgen' ]; then \
		rm -f '$(CLI_LINK_DIR)/synthgen'; fi

clean-cli:
	rm -f $(CLI_BIN)
