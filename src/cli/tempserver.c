/*-------------------------------------------------------------------------
 *
 * tempserver.c
 *	  The throwaway server of a run without --dsn and without PG*
 *	  environment: initdb into a mkdtemp directory, pg_ctl start listening
 *	  only on a Unix socket in that directory, and at the end (or on any
 *	  error or signal) pg_ctl stop and remove the directory.
 *
 * initdb refuses to run as root, so as root initdb and pg_ctl run as the
 * "postgres" system user (fork, setgid, setuid, exec) in a directory owned
 * by it; the client stays root and connects as user postgres through the
 * socket.  The directory is removed as that user too: its contents are
 * the server's to change, so root must not walk them.  The children get
 * their own process group, so a Ctrl-C on the terminal reaches only us and
 * we shut the server down in order.
 *
 * A signal we cannot catch (SIGKILL) or a crash would leave the server
 * running, and pg_ctl's postmaster is no child of ours that a parent-death
 * signal could reach.  So before initdb we fork a watchdog: in its own
 * process group, deaf to the signals meant for us, it blocks reading a pipe
 * whose only writer is us.  When we have cleaned up we write a byte and it
 * leaves; when the pipe closes without one, we are gone, and it stops the
 * server and removes the directory in our place.  Were the watchdog killed
 * too, "pg_ctl -D /tmp/synthgen-XXXXXX/data stop -m immediate" and removing
 * that directory clean up by hand.
 *
 *-------------------------------------------------------------------------
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#ifndef SG_PG_BINDIR
#define SG_PG_BINDIR "/usr/local/pgsql/bin"
#endif


/* a directory name we can pass through pg_ctl's shell and a socket path */
static bool
safe_dir(const char *s)
{
	if (s == NULL || s[0] != '/' || strlen(s) > 60)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
			  (*s >= '0' && *s <= '9') || *s == '/' || *s == '.' ||
			  *s == '_' || *s == '-'))
			return false;
	return true;
}

/* in a child: drop to the server's user, if it is not ours */
static bool
become_server_user(const TempServer *ts)
{
	if (!ts->as_postgres)
		return true;
	return setgroups(0, NULL) == 0 && setgid(ts->gid) == 0 &&
		setuid(ts->uid) == 0;
}

/*
 * Run argv[0] with stdout and stderr appended to logpath, stdin from
 * /dev/null, as the server's user, in its own process group.  Returns the
 * wait status.
 */
static int
run_child(TempServer *ts, char *const argv[], const char *logpath)
{
	pid_t		pid;
	int			status;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0)
		cli_die(CLI_EXIT_RUNTIME, "could not fork: %s", strerror(errno));
	if (pid == 0)
	{
		int			fd;

		(void) setpgid(0, 0);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		if (!become_server_user(ts))
			_exit(126);
		if (chdir(ts->dir) != 0)
			_exit(126);
		fd = open("/dev/null", O_RDONLY);
		if (fd >= 0)
		{
			dup2(fd, 0);
			close(fd);
		}
		fd = open(logpath, O_WRONLY | O_CREAT | O_APPEND, 0600);
		if (fd >= 0)
		{
			dup2(fd, 1);
			dup2(fd, 2);
			close(fd);
		}
		execv(argv[0], argv);
		fprintf(stderr, "could not execute \"%s\": %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
	{
		if (errno != EINTR)
			cli_die(CLI_EXIT_RUNTIME, "waitpid failed: %s", strerror(errno));
	}
	return status;
}

/* the line of a log that best explains a failure */
static char *
log_reason(const char *logpath)
{
	FILE	   *f = fopen(logpath, "r");
	char		line[1024];
	char		last[1024] = "";
	char		best[1024] = "";

	if (f == NULL)
		return cli_strdup("(no log)");
	while (fgets(line, sizeof(line), f) != NULL)
	{
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '\0')
			continue;
		snprintf(last, sizeof(last), "%s", line);
		if (best[0] == '\0' &&
			(strstr(line, "error") || strstr(line, "FATAL") ||
			 strstr(line, "could not")))
			snprintf(best, sizeof(best), "%s", line);
	}
	fclose(f);
	return cli_strdup(best[0] ? best : last[0] ? last : "(empty log)");
}

static int
rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void) sb;
	(void) ftw;
	if (flag == FTW_DP || flag == FTW_D)
		(void) rmdir(path);
	else
		(void) unlink(path);
	return 0;
}

/*
 * Remove the directory and everything in it, as the user the server ran
 * as: as root, a symlink or a swapped directory planted in the tree could
 * otherwise point the removal anywhere.
 */
static void
remove_dir(const TempServer *ts)
{
	pid_t		pid;
	int			status;

	if (!ts->as_postgres)
	{
		(void) nftw(ts->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
		return;
	}
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0)
		return;					/* rather left behind than removed as root */
	if (pid == 0)
	{
		if (!become_server_user(ts))
			_exit(1);
		(void) nftw(ts->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
		_exit(0);
	}
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	/* still ours if giving it to the server's user failed: empty, then */
	(void) rmdir(ts->dir);
}

static void
stop_server(TempServer *ts)
{
	char	   *pg_ctl = cli_psprintf("%s/pg_ctl", SG_PG_BINDIR);
	char		logpath[400];
	char	   *argv[] = {pg_ctl, "-D", ts->data, "-m", "immediate", "-w",
		"-s", "-t", "60", "stop", NULL};

	snprintf(logpath, sizeof(logpath), "%s/stop.log", ts->dir);
	(void) run_child(ts, argv, logpath);
	free(pg_ctl);
}

/* is ts->dir still the directory we made (not one made since by another user)? */
static bool
dir_is_ours(const TempServer *ts)
{
	struct stat st;

	return lstat(ts->dir, &st) == 0 && S_ISDIR(st.st_mode) &&
		st.st_uid == ts->dir_uid;
}

/*
 * The watchdog's life (see the top of the file).  We may have died in the
 * middle of initdb or pg_ctl start, whose children go on for a moment
 * without us, so the clean-up is repeated while the directory survives it.
 */
static cli_noreturn void
watchdog_main(TempServer *ts, int fd)
{
	char		c;
	ssize_t		n;
	int			devnull;

	(void) setpgid(0, 0);
	signal(SIGINT, SIG_IGN);
	signal(SIGTERM, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	signal(SIGHUP, SIG_IGN);
	signal(SIGPIPE, SIG_IGN);
	/* holding our stdout open would keep a reader of it waiting */
	devnull = open("/dev/null", O_RDWR);
	if (devnull >= 0)
	{
		dup2(devnull, 0);
		dup2(devnull, 1);
		dup2(devnull, 2);
		if (devnull > 2)
			close(devnull);
	}
	cli_register_server(NULL);

	do
		n = read(fd, &c, 1);
	while (n < 0 && errno == EINTR);
	if (n == 1)
		_exit(0);				/* we cleaned up ourselves */

	for (int round = 0; round < 20 && dir_is_ours(ts); round++)
	{
		char		pidfile[320];
		struct stat st;
		struct timespec pause = {0, 250 * 1000 * 1000};

		snprintf(pidfile, sizeof(pidfile), "%s/postmaster.pid", ts->data);
		if (stat(pidfile, &st) == 0)
			stop_server(ts);
		remove_dir(ts);
		if (!dir_is_ours(ts))
			break;
		nanosleep(&pause, NULL);
	}
	_exit(0);
}

static void
start_watchdog(TempServer *ts)
{
	int			fds[2];
	pid_t		pid;

	/*
	 * Neither end may leak into initdb, pg_ctl or the postmaster: a server
	 * holding the write end would keep the pipe open after our death.
	 */
	if (pipe(fds) != 0 ||
		fcntl(fds[0], F_SETFD, FD_CLOEXEC) != 0 ||
		fcntl(fds[1], F_SETFD, FD_CLOEXEC) != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not create a pipe: %s", strerror(errno));
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0)
		cli_die(CLI_EXIT_RUNTIME, "could not fork: %s", strerror(errno));
	if (pid == 0)
	{
		close(fds[1]);
		watchdog_main(ts, fds[0]);
	}
	close(fds[0]);
	ts->watchdog = pid;
	ts->watch_fd = fds[1];
}

/* we have cleaned up: tell the watchdog, and wait for it to leave */
static void
dismiss_watchdog(TempServer *ts)
{
	int			status;

	if (ts->watch_fd < 0)
		return;
	while (write(ts->watch_fd, "x", 1) < 0 && errno == EINTR)
		;
	close(ts->watch_fd);
	ts->watch_fd = -1;
	while (waitpid(ts->watchdog, &status, 0) < 0 && errno == EINTR)
		;
	ts->watchdog = 0;
}

void
tempserver_start(TempServer *ts)
{
	const char *tmpdir = getenv("TMPDIR");
	char		logpath[400];
	char		opts[600];
	int			status;

	memset(ts, 0, sizeof(*ts));
	ts->watch_fd = -1;
	ts->dir_uid = geteuid();
	if (geteuid() == 0)
	{
		struct passwd *pw = getpwnam("postgres");

		if (pw == NULL)
			cli_die(CLI_EXIT_RUNTIME,
					"no --dsn and no PG* environment, and as root the throwaway server needs a \"postgres\" system user; pass --dsn or set PGHOST");
		ts->as_postgres = true;
		ts->uid = pw->pw_uid;
		ts->gid = pw->pw_gid;
		ts->dir_uid = pw->pw_uid;
		snprintf(ts->user, sizeof(ts->user), "postgres");
		tmpdir = "/tmp";		/* must be reachable by that user */
	}
	if (!safe_dir(tmpdir))
		tmpdir = "/tmp";
	snprintf(ts->dir, sizeof(ts->dir), "%s/synthgen-XXXXXX", tmpdir);
	if (mkdtemp(ts->dir) == NULL)
		cli_die(CLI_EXIT_RUNTIME, "could not create a temporary directory in %s: %s",
				tmpdir, strerror(errno));
	cli_register_server(ts);
	if (ts->as_postgres && chown(ts->dir, ts->uid, ts->gid) != 0)
		cli_die(CLI_EXIT_RUNTIME, "could not give %s to the postgres user: %s",
				ts->dir, strerror(errno));
	snprintf(ts->data, sizeof(ts->data), "%s/data", ts->dir);
	start_watchdog(ts);

	/* initdb */
	{
		char	   *initdb = cli_psprintf("%s/initdb", SG_PG_BINDIR);
		char	   *argv[] = {initdb, "-D", ts->data, "--auth=trust",
			"--encoding=UTF8", "--no-locale", "--no-sync", NULL};

		snprintf(logpath, sizeof(logpath), "%s/initdb.log", ts->dir);
		ts->initialized = true;
		status = run_child(ts, argv, logpath);
		free(initdb);
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		{
			char	   *why = log_reason(logpath);

			cli_die(CLI_EXIT_RUNTIME, "could not initialize the throwaway server: %s", why);
		}
		cli_check_interrupt();
	}

	/* pg_ctl start: Unix socket in our directory only, no durability */
	{
		char	   *pg_ctl = cli_psprintf("%s/pg_ctl", SG_PG_BINDIR);
		char	   *argv[] = {pg_ctl, "-D", ts->data, "-l", logpath, "-w", "-s",
			"-t", "60", "-o", opts, "start", NULL};

		snprintf(logpath, sizeof(logpath), "%s/server.log", ts->dir);
		snprintf(opts, sizeof(opts),
				 "-c listen_addresses='' -c unix_socket_directories='%s' -c port=5432"
				 " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
				 " -c max_connections=%d",
				 ts->dir, CLI_MAX_JOBS + 10);
		ts->started = true;
		status = run_child(ts, argv, logpath);
		free(pg_ctl);
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		{
			char	   *why = log_reason(logpath);

			cli_die(CLI_EXIT_RUNTIME, "could not start the throwaway server: %s", why);
		}
		cli_check_interrupt();
	}
}

/* stop the server (if it was started), remove the directory, dismiss the watchdog */
void
tempserver_stop(TempServer *ts)
{
	if (ts->dir[0] != '\0')
	{
		if (ts->started)
		{
			stop_server(ts);
			ts->started = false;
		}
		remove_dir(ts);
		ts->dir[0] = '\0';
	}
	dismiss_watchdog(ts);
}
