/*-------------------------------------------------------------------------
 *
 * export.c
 *	  One table to one CSV file, client-side: N connections each run
 *	  COPY (SELECT * FROM synth_xxx(..., part => p, parts => N)) TO STDOUT
 *	  at the same time, driven by libpq's asynchronous API from a single
 *	  poll() loop, and the file is slice 0 (with the header) followed by
 *	  slices 1..N-1 -- the same bytes as one connection would produce.
 *
 * Each slice streams into its own new temporary file DIR/.<name>.<random>.tmp
 * (cli_create_tmp: an unpredictable name, never a file or symlink that was
 * already there); when every slice has ended well the others are read back
 * through their descriptors and appended to slice 0's in order, which is
 * fsync'ed and renamed to DIR/<name>, so the file appears whole or not at
 * all; an error or a signal removes the temporary files (only SIGKILL or a
 * crash can leave one behind).  Also owns the progress line.
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
#define PROGRESS_EVERY	0.1		/* seconds between progress updates */

typedef enum SliceState
{
	SLICE_WAIT_COPY,			/* query sent, waiting for CopyOutResponse */
	SLICE_COPY,					/* rows flowing */
	SLICE_WAIT_END,				/* copy done, collecting the final result */
	SLICE_DONE
} SliceState;

typedef struct Slice
{
	PGconn	   *conn;
	int			part;
	SliceState	state;
	char	   *path;			/* this slice's temporary file */
	int			fd;
	char	   *buf;			/* pending output */
	size_t		len;
	bool		header;			/* the next CopyData is the header line */
	long long	rows;
	long long	bytes;
} Slice;


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
slice_flush(Slice *s)
{
	if (s->len > 0)
		write_all(s->fd, s->buf, s->len, s->path);
	s->len = 0;
}

static void
slice_append(Slice *s, const char *data, size_t len)
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
slice_fail(Slice *s, PGresult *res, const char *table)
{
	cli_die(CLI_EXIT_RUNTIME, "%s: %s", table, cli_pg_error(res, s->conn));
}

/*
 * Move one slice as far as the input already received allows.  Returns
 * when it would have to wait for the server (or is done).
 */
static void
slice_drive(Slice *s, const char *table)
{
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
						slice_fail(s, res, table);
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
						else
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
						slice_fail(s, res, table);
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

/*
 * Append the slice's temporary file to fd, then remove it.  The file is
 * read through the descriptor it was written by, never opened again by
 * name.
 */
static void
append_slice(int fd, const char *dst, Slice *s)
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

static void
show_progress(const char *table, long long rows, double elapsed, int done, int njobs)
{
	char		slices[32] = "";

	if (njobs > 1)
		snprintf(slices, sizeof(slices), "  %d/%d slices", done, njobs);
	fprintf(stderr, "\r\033[K%-18s %12lld rows %10.0f rows/s %8.1f s%s",
			table, rows, elapsed > 0 ? rows / elapsed : 0.0, elapsed, slices);
	fflush(stderr);
	cli_progress_active = true;
}

void
export_table(PGconn **conns, int njobs, const char *table, char **sql,
			 const char *dir, const char *name, bool tty, TableResult *result)
{
	Slice	   *slices = cli_malloc(sizeof(Slice) * njobs);
	struct pollfd *pfds = cli_malloc(sizeof(struct pollfd) * njobs);
	int		   *pfd_slice = cli_malloc(sizeof(int) * njobs);
	char	   *final = cli_psprintf("%s/%s", dir, name);
	double		t0 = cli_now();
	double		last_progress = 0;
	int			remaining = njobs;
	long long	rows = 0;
	long long	bytes = 0;

	for (int p = 0; p < njobs; p++)
	{
		Slice	   *s = &slices[p];

		s->conn = conns[p];
		s->part = p;
		s->state = SLICE_WAIT_COPY;
		s->fd = cli_create_tmp(dir, name, &s->path);
		if (s->fd < 0)
			cli_die(CLI_EXIT_RUNTIME, "could not create a temporary file for \"%s/%s\": %s",
					dir, name, strerror(errno));
		s->buf = cli_malloc(WRITE_BUFSIZE);
		s->len = 0;
		s->header = (p == 0);
		s->rows = 0;
		s->bytes = 0;
	}

	for (int p = 0; p < njobs; p++)
	{
		if (!PQsendQuery(slices[p].conn, sql[p]))
			cli_die(CLI_EXIT_RUNTIME, "%s: could not send the query: %s", table,
					cli_first_line(PQerrorMessage(slices[p].conn)));
	}

	if (tty)
		show_progress(table, 0, 0, 0, njobs);

	while (remaining > 0)
	{
		int			npfd = 0;
		int			rc;
		double		now;

		for (int p = 0; p < njobs; p++)
		{
			if (slices[p].state == SLICE_DONE)
				continue;
			pfds[npfd].fd = PQsocket(slices[p].conn);
			pfds[npfd].events = POLLIN;
			pfds[npfd].revents = 0;
			pfd_slice[npfd] = p;
			npfd++;
		}
		rc = poll(pfds, npfd, tty ? 100 : 1000);
		cli_check_interrupt();
		if (rc < 0 && errno != EINTR)
			cli_die(CLI_EXIT_RUNTIME, "poll failed: %s", strerror(errno));

		for (int i = 0; rc > 0 && i < npfd; i++)
		{
			Slice	   *s = &slices[pfd_slice[i]];

			if (pfds[i].revents == 0)
				continue;
			if (!PQconsumeInput(s->conn))
				cli_die(CLI_EXIT_RUNTIME, "%s: %s", table,
						cli_first_line(PQerrorMessage(s->conn)));
			slice_drive(s, table);
			if (s->state == SLICE_DONE)
				remaining--;
			cli_check_interrupt();
		}

		if (tty)
		{
			now = cli_now();
			if (now - last_progress >= PROGRESS_EVERY || remaining == 0)
			{
				rows = 0;
				for (int p = 0; p < njobs; p++)
					rows += slices[p].rows;
				show_progress(table, rows, now - t0, njobs - remaining, njobs);
				last_progress = now;
			}
		}
	}

	/* all slices ended well: assemble, sync, publish */
	rows = 0;
	for (int p = 0; p < njobs; p++)
	{
		slice_flush(&slices[p]);
		rows += slices[p].rows;
		bytes += slices[p].bytes;
	}
	for (int p = 1; p < njobs; p++)
		append_slice(slices[0].fd, slices[0].path, &slices[p]);
	if (fsync(slices[0].fd) != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not fsync \"%s\": %s", slices[0].path, strerror(errno));
	if (close(slices[0].fd) != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not write \"%s\": %s", slices[0].path, strerror(errno));
	cli_check_interrupt();
	if (rename(slices[0].path, final) != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not rename \"%s\" to \"%s\": %s",
				slices[0].path, final, strerror(errno));
	cli_forget_tmp(slices[0].path);
	{
		int			dfd = open(dir, O_RDONLY);

		if (dfd >= 0)
		{
			(void) fsync(dfd);
			close(dfd);
		}
	}

	result->rows = rows;
	result->bytes = bytes;
	result->seconds = cli_now() - t0;

	{
		char		size[32];

		cli_format_size(bytes, size, sizeof(size));
		if (tty)
			fputs("\r\033[K", stderr);
		cli_progress_active = false;
		fprintf(stderr, "synthgen: wrote %s (%lld rows, %s, %.2f s)\n",
				final, rows, size, result->seconds);
		fflush(stderr);
	}

	for (int p = 0; p < njobs; p++)
	{
		free(slices[p].path);
		free(slices[p].buf);
	}
	free(slices);
	free(pfds);
	free(pfd_slice);
	free(final);
}
