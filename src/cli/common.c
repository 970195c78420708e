/*-------------------------------------------------------------------------
 *
 * common.c
 *	  What every part of the synthgen program leans on: the one-line fatal
 *	  error, the cleanup it runs (cancel the queries, remove the temporary
 *	  files, stop the throwaway server), signal handling, the creation of
 *	  temporary files, and small allocation, time and formatting helpers.
 *
 *-------------------------------------------------------------------------
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#define TMP_RANDOM_CHARS	12	/* ~71 bits: nobody guesses a name */
#define TMP_ATTEMPTS		100

volatile sig_atomic_t cli_interrupted = 0;
bool		cli_progress_active = false;

/* what cli_cleanup() undoes */
static char **tmp_files = NULL;
static int	ntmp_files = 0;
static int	maxtmp_files = 0;
static PGconn **reg_conns = NULL;
static int	nreg_conns = 0;
static TempServer *reg_server = NULL;
static bool cleaning = false;
static char *(*die_note) (void) = NULL;


static void
handle_signal(int signo)
{
	cli_interrupted = signo;
}

/*
 * SIGINT, SIGTERM, SIGQUIT and SIGHUP only set a flag (no SA_RESTART, so
 * poll() and friends return EINTR); the main loop notices it and cleans up
 * the same way for all four.  They are caught even when inherited ignored
 * (a background job of a script starts with SIGINT and SIGQUIT ignored):
 * whoever sends one of them means it.  SIGPIPE is ignored: a closed stdout
 * or socket becomes an ordinary write error.
 */
void
cli_install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handle_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

const char *
cli_signal_name(int signo)
{
	return signo == SIGINT ? "SIGINT" :
		signo == SIGTERM ? "SIGTERM" :
		signo == SIGQUIT ? "SIGQUIT" : "SIGHUP";
}

/* the die note (see cli_die) says what became of the files */
void
cli_check_interrupt(void)
{
	int			signo = cli_interrupted;

	if (signo)
		cli_die(CLI_EXIT_RUNTIME, "interrupted by %s", cli_signal_name(signo));
}

/*
 * note() is called by cli_die after the cleanup, and what it returns
 * (malloc'ed, or NULL) is appended to the message: which files of the run
 * are complete and kept, which were removed.
 */
void
cli_set_die_note(char *(*note) (void))
{
	die_note = note;
}

/* erase the live progress line, if there is one */
void
cli_clear_progress(void)
{
	if (cli_progress_active)
	{
		fputs("\r\033[K", stderr);
		fflush(stderr);
		cli_progress_active = false;
	}
}

static void
register_tmp(const char *path)
{
	if (ntmp_files == maxtmp_files)
	{
		int			newmax = maxtmp_files ? maxtmp_files * 2 : 16;
		char	  **n = realloc(tmp_files, newmax * sizeof(char *));

		if (n == NULL)
			cli_die(CLI_EXIT_RUNTIME, "out of memory");
		tmp_files = n;
		maxtmp_files = newmax;
	}
	tmp_files[ntmp_files++] = cli_strdup(path);
}

/*
 * TMP_RANDOM_CHARS random characters from [A-Za-z0-9] and a NUL into buf.
 * /dev/urandom is the source; without it, the clock, the pid and a counter
 * still give a name nobody can have planted in advance (and O_EXCL keeps a
 * collision harmless).
 */
static void
random_name(char *buf)
{
	static const char alphabet[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	static unsigned long long counter = 0;
	unsigned char bytes[TMP_RANDOM_CHARS];
	int			fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	bool		ok = false;

	if (fd >= 0)
	{
		ok = read(fd, bytes, sizeof(bytes)) == (ssize_t) sizeof(bytes);
		close(fd);
	}
	if (!ok)
	{
		struct timespec ts;
		unsigned long long x;

		clock_gettime(CLOCK_REALTIME, &ts);
		x = (unsigned long long) ts.tv_sec * 1000000007ULL ^
			(unsigned long long) ts.tv_nsec << 20 ^
			(unsigned long long) getpid() << 40 ^ ++counter;
		for (int i = 0; i < TMP_RANDOM_CHARS; i++)
		{
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
			bytes[i] = (unsigned char) (x >> 56);
		}
	}
	for (int i = 0; i < TMP_RANDOM_CHARS; i++)
		buf[i] = alphabet[bytes[i] % (sizeof(alphabet) - 1)];
	buf[TMP_RANDOM_CHARS] = '\0';
}

/*
 * Create a new temporary file DIR/.<name>.<random>.tmp for reading and
 * writing, and register it for cleanup.  The name cannot be predicted, and
 * O_CREAT | O_EXCL | O_NOFOLLOW never opens anything that is already there
 * (a file or a symlink planted by another user); a taken name is simply
 * skipped.  The file is in the output directory, so that renaming it into
 * place stays atomic, with the mode the umask gives a new file (0644 under
 * the usual 022).  Returns the descriptor and sets *path (malloc'ed), or
 * returns -1 with errno set.
 */
int
cli_create_tmp(const char *dir, const char *name, char **path)
{
	for (int attempt = 0; attempt < TMP_ATTEMPTS; attempt++)
	{
		char		rnd[TMP_RANDOM_CHARS + 1];
		char	   *p;
		int			fd;

		random_name(rnd);
		p = cli_psprintf("%s/.%s.%s.tmp", dir, name, rnd);
		fd = open(p, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
		if (fd >= 0)
		{
			/* only a file we created may ever be removed by cleanup */
			register_tmp(p);
			*path = p;
			return fd;
		}
		free(p);
		if (errno != EEXIST && errno != ELOOP)
			return -1;
	}
	errno = EEXIST;
	return -1;
}

/* the file was renamed or removed: cleanup must not touch it any more */
void
cli_forget_tmp(const char *path)
{
	for (int i = 0; i < ntmp_files; i++)
	{
		if (strcmp(tmp_files[i], path) == 0)
		{
			free(tmp_files[i]);
			tmp_files[i] = tmp_files[--ntmp_files];
			return;
		}
	}
}

void
cli_register_conns(PGconn **conns, int n)
{
	reg_conns = conns;
	nreg_conns = n;
}

void
cli_register_server(TempServer *ts)
{
	reg_server = ts;
}

/*
 * Undo everything in flight: cancel running queries, close the
 * connections, remove temporary files, stop the throwaway server.  Safe to
 * call more than once.
 */
void
cli_cleanup(void)
{
	if (cleaning)
		return;
	cleaning = true;

	for (int i = 0; i < nreg_conns; i++)
	{
		PGconn	   *conn = reg_conns[i];

		if (conn == NULL)
			continue;
		if (PQstatus(conn) == CONNECTION_OK &&
			PQtransactionStatus(conn) == PQTRANS_ACTIVE)
		{
			PGcancel   *cancel = PQgetCancel(conn);
			char		errbuf[256];

			if (cancel != NULL)
			{
				(void) PQcancel(cancel, errbuf, sizeof(errbuf));
				PQfreeCancel(cancel);
			}
		}
		PQfinish(conn);
		reg_conns[i] = NULL;
	}
	nreg_conns = 0;

	for (int i = 0; i < ntmp_files; i++)
	{
		(void) unlink(tmp_files[i]);
		free(tmp_files[i]);
	}
	ntmp_files = 0;

	if (reg_server != NULL)
	{
		TempServer *ts = reg_server;

		reg_server = NULL;
		tempserver_stop(ts);
	}
	cleaning = false;
}

/*
 * Report one line on stderr, clean up, exit.  The message is the whole
 * diagnosis: callers put the cause into it rather than printing more.
 */
void
cli_die(int code, const char *fmt,...)
{
	static bool dying = false;
	va_list		ap;
	char		msg[2048];
	char	   *note = NULL;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);

	cli_clear_progress();
	fflush(stdout);
	cli_cleanup();
	/* a failure inside the note must not recurse into it */
	if (die_note != NULL && !dying)
	{
		dying = true;
		note = die_note();
	}

	/* one line: no embedded newline can break it up */
	for (char *p = msg; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	fprintf(stderr, "synthgen: %s%s%s\n", msg, note ? "; " : "", note ? note : "");
	fflush(stderr);
	exit(code);
}

void *
cli_malloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
		cli_die(CLI_EXIT_RUNTIME, "out of memory");
	return p;
}

char *
cli_strdup(const char *s)
{
	char	   *p = strdup(s);

	if (p == NULL)
		cli_die(CLI_EXIT_RUNTIME, "out of memory");
	return p;
}

char *
cli_psprintf(const char *fmt,...)
{
	va_list		ap;
	int			n;
	char	   *buf;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		cli_die(CLI_EXIT_RUNTIME, "could not format a string");
	buf = cli_malloc((size_t) n + 1);
	va_start(ap, fmt);
	vsnprintf(buf, (size_t) n + 1, fmt, ap);
	va_end(ap);
	return buf;
}

double
cli_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* like pg_size_pretty, with one decimal: "512 bytes", "2.1 MB" */
void
cli_format_size(long long bytes, char *buf, size_t len)
{
	static const char *const units[] = {"kB", "MB", "GB", "TB", "PB"};
	double		v = (double) bytes;
	int			u = -1;

	if (bytes < 1024)
	{
		snprintf(buf, len, "%lld bytes", bytes);
		return;
	}
	while (v >= 1024.0 && u < 4)
	{
		v /= 1024.0;
		u++;
	}
	snprintf(buf, len, "%.1f %s", v, units[u]);
}

/* 1234567 -> "1.2 M", as the progress line wants it */
void
cli_format_count(long long n, char *buf, size_t len)
{
	if (n < 10000)
		snprintf(buf, len, "%lld", n);
	else if (n < 1000000)
		snprintf(buf, len, "%.1f k", n / 1e3);
	else if (n < 1000000000)
		snprintf(buf, len, "%.1f M", n / 1e6);
	else
		snprintf(buf, len, "%.1f G", n / 1e9);
}

/* columns of the terminal on fd, else $COLUMNS, else 80 */
int
cli_terminal_width(int fd)
{
	struct winsize ws;
	const char *env = getenv("COLUMNS");

	if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	if (env != NULL && atoi(env) > 0)
		return atoi(env);
	return 80;
}

/* the first line of a multi-line message, without its newline */
const char *
cli_first_line(const char *msg)
{
	static char buf[1024];
	size_t		n;

	if (msg == NULL)
		return "";
	n = strcspn(msg, "\r\n");
	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	memcpy(buf, msg, n);
	buf[n] = '\0';
	return buf;
}

/*
 * A server error as one line: the primary message, then the detail (which
 * is where e.g. the list of known scenarios is).  Falls back on the
 * connection's message when the result carries no fields.  Frees res.
 */
const char *
cli_pg_error(PGresult *res, PGconn *conn)
{
	static char buf[2048];
	const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *detail = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : NULL;

	if (primary == NULL)
	{
		const char *m = res ? PQresultErrorMessage(res) : "";

		if (m == NULL || *m == '\0')
			m = conn ? PQerrorMessage(conn) : "unknown error";
		if (strncmp(m, "ERROR:  ", 8) == 0)
			m += 8;
		snprintf(buf, sizeof(buf), "%s", cli_first_line(m));
	}
	else if (detail != NULL && *detail != '\0')
		snprintf(buf, sizeof(buf), "%s. %s", primary, detail);
	else
		snprintf(buf, sizeof(buf), "%s", primary);

	for (char *p = buf; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	PQclear(res);
	return buf;
}
