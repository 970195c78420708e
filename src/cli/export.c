/*-------------------------------------------------------------------------
 *
 * export.c
 *	  Files written client-side through a pool of connections: each file
 *	  is one or more slices, each slice one
 *	  COPY (SELECT * FROM synth_xxx(..., part => p, parts => N)) TO STDOUT
 *	  run on whichever connection is free, all driven by libpq's
 *	  asynchronous API from a single poll() loop.  A CSV table is N slices
 *	  (--jobs N), the file slice 0 (with the header) followed by slices
 *	  1..N-1 -- the same bytes as one connection would produce; a Parquet
 *	  file is one stream with its own footer, so it is one slice, and
 *	  --jobs N writes N tables at a time.  Also feeds the progress line and
 *	  says, when the run dies, which files are complete.
 *
 * Each slice streams into its own new temporary file DIR/.<name>.<random>.tmp
 * (cli_create_tmp: an unpredictable name, never a file or symlink that was
 * already there); when every slice of a file has ended well the others are
 * read back through their descriptors and appended to slice 0's in order,
 * which is fsync'ed and renamed to DIR/<name>, so the file appears whole or
 * not at all; an error or a signal removes the temporary files (only
 * SIGKILL or a crash can leave one behind).
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

#define WRITE_BUFSIZE	(256 * 1024)

typedef enum SliceState
{
	SLICE_WAIT_COPY,			/* query sent, waiting for CopyOutResponse */
	SLICE_COPY,					/* rows flowing */
	SLICE_WAIT_END,				/* copy done, collecting the final result */
	SLICE_DONE
} SliceState;

struct ExportSlice
{
	ExportFile *file;
	PGconn	   *conn;			/* NULL: not started */
	int			part;
	SliceState	state;
	char	   *path;			/* this slice's temporary file */
	int			fd;
	char	   *buf;			/* pending output */
	size_t		len;
	bool		header;			/* the next CopyData is the header line */
	long long	rows;
	long long	bytes;
};

/* the run, for export_note() */
static ExportFile *run_files = NULL;
static int	run_nfiles = 0;
static const char *run_dir = NULL;


static void
write_all(int fd, const char *data, size_t len, const char *path)
{
	while (len > 0)
	{
		ssize_t		n = write(fd, data, len);

		if (n < 0)
		{
			if (errno == EINTR)
				continue;
			cli_die(CLI_EXIT_RUNTIME, "could not write \"%s\": %s", path, strerror(errno));
		}
		data += n;
		len -= (size_t) n;
	}
}

static void
slice_flush(ExportSlice *s)
{
	if (s->len > 0)
		write_all(s->fd, s->buf, s->len, s->path);
	s->len = 0;
}

static void
slice_append(ExportSlice *s, const char *data, size_t len)
{
	if (s->len + len > WRITE_BUFSIZE)
	{
		slice_flush(s);
		if (len > WRITE_BUFSIZE)
		{
			write_all(s->fd, data, len, s->path);
			s->bytes += (long long) len;
			return;
		}
	}
	memcpy(s->buf + s->len, data, len);
	s->len += len;
	s->bytes += (long long) len;
}

static cli_noreturn void
slice_fail(ExportSlice *s, PGresult *res)
{
	cli_die(CLI_EXIT_RUNTIME, "%s: %s", s->file->table, cli_pg_error(res, s->conn));
}

/*
 * Move one slice as far as the input already received allows.  Returns
 * when it would have to wait for the server (or is done).
 */
static void
slice_drive(ExportSlice *s)
{
	const char *table = s->file->table;

	for (;;)
	{
		switch (s->state)
		{
			case SLICE_WAIT_COPY:
				{
					PGresult   *res;

					if (PQisBusy(s->conn))
						return;
					res = PQgetResult(s->conn);
					if (res == NULL)
						cli_die(CLI_EXIT_RUNTIME, "%s: the server ended the COPY without a result", table);
					if (PQresultStatus(res) != PGRES_COPY_OUT)
						slice_fail(s, res);
					PQclear(res);
					s->state = SLICE_COPY;
					break;
				}
			case SLICE_COPY:
				{
					char	   *row = NULL;
					int			n = PQgetCopyData(s->conn, &row, 1);

					if (n > 0)
					{
						slice_append(s, row, (size_t) n);
						if (s->header)
							s->header = false;
						else if (s->file->csv)
							s->rows++;
						PQfreemem(row);
						break;
					}
					if (n == 0)
						return;
					if (n == -2)
						cli_die(CLI_EXIT_RUNTIME, "%s: %s", table,
								cli_first_line(PQerrorMessage(s->conn)));
					s->state = SLICE_WAIT_END;
					break;
				}
			case SLICE_WAIT_END:
				{
					PGresult   *res;

					if (PQisBusy(s->conn))
						return;
					res = PQgetResult(s->conn);
					if (res == NULL)
					{
						s->state = SLICE_DONE;
						return;
					}
					if (PQresultStatus(res) != PGRES_COMMAND_OK)
						slice_fail(s, res);
					/* the server's count ("COPY n"): exact for Parquet too */
					if (PQcmdTuples(res)[0] != '\0')
						s->rows = atoll(PQcmdTuples(res));
					PQclear(res);
					break;
				}
			case SLICE_DONE:
				return;
		}
	}
}

static void
slice_start(ExportSlice *s, PGconn *conn, const char *dir)
{
	ExportFile *f = s->file;

	s->conn = conn;
	s->state = SLICE_WAIT_COPY;
	s->fd = cli_create_tmp(dir, f->name, &s->path);
	if (s->fd < 0)
		cli_die(CLI_EXIT_RUNTIME, "could not create a temporary file for \"%s/%s\": %s",
				dir, f->name, strerror(errno));
	s->buf = cli_malloc(WRITE_BUFSIZE);
	s->len = 0;
	s->header = f->csv && s->part == 0;
	s->rows = 0;
	s->bytes = 0;
	if (f->started++ == 0)
	{
		f->state = FILE_RUNNING;
		f->t0 = cli_now();
	}
	if (!PQsendQuery(conn, f->sql[s->part]))
		cli_die(CLI_EXIT_RUNTIME, "%s: could not send the query: %s", f->table,
				cli_first_line(PQerrorMessage(conn)));
}

/*
 * Append the slice's temporary file to fd, then remove it.  The file is
 * read through the descriptor it was written by, never opened again by
 * name.
 */
static void
append_slice(int fd, const char *dst, ExportSlice *s)
{
	if (lseek(s->fd, 0, SEEK_SET) != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not rewind \"%s\": %s", s->path, strerror(errno));
	for (;;)
	{
		ssize_t		n = read(s->fd, s->buf, WRITE_BUFSIZE);

		if (n < 0)
		{
			if (errno == EINTR)
				continue;
			cli_die(CLI_EXIT_RUNTIME, "could not read \"%s\": %s", s->path, strerror(errno));
		}
		if (n == 0)
			break;
		write_all(fd, s->buf, (size_t) n, dst);
		cli_check_interrupt();
	}
	close(s->fd);
	s->fd = -1;
	(void) unlink(s->path);
	cli_forget_tmp(s->path);
}

/* every slice of f ended well: assemble, sync, publish */
static void
file_finish(ExportFile *f, const char *dir)
{
	ExportSlice *first = &f->slices[0];
	char	   *final = cli_psprintf("%s/%s", dir, f->name);

	f->rows = 0;
	f->bytes = 0;
	for (int p = 0; p < f->nslices; p++)
	{
		slice_flush(&f->slices[p]);
		f->rows += f->slices[p].rows;
		f->bytes += f->slices[p].bytes;
	}
	for (int p = 1; p < f->nslices; p++)
		append_slice(first->fd, first->path, &f->slices[p]);
	if (fsync(first->fd) != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not fsync \"%s\": %s", first->path, strerror(errno));
	if (close(first->fd) != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not write \"%s\": %s", first->path, strerror(errno));
	first->fd = -1;
	cli_check_interrupt();
	if (rename(first->path, final) != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not rename \"%s\" to \"%s\": %s",
				first->path, final, strerror(errno));
	cli_forget_tmp(first->path);
	{
		int			dfd = open(dir, O_RDONLY);

		if (dfd >= 0)
		{
			(void) fsync(dfd);
			close(dfd);
		}
	}
	f->state = FILE_DONE;
	f->seconds = cli_now() - f->t0;
	for (int p = 0; p < f->nslices; p++)
	{
		free(f->slices[p].path);
		f->slices[p].path = NULL;
		free(f->slices[p].buf);
		f->slices[p].buf = NULL;
	}
	free(final);
}

static void
update_progress(ExportFile *files, int nfiles, bool force)
{
	long long	done = 0;
	int			nfinished = 0;
	char		what[200] = "";

	for (int i = 0; i < nfiles; i++)
	{
		ExportFile *f = &files[i];

		if (f->state == FILE_DONE)
		{
			done += f->expected;
			nfinished++;
		}
		else if (f->state == FILE_RUNNING)
		{
			long long	r = 0;
			size_t		n = strlen(what);

			for (int p = 0; p < f->nslices; p++)
				r += f->slices[p].rows;
			done += r < f->expected ? r : f->expected;
			snprintf(what + n, sizeof(what) - n, "%s%s", n ? ", " : "", f->table);
		}
	}
	progress_show(done, what, nfinished, nfiles, force);
}

void
export_files(PGconn **conns, int nconns, const char *dir, ExportFile *files,
			 int nfiles)
{
	ExportSlice **busy = cli_malloc(sizeof(ExportSlice *) * nconns);
	struct pollfd *pfds = cli_malloc(sizeof(struct pollfd) * nconns);
	int		   *pfd_conn = cli_malloc(sizeof(int) * nconns);
	int			next_file = 0;
	int			next_part = 0;
	int			nfinished = 0;

	run_files = files;
	run_nfiles = nfiles;
	run_dir = dir;
	for (int i = 0; i < nfiles; i++)
	{
		ExportFile *f = &files[i];

		f->state = FILE_PENDING;
		f->started = f->finished = 0;
		f->rows = f->bytes = 0;
		f->seconds = 0;
		f->slices = cli_malloc(sizeof(ExportSlice) * f->nslices);
		memset(f->slices, 0, sizeof(ExportSlice) * f->nslices);
		for (int p = 0; p < f->nslices; p++)
		{
			f->slices[p].file = f;
			f->slices[p].part = p;
			f->slices[p].fd = -1;
		}
	}
	for (int c = 0; c < nconns; c++)
		busy[c] = NULL;

	update_progress(files, nfiles, true);
	while (nfinished < nfiles)
	{
		int			npfd = 0;
		int			rc;

		/* the next slices, in file order, to the free connections */
		for (int c = 0; c < nconns && next_file < nfiles; c++)
		{
			if (busy[c] != NULL)
				continue;
			busy[c] = &files[next_file].slices[next_part];
			slice_start(busy[c], conns[c], dir);
			if (++next_part == files[next_file].nslices)
			{
				next_file++;
				next_part = 0;
			}
		}

		for (int c = 0; c < nconns; c++)
		{
			if (busy[c] == NULL)
				continue;
			pfds[npfd].fd = PQsocket(conns[c]);
			pfds[npfd].events = POLLIN;
			pfds[npfd].revents = 0;
			pfd_conn[npfd] = c;
			npfd++;
		}
		rc = poll(pfds, npfd, 100);
		cli_check_interrupt();
		if (rc < 0 && errno != EINTR)
			cli_die(CLI_EXIT_RUNTIME, "poll failed: %s", strerror(errno));

		for (int i = 0; rc > 0 && i < npfd; i++)
		{
			int			c = pfd_conn[i];
			ExportSlice *s = busy[c];
			ExportFile *f;

			if (pfds[i].revents == 0)
				continue;
			if (!PQconsumeInput(s->conn))
				cli_die(CLI_EXIT_RUNTIME, "%s: %s", s->file->table,
						cli_first_line(PQerrorMessage(s->conn)));
			slice_drive(s);
			cli_check_interrupt();
			if (s->state != SLICE_DONE)
				continue;
			busy[c] = NULL;
			f = s->file;
			if (++f->finished == f->nslices)
			{
				file_finish(f, dir);
				nfinished++;
				update_progress(files, nfiles, true);
			}
		}
		update_progress(files, nfiles, false);
	}
	free(busy);
	free(pfds);
	free(pfd_conn);
}

/*
 * For cli_die: what became of the files, as one line ("kept 2 complete
 * files in DIR: a.csv, b.csv; removed 1 unfinished: c.csv; not started:
 * d.csv"), or NULL before the export began.  also_kept (the schema file)
 * is listed with the complete files when there are any; *any_kept says
 * whether there are.  The temporary files are gone by then
 * (cli_cleanup).
 */
char *
export_note(const char *also_kept, bool *any_kept)
{
	char	   *kept = cli_strdup("");
	char	   *removed = cli_strdup("");
	char	   *pending = cli_strdup("");
	int			nkept = 0;
	int			nremoved = 0;
	int			npending = 0;
	char	   *note;

	*any_kept = false;
	if (run_files == NULL)
		return NULL;
	for (int i = 0; i < run_nfiles; i++)
	{
		ExportFile *f = &run_files[i];
		char	  **list = f->state == FILE_DONE ? &kept :
			f->state == FILE_RUNNING ? &removed : &pending;
		int		   *n = f->state == FILE_DONE ? &nkept :
			f->state == FILE_RUNNING ? &nremoved : &npending;
		char	   *next = cli_psprintf("%s%s%s", *list, *n ? ", " : "", f->name);

		free(*list);
		*list = next;
		(*n)++;
	}
	*any_kept = nkept > 0;
	if (nkept > 0 && also_kept != NULL)
	{
		char	   *next = cli_psprintf("%s, %s", kept, also_kept);

		free(kept);
		kept = next;
		nkept++;
	}
	note = cli_psprintf("kept %d complete file%s in %s%s%s; removed %d unfinished%s%s%s%s",
						nkept, nkept == 1 ? "" : "s", run_dir,
						nkept ? ": " : "", kept,
						nremoved, nremoved ? ": " : "", removed,
						npending ? "; not started: " : "", pending);
	free(kept);
	free(removed);
	free(pending);
	return note;
}
