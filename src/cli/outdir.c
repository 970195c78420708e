/*-------------------------------------------------------------------------
 *
 * outdir.c
 *	  The output directory of a file export: created if missing (and
 *	  removed again, if still empty, when the run fails), proved writable
 *	  before any query runs, and the names of the run's files in it --
 *	  <scenario>_<YYYYMMDD_HHMMSS>_ by default, <scenario>_ with
 *	  --overwrite -- with a warning when an earlier run's files are there
 *	  that a glob like *_orders.csv would read together with this run's.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* directories this run created, outermost first */
static char **created = NULL;
static int	ncreated = 0;
static bool removed_all = false;

/* mkdir -p, remembering what it made; then prove we can create files there */
void
outdir_prepare(const char *dir)
{
	char	   *path = cli_strdup(dir);
	struct stat st;
	char	   *probe;
	int			fd;

	created = cli_malloc(sizeof(char *) * (strlen(dir) + 1));
	for (char *p = path + 1;; p++)
	{
		if (*p == '/' || *p == '\0')
		{
			char		c = *p;

			*p = '\0';
			if (mkdir(path, 0777) == 0)
				created[ncreated++] = cli_strdup(path);
			else if (errno != EEXIST)
				cli_die(CLI_EXIT_RUNTIME, "cannot create output directory \"%s\": %s",
						path, strerror(errno));
			*p = c;
			if (c == '\0')
				break;
		}
	}
	free(path);
	if (stat(dir, &st) != 0)
		cli_die(CLI_EXIT_RUNTIME, "cannot use output directory \"%s\": %s", dir, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		cli_die(CLI_EXIT_RUNTIME, "output directory \"%s\" is not a directory", dir);

	fd = cli_create_tmp(dir, "synthgen-probe", &probe);
	if (fd < 0)
		cli_die(CLI_EXIT_RUNTIME, "cannot write to output directory \"%s\": %s", dir, strerror(errno));
	close(fd);
	(void) unlink(probe);
	cli_forget_tmp(probe);
	free(probe);
}

/*
 * The run failed: remove the directories it created, innermost first, as
 * far as they are empty (rmdir never removes anything else).
 */
void
outdir_rollback(void)
{
	removed_all = ncreated > 0;
	for (int i = ncreated - 1; i >= 0; i--)
	{
		if (rmdir(created[i]) != 0)
			removed_all = false;
		free(created[i]);
	}
	ncreated = 0;
}

/* did outdir_rollback() remove the output directory itself? */
bool
outdir_removed(void)
{
	return removed_all;
}

/* the file names' common start: "<scenario>_<stamp>_" or "<scenario>_" */
char *
outdir_prefix(const Options *o, const char *stamp)
{
	if (o->overwrite)
		return cli_psprintf("%s_", o->scenario);
	return cli_psprintf("%s_%s_", o->scenario, stamp);
}

/* is name "<scenario>_[<8 digits>_<6 digits>_]<table>.<ext>"? */
static bool
earlier_file(const char *name, const char *scenario, const char *table,
			 const char *ext)
{
	size_t		ls = strlen(scenario);
	size_t		lt = strlen(table);
	size_t		le = strlen(ext);
	size_t		n = strlen(name);
	const char *mid;
	size_t		lm;

	if (n < ls + 1 + lt + 1 + le || strncmp(name, scenario, ls) != 0 ||
		name[ls] != '_' || strcmp(name + n - le, ext) != 0 ||
		name[n - le - 1] != '.' ||
		strncmp(name + n - le - 1 - lt, table, lt) != 0)
		return false;
	mid = name + ls + 1;
	lm = n - le - 1 - lt - (ls + 1);
	if (lm == 0)
		return true;
	if (lm != 16 || mid[8] != '_' || mid[15] != '_')
		return false;
	for (int i = 0; i < 15; i++)
		if (i != 8 && (mid[i] < '0' || mid[i] > '9'))
			return false;
	return true;
}

/*
 * Files of an earlier run of the same scenario and tables, under another
 * name than this run's: a reader globbing *_orders.csv in DIR would count
 * them too.  Said once, before the run; nothing is removed.
 */
void
outdir_warn_earlier(const Options *o, const char *prefix, const char *ext)
{
	DIR		   *d = opendir(o->out);
	struct dirent *e;
	int			n = 0;
	char		example[300] = "";

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL)
	{
		for (int t = 0; t < cli_ntables; t++)
		{
			char	   *mine;

			if (!o->selected[t] ||
				!earlier_file(e->d_name, o->scenario, cli_tables[t].name, ext))
				continue;
			mine = cli_psprintf("%s%s.%s", prefix, cli_tables[t].name, ext);
			if (strcmp(mine, e->d_name) != 0)
			{
				if (n++ == 0)
					snprintf(example, sizeof(example), "%s", e->d_name);
			}
			free(mine);
		}
	}
	closedir(d);
	if (n > 0)
		fprintf(stderr,
				"synthgen: warning: \"%s\" already holds %d file%s of an earlier run (e.g. %s) that a glob like *_<table>.%s would read too; --overwrite keeps one set of stable names\n",
				o->out, n, n == 1 ? "" : "s", example, ext);
}
