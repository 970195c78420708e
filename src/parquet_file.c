/*-------------------------------------------------------------------------
 *
 * parquet_file.c
 *	  A server file for a Parquet export, with core COPY's rules: superuser
 *	  or pg_write_server_files, absolute paths.  The file appears whole or
 *	  not at all: rows go to a temporary name in the same directory (random,
 *	  created exclusively, never through a symbolic link), which is fsynced,
 *	  given the mode of the file it replaces, and renamed when complete; it
 *	  is removed on any error or cancel, at the transaction's abort, and at
 *	  process exit when the backend is terminated.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "access/xact.h"
#include "catalog/pg_authid.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "storage/ipc.h"
#include "utils/acl.h"
#include "utils/memutils.h"

#define WRITE_BUFSIZE	(1024 * 1024)
#define TMP_NAME_TRIES	100

struct SgParquetFile
{
	int			fd;
	bool		closed;
	char	   *path;
	char	   *tmppath;		/* also in tmp_files until committed or removed */
	char	   *buf;
	size_t		used;
	int64		bytes;
};

static int
write_all(int fd, const void *data, size_t len)
{
	while (len > 0)
	{
		ssize_t		n = write(fd, data, len);

		if (n < 0)
		{
			if (errno == EINTR)
				continue;
			return -1;
		}
		data = (const char *) data + n;
		len -= n;
	}
	return 0;
}

static int
file_flush(SgParquetFile *f)
{
	if (write_all(f->fd, f->buf, f->used) < 0)
		return -1;
	f->used = 0;
	return 0;
}

/*
 * Temporary files not yet renamed or removed, in TopMemoryContext: an
 * error removes its own in PG_CATCH, but a terminated backend exits from
 * inside the export (FATAL does not unwind), so process exit removes what
 * is left.
 */
static List *tmp_files = NIL;
static bool tmp_exit_registered = false;

static void
tmp_files_at_exit(int code, Datum arg)
{
	ListCell   *lc;

	foreach(lc, tmp_files)
		unlink((const char *) lfirst(lc));
	tmp_files = NIL;
}

/* an error outside an export's own PG_CATCH: the transaction's end removes it */
static void
tmp_files_at_abort(XactEvent event, void *arg)
{
	if (event == XACT_EVENT_ABORT || event == XACT_EVENT_PARALLEL_ABORT)
		tmp_files_at_exit(0, (Datum) 0);
}

static void
tmp_forget(const char *tmppath)
{
	ListCell   *lc;

	foreach(lc, tmp_files)
	{
		if (strcmp((const char *) lfirst(lc), tmppath) == 0)
		{
			char	   *p = lfirst(lc);

			tmp_files = foreach_delete_current(tmp_files, lc);
			pfree(p);
			break;
		}
	}
}

/* core COPY's rules for server files */
SgParquetFile *
sg_parquet_file_open(const char *path)
{
	SgParquetFile *f;
	const char *slash;
	MemoryContext old;
	int			tries;

	if (!has_privs_of_role(GetUserId(), ROLE_PG_WRITE_SERVER_FILES))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to export to a file"),
				 errdetail("Only roles with privileges of the \"pg_write_server_files\" role may write files on the server, as with COPY."),
				 errhint("Export to the client instead: psql's \\copy, or COPY ... TO STDOUT.")));
	if (!is_absolute_path(path))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_NAME),
				 errmsg("relative path not allowed for a Parquet export to a file"),
				 errhint("Give an absolute path, as COPY requires.")));

	f = palloc0(sizeof(SgParquetFile));
	f->path = pstrdup(path);
	slash = strrchr(path, '/');
	/* as open() would, but with a message and SQLSTATE that say so */
	if (strlen(slash + 1) > NAME_MAX || strlen(path) >= MAXPGPATH)
		ereport(ERROR,
				(errcode(ERRCODE_NAME_TOO_LONG),
				 errmsg("file name \"%s\" is too long", path),
				 errdetail("A file name may have up to %d bytes, a path up to %d.",
						   NAME_MAX, MAXPGPATH - 1)));
	f->buf = palloc(WRITE_BUFSIZE);
	if (!tmp_exit_registered)
	{
		on_proc_exit(tmp_files_at_exit, (Datum) 0);
		RegisterXactCallback(tmp_files_at_abort, NULL);
		tmp_exit_registered = true;
	}

	/*
	 * The temporary name is short, whatever the target's length, and
	 * unpredictable: a file or link planted at a guessable name would block
	 * the export or redirect it.  O_EXCL with O_NOFOLLOW creates a new file
	 * or fails; a name taken by chance is drawn again.
	 */
	for (tries = 0;; tries++)
	{
		uint8		rnd[8];
		mode_t		oumask;

		if (!pg_strong_random(rnd, sizeof(rnd)))
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("could not generate a random temporary file name")));
		f->tmppath = psprintf("%.*s/.synthgen.%02x%02x%02x%02x%02x%02x%02x%02x.tmp",
							  (int) (slash - path), path, rnd[0], rnd[1], rnd[2], rnd[3],
							  rnd[4], rnd[5], rnd[6], rnd[7]);
		/* as COPY TO a file: readable by all, whatever the server's umask */
		oumask = umask(S_IWGRP | S_IWOTH);
		f->fd = OpenTransientFilePerm(f->tmppath,
									  O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | PG_BINARY,
									  S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
		umask(oumask);
		if (f->fd >= 0 || errno != EEXIST || tries >= TMP_NAME_TRIES)
			break;
		pfree(f->tmppath);
	}
	if (f->fd < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not create file \"%s\": %m", f->tmppath)));
	old = MemoryContextSwitchTo(TopMemoryContext);
	tmp_files = lappend(tmp_files, pstrdup(f->tmppath));
	MemoryContextSwitchTo(old);
	return f;
}

int
sg_parquet_file_write(void *ctx, const void *data, size_t len)
{
	SgParquetFile *f = ctx;

	f->bytes += len;
	if (f->used + len > WRITE_BUFSIZE && file_flush(f) < 0)
		return -1;
	if (len > WRITE_BUFSIZE)
		return write_all(f->fd, data, len);
	memcpy(f->buf + f->used, data, len);
	f->used += len;
	return 0;
}

void
sg_parquet_file_commit(SgParquetFile *f)
{
	if (file_flush(f) < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not write file \"%s\": %m", f->tmppath)));
	{
		/* core COPY truncates an existing file in place: keep its mode */
		struct stat st;

		if (stat(f->path, &st) == 0 && S_ISREG(st.st_mode) &&
			fchmod(f->fd, st.st_mode & 07777) != 0)
			ereport(ERROR,
					(errcode_for_file_access(),
					 errmsg("could not change the mode of file \"%s\": %m", f->tmppath)));
	}
	if (pg_fsync(f->fd) != 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not fsync file \"%s\": %m", f->tmppath)));
	if (CloseTransientFile(f->fd) != 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not close file \"%s\": %m", f->tmppath)));
	f->closed = true;
	/* the file appears whole: rename, then make the rename durable */
	durable_rename(f->tmppath, f->path, ERROR);
	tmp_forget(f->tmppath);
}

/* on error or cancel: no partial file */
void
sg_parquet_file_abort(SgParquetFile *f)
{
	if (!f->closed)
		CloseTransientFile(f->fd);
	f->closed = true;
	unlink(f->tmppath);
	tmp_forget(f->tmppath);
}

int64
sg_parquet_file_bytes(const SgParquetFile *f)
{
	return f->bytes;
}
