/*-------------------------------------------------------------------------
 *
 * fuzz_sql.c
 *	  SQL fuzzer of synthgen: drives every SQL function of the extension
 *	  (the ten synth_* SRFs, synthgen.events(), generate(), load(), run_parallel() (internal:
 *	  a plain user must be refused),
 *	  export_parquet(), version(), category_names(), name_pools() and the Parquet COPY
 *	  hook) with random and edge arguments, and fails on any outcome the
 *	  extension promises never to produce.
 *
 * Every call must either succeed or raise a sensible SQLSTATE: an input
 * error (classes 22, 42 but not 42883, which would mean a valid-looking
 * call found no function), 0A000, 23xxx, 25xxx, 3F000, 54xxx, 55000, or
 * 57014 when statement_timeout stops it.  Never XX000 or any XX, 53, 58,
 * 08 (lost connection) or P0001 (a RAISE without a SQLSTATE), never a
 * call that outlives statement_timeout by more than a second, never a
 * server restart.  A few calls are flagged where a resource or file error
 * is the truthful answer (a directory that does not exist, more worker
 * groups than max_worker_processes: insufficient_resources).
 *
 * Deterministic from the seed: the same seed and count build the same
 * statements in the same order (outcomes may still differ by timing).
 * A share of the calls runs as a plain role, so privilege errors (42501)
 * are exercised too.
 *
 * Usage: fuzz_sql [-v] SEED CALLS	(connection from the PG* environment)
 * Build: gcc -O2 -Wall -Wextra -Werror -I$(pg_config --includedir) fuzz_sql.c -lpq
 *
 *-------------------------------------------------------------------------
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/select.h>
#include <sys/stat.h>

#include "libpq-fe.h"

#define TIMEOUT_MS		1000	/* statement_timeout of every call */
#define STRINGIFY_(x)	#x
#define STRINGIFY(x)	STRINGIFY_(x)
#define SLACK_MS		1000
#define USER_ROLE		"synthgen_fuzz_user"
#define USER_PASSWORD	"synthgen_fuzz_pw"

/* flags of a call: outcomes that are truthful for it, beyond the usual */
#define ALLOW_FILE		0x01	/* 58P01 and friends: a path that cannot work */
#define ALLOW_WORKERS	0x02	/* 53000: more groups than worker slots */
#define CHECK_LOADED	0x04	/* after success, constrained tables must hold */
#define USER_DENIED		0x08	/* a plain user's call: refused (42501), or
								 * a mistake found before privileges are
								 * checked (class 42) */

/* ----------------------------------------------------------------
 * Random numbers: splitmix64, one stream from the seed
 * ----------------------------------------------------------------
 */
static uint64_t rng_state;

static uint64_t
rnd64(void)
{
	uint64_t	z = (rng_state += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/* uniform in [0, n) */
static int
rnd(int n)
{
	return (int) (rnd64() % (uint64_t) n);
}

/* true with probability pct/100 */
static bool
chance(int pct)
{
	return rnd(100) < pct;
}

#define PICK(arr) ((arr)[rnd((int) (sizeof(arr) / sizeof((arr)[0])))])

/* ----------------------------------------------------------------
 * A growable string
 * ----------------------------------------------------------------
 */
typedef struct Buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} Buf;

static void
buf_reserve(Buf *b, size_t more)
{
	if (b->len + more + 1 > b->cap)
	{
		while (b->len + more + 1 > b->cap)
			b->cap = b->cap ? b->cap * 2 : 256;
		b->data = realloc(b->data, b->cap);
		if (b->data == NULL)
		{
			fprintf(stderr, "fuzz_sql: out of memory\n");
			exit(2);
		}
	}
}

static void
buf_add(Buf *b, const char *s)
{
	size_t		n = strlen(s);

	buf_reserve(b, n);
	memcpy(b->data + b->len, s, n + 1);
	b->len += n;
}

static void
buf_printf(Buf *b, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf_reserve(b, (size_t) n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t) n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t) n;
}

static void
buf_reset(Buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

static char *
buf_steal(Buf *b)
{
	char	   *s = b->data ? b->data : strdup("");

	b->data = NULL;
	b->len = b->cap = 0;
	return s;
}

/* ----------------------------------------------------------------
 * Connections
 * ----------------------------------------------------------------
 */
static PGconn *admin;			/* setup, maintenance, quoting */
static PGconn *su_conn;			/* fuzz calls as the superuser */
static PGconn *user_conn;		/* fuzz calls as the plain role */
static bool user_by_set_role;	/* could not log in: SET ROLE instead */
static char tmpdir[256];
static int	max_workers = 8;

static void
quiet_notices(void *arg, const char *message)
{
	(void) arg;
	(void) message;
}

static void
die(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	fprintf(stderr, "fuzz_sql: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	exit(2);
}

/* run setup SQL that must work */
static void
must(PGconn *conn, const char *sql)
{
	PGresult   *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);

	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
		die("setup failed: %s\n  in: %s", PQerrorMessage(conn), sql);
	PQclear(res);
}

/* one value of a query that must work, malloc'd */
static char *
must_value(PGconn *conn, const char *sql)
{
	PGresult   *res = PQexec(conn, sql);
	char	   *v;

	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1)
		die("setup query failed: %s\n  in: %s", PQerrorMessage(conn), sql);
	v = strdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	return v;
}

static PGconn *
connect_env(const char *user, const char *password)
{
	const char *keys[4];
	const char *vals[4];
	int			n = 0;
	PGconn	   *conn;

	if (user)
	{
		keys[n] = "user";
		vals[n++] = user;
		keys[n] = "password";
		vals[n++] = password;
	}
	keys[n] = "application_name";
	vals[n++] = "fuzz_sql";
	keys[n] = NULL;
	vals[n] = NULL;
	conn = PQconnectdbParams(keys, vals, 0);
	if (PQstatus(conn) != CONNECTION_OK)
	{
		PQfinish(conn);
		return NULL;
	}
	PQsetNoticeProcessor(conn, quiet_notices, NULL);
	return conn;
}

/* a fuzz session: short timeout, no timing notices, the COPY hook loaded */
static void
session_setup(PGconn *conn, bool as_user)
{
	if (as_user && user_by_set_role)
		must(conn, "SET ROLE " USER_ROLE);
	must(conn, "SET statement_timeout = '" STRINGIFY(TIMEOUT_MS) "ms'");
	must(conn, "SET synthgen.timing = off");
	must(conn, "SET client_min_messages = warning");
	must(conn, "SET search_path = public");
	must(conn, "SELECT synthgen.version()");
}

static PGconn *
open_session(bool as_user)
{
	PGconn	   *conn;

	if (as_user && !user_by_set_role)
	{
		conn = connect_env(USER_ROLE, USER_PASSWORD);
		if (conn == NULL)
		{
			user_by_set_role = true;
			fprintf(stderr, "fuzz_sql: cannot log in as " USER_ROLE ", using SET ROLE\n");
		}
		else
		{
			session_setup(conn, true);
			return conn;
		}
	}
	conn = connect_env(NULL, NULL);
	if (conn == NULL)
		die("cannot connect: check the PG* environment");
	session_setup(conn, as_user);
	return conn;
}

static char *
lit(const char *s)
{
	char	   *q = PQescapeLiteral(admin, s, strlen(s));
	char	   *r;

	if (q == NULL)
		die("PQescapeLiteral: %s", PQerrorMessage(admin));
	r = strdup(q);
	PQfreemem(q);
	return r;
}

static void
add_lit(Buf *b, const char *s)
{
	char	   *q = lit(s);

	buf_add(b, q);
	free(q);
}

static const char *const setup_sql[] = {
	"SET client_min_messages = warning",
	"CREATE EXTENSION IF NOT EXISTS synthgen CASCADE",
	"DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" USER_ROLE "') THEN "
	"CREATE ROLE " USER_ROLE " LOGIN PASSWORD '" USER_PASSWORD "'; END IF; END$$",
	"DROP SCHEMA IF EXISTS fuzz_load, fuzz_pub, fuzz_g0, fuzz_g1, fuzz_g2, fuzz_g3 CASCADE",
	"CREATE SCHEMA fuzz_load",
	"CREATE TABLE fuzz_load.customers (LIKE synthgen.customer_row)",
	"CREATE TABLE fuzz_load.suppliers (LIKE synthgen.supplier_row)",
	"CREATE TABLE fuzz_load.products (LIKE synthgen.product_row)",
	"CREATE TABLE fuzz_load.campaigns (LIKE synthgen.campaign_row)",
	"CREATE TABLE fuzz_load.orders (LIKE synthgen.order_row)",
	"CREATE TABLE fuzz_load.order_items (LIKE synthgen.order_item_row)",
	"CREATE TABLE fuzz_load.support_tickets (LIKE synthgen.support_ticket_row)",
	"CREATE TABLE fuzz_load.cart_abandonment (LIKE synthgen.cart_abandonment_row)",
	"CREATE TABLE fuzz_load.returns (LIKE synthgen.return_row)",
	"CREATE TABLE fuzz_load.system_metrics (LIKE synthgen.system_metric_row)",
	"CREATE TABLE fuzz_load.wrong (a int)",
	"CREATE TABLE fuzz_load.orders_pk (LIKE synthgen.order_row, PRIMARY KEY (order_id))",
	"CREATE TABLE fuzz_load.orders_part (LIKE synthgen.order_row) PARTITION BY RANGE (order_id)",
	"CREATE TABLE fuzz_load.orders_part_all PARTITION OF fuzz_load.orders_part FOR VALUES FROM (MINVALUE) TO (MAXVALUE)",
	"CREATE VIEW fuzz_load.orders_view AS SELECT * FROM fuzz_load.orders",
	"CREATE UNLOGGED TABLE fuzz_load.orders_unlogged (LIKE synthgen.order_row)",
	"CREATE TABLE fuzz_load.orders_extra (LIKE synthgen.order_row, extra int DEFAULT 7)",
	"CREATE TABLE fuzz_load.orders_dropped (gone int, LIKE synthgen.order_row)",
	"ALTER TABLE fuzz_load.orders_dropped DROP COLUMN gone",
	"CREATE TABLE fuzz_load.orders_notnull (LIKE synthgen.order_row)",
	"ALTER TABLE fuzz_load.orders_notnull ALTER campaign_id SET NOT NULL",
	"CREATE TABLE fuzz_load.orders_check (LIKE synthgen.order_row, CHECK (total < 0))",
	"CREATE TABLE fuzz_load.orders_trig (LIKE synthgen.order_row)",
	"CREATE FUNCTION fuzz_load.refuse() RETURNS trigger LANGUAGE plpgsql AS "
	"$$BEGIN RAISE EXCEPTION 'trigger fired' USING ERRCODE = 'check_violation'; END$$",
	"CREATE TRIGGER refuse BEFORE INSERT ON fuzz_load.orders_trig FOR EACH ROW EXECUTE FUNCTION fuzz_load.refuse()",
	"CREATE TABLE fuzz_load.orders_rls (LIKE synthgen.order_row)",
	"ALTER TABLE fuzz_load.orders_rls ENABLE ROW LEVEL SECURITY",
	"CREATE SCHEMA fuzz_pub",
	"GRANT USAGE, CREATE ON SCHEMA fuzz_pub TO " USER_ROLE,
	"GRANT USAGE ON SCHEMA fuzz_load TO " USER_ROLE,
	"GRANT SELECT, INSERT ON fuzz_load.orders, fuzz_load.suppliers, fuzz_load.orders_rls TO " USER_ROLE,
	"CREATE TABLE fuzz_pub.customers_u (LIKE synthgen.customer_row)",
	"ALTER TABLE fuzz_pub.customers_u OWNER TO " USER_ROLE,
	/* small, edgy and huge scenarios of our own */
	"DELETE FROM synthgen.scenarios WHERE name LIKE 'fuzz\\_%'",
	"INSERT INTO synthgen.scenarios (name, description, orders_per_day, customers, products, suppliers, "
	"campaigns_per_month, signups_from, signups_until, utc_offset_hours, diurnal, weekly, "
	"flash_sale_every_days, flash_sale_start_hour, flash_sale_hours, flash_sale_multiplier, "
	"flash_sale_discount_pct, flash_sale_category, holiday_multiplier, holiday_discount_pct, "
	"outage_every_days, outage_minutes_min, outage_minutes_max, outage_order_multiplier, "
	"disruption_every_days, disruption_days_min, disruption_days_max, "
	"cancel_rate_pct, return_rate_pct, ticket_rate_pct, abandon_rate_pct) VALUES "
	"('fuzz_tiny', 'tiny', 1, 1, 1, 1, 0, '1971-01-01 00:00+00', '1971-01-01 00:00:01+00', -12, "
	" '{1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}', '{0,0,0,0,0,0,1}', "
	" 0, 0, 1, 0.01, 0, NULL, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0), "
	"('fuzz_edge', 'edge', 200, 50, 20, 3, 1000, '2020-01-01 00:00+00', '2070-01-01 00:00+00', 14, "
	" '{1000,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1000}', '{1000,1,1,1,1,1,1000}', "
	" 1, 23, 24, 100, 90, 'Electronics', 100, 90, 0, 1, 1, 0, 0, 1, 1, 100, 100, 100, 95), "
	"('fuzz_outage', 'outage', 500, 100, 30, 2, 5, '2024-01-01 00:00+00', '2025-06-01 00:00+00', 0, "
	" '{1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1}', '{1,1,1,1,1,1,1}', "
	" 0, 0, 1, 1, 0, NULL, 1, 0, 1, 1, 1440, 0, 0, 1, 1, 100, 100, 100, 95), "
	"('fuzz_huge', 'huge', 10000000, 1000000000, 10000000, 1000000, 1000, '1971-01-01 00:00+00', '2021-01-01 00:00+00', 0, "
	" '{1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000}', "
	" '{1000,1000,1000,1000,1000,1000,1000}', "
	" 7, 12, 72, 100, 90, NULL, 100, 90, 1, 1440, 1440, 0.5, 1, 1, 365, 0, 100, 100, 95)",
};

/* ----------------------------------------------------------------
 * Argument values
 * ----------------------------------------------------------------
 */
static const char *const valid_scenarios[] = {
	"baseline", "flash_sale", "holiday_peak", "system_outage", "supply_disruption",
	"fuzz_tiny", "fuzz_edge", "fuzz_outage"
};

/*
 * Random valid scenario rows, made at setup from the seed: curves with a
 * few hot hours or days (all demand in one hour of one weekday among them),
 * counts from 1 to the limits, any event at any offset, rates at their
 * extremes.  Every row passes the catalog's CHECK constraints; a call on
 * one must still succeed or raise a clean error (54000 for a peak past the
 * hourly limit).
 */
#define N_RANDOM_SCENARIOS 8
static char random_scenarios[N_RANDOM_SCENARIOS][32];

static void
add_curve(Buf *b, int n)
{
	int			i,
				hot = rnd(n);

	buf_add(b, "'{");
	for (i = 0; i < n; i++)
	{
		int			v;

		if (i == hot)
			v = 1 + rnd(1000);	/* at least one non-zero */
		else if (chance(50))
			v = 0;
		else
			v = chance(20) ? 1000 : rnd(1001);
		buf_printf(b, "%s%d", i ? "," : "", v);
	}
	buf_add(b, "}'");
}

static void
make_random_scenarios(PGconn *conn)
{
	static const char *const opd[] = {"1", "7", "500", "12500", "290000", "7000000", "10000000"};
	static const char *const counts[] = {"1", "3", "100", "15000", "1000000", "1000000000"};
	static const char *const pct[] = {"0", "0.01", "2", "50", "100"};
	int			k;

	for (k = 0; k < N_RANDOM_SCENARIOS; k++)
	{
		Buf			b = {0};
		int			from_year = 1971 + rnd(200);
		int			flash_every = chance(50) ? 0 : 1 + rnd(366);
		int			outage_every = chance(50) ? 0 : 1 + rnd(60);
		int			outage_min = 1 + rnd(1440);

		snprintf(random_scenarios[k], sizeof(random_scenarios[k]), "fuzz_rand_%d", k);
		buf_printf(&b, "INSERT INTO synthgen.scenarios (name, description, seed, orders_per_day, customers, "
				   "products, suppliers, campaigns_per_month, signups_from, signups_until, utc_offset_hours, "
				   "diurnal, weekly, flash_sale_every_days, flash_sale_start_hour, flash_sale_hours, "
				   "flash_sale_multiplier, flash_sale_discount_pct, holiday_multiplier, holiday_discount_pct, "
				   "outage_every_days, outage_minutes_min, outage_minutes_max, outage_order_multiplier, "
				   "disruption_every_days, disruption_days_min, disruption_days_max, "
				   "cancel_rate_pct, return_rate_pct, ticket_rate_pct, "
				   "abandon_rate_pct) VALUES ('%s', 'random', %lld, %s, %s, %s, %s, %d, "
				   "'%d-01-01 00:00+00', '%d-06-01 00:00+00', %d, ",
				   random_scenarios[k], (long long) rnd64(), PICK(opd), PICK(counts),
				   chance(50) ? "50" : "10000000", chance(50) ? "5" : "1000000", rnd(1001), from_year,
				   from_year + rnd(2199 - from_year < 50 ? 2199 - from_year : 50), rnd(27) - 12);
		add_curve(&b, 24);
		buf_add(&b, ", ");
		add_curve(&b, 7);
		buf_printf(&b, ", %d, %d, %d, %s, %s, %s, %s, %d, %d, %d, %s, %d, %d, 365, %s, %s, %s, %s)",
				   flash_every, rnd(24), 1 + rnd(flash_every ? (flash_every * 24 < 72 ? flash_every * 24 : 72) : 72),
				   chance(50) ? "100" : (chance(50) ? "0.01" : "3.5"), chance(50) ? "90" : "0",
				   chance(50) ? "1" : (chance(50) ? "100" : "3"), chance(50) ? "0" : "90",
				   outage_every, outage_min,
				   outage_min + rnd((outage_every ? (outage_every * 1440 < 1440 ? outage_every * 1440 : 1440) : 1440) - outage_min + 1),
				   chance(50) ? "0" : "1", chance(50) ? 0 : 1 + rnd(3660), 1 + rnd(365),
				   PICK(pct), PICK(pct), PICK(pct), chance(50) ? "95" : "70");
		must(conn, b.data);
		free(b.data);
	}
}

static void
arg_scenario(Buf *b)
{
	static const char *const odd[] = {
		"", "Baseline", "baseline ", " baseline", "o'brien", "back\\slash\\", "quote\"d",
		"ünïcødé ☃ 名前", "baseline\n", "%s%n%d", "fuzz_%", "$1", "NULL"
	};
	Buf			t = {0};
	int			i;

	if (chance(4))
		buf_add(b, "NULL");
	else if (chance(1))
		buf_add(b, "'fuzz_huge'");
	else if (chance(2))
		buf_add(b, "repeat('x', 10000)");
	else if (chance(8))
		add_lit(b, PICK(odd));
	else if (chance(2))
	{
		/* random bytes that are valid UTF-8 (ASCII and a few multi-byte) */
		for (i = rnd(40); i > 0; i--)
		{
			static const char *const pieces[] = {"a", "'", "\\", "\"", "é", "☃", " ", "_", "0", "\t"};

			buf_add(&t, PICK(pieces));
		}
		add_lit(b, t.data ? t.data : "");
		free(t.data);
	}
	else if (chance(25))
		buf_printf(b, "'%s'", PICK(random_scenarios));
	else
		buf_printf(b, "'%s'", PICK(valid_scenarios));
}

static void
arg_start(Buf *b)
{
	static const char *const edge[] = {
		"NULL", "'infinity'", "'-infinity'", "'4713-01-01 00:00+00 BC'", "'294276-12-31 00:00+00'",
		"'1970-01-01'", "'2025-12-01'", "'1900-01-01 00:00+00'", "'2199-12-31 00:00+00'",
		"'294276-12-31 23:59:59.999999+00'", "'epoch'", "'2000-02-29 12:34:56.789+05:30'",
		"'294277-01-01'", "'not a time'", "'4714-11-24 00:00+00 BC'", "'2025-12-01'::date",
		"'2025-12-01 00:00'::timestamp", "now()"
	};

	if (chance(15))
		buf_add(b, PICK(edge));
	else
		buf_printf(b, "'%04d-%02d-%02d %02d:%02d+00'", 1990 + rnd(80), 1 + rnd(12),
				   1 + rnd(28), rnd(24), chance(80) ? 0 : rnd(60));
}

static const char *const int_edge[] = {
	"NULL", "0", "-1", "1", "2147483647", "-2147483648", "'2147483648'", "'-2147483649'",
	"'abc'", "''"
};
static const char *const big_edge[] = {
	"NULL", "0", "-1", "1", "9223372036854775807", "-9223372036854775808",
	"'9223372036854775808'", "2147483647", "-2147483648", "1000000000", "1000000001"
};

static void
arg_hours(Buf *b)
{
	static const char *const edge[] = {"8760", "87600", "87840", "87841", "24", "'1.5'", "'1e3'"};

	if (chance(8))
		buf_add(b, PICK(int_edge));
	else if (chance(2))
		buf_add(b, PICK(edge));
	else
		buf_printf(b, "%d", chance(60) ? 1 + rnd(24) : 1 + rnd(48));
}

static void
arg_seed(Buf *b)
{
	if (chance(10))
		buf_add(b, PICK(big_edge));
	else if (chance(50))
		buf_printf(b, "%d", rnd(100));
	else
		buf_printf(b, "%lld", (long long) rnd64());
}

/* a count: NULL (the scenario's) or small, sometimes at or over the limit */
static void
arg_count(Buf *b, bool bigint, int small)
{
	static const char *const limits[] = {
		"10000000", "10000001", "1000000", "1000001", "65536", "100000"
	};

	if (chance(45))
		buf_add(b, "NULL");
	else if (chance(10))
		buf_add(b, bigint ? PICK(big_edge) : PICK(int_edge));
	else if (chance(3))
		buf_add(b, PICK(limits));
	else
		buf_printf(b, "%d", 1 + rnd(small));
}

static void
arg_part(Buf *b, int *parts_out)
{
	static const char *const edge[] = {
		"NULL", "-1", "2147483647", "-2147483648", "65535", "65536", "1"
	};

	if (chance(8))
		buf_add(b, PICK(edge));
	else
		buf_printf(b, "%d", *parts_out > 1 ? rnd(*parts_out + (chance(10) ? 1 : 0)) : 0);
}

static void
arg_parts(Buf *b, int *parts_out)
{
	static const char *const edge[] = {
		"NULL", "0", "-1", "2147483647", "65536", "65537", "'65536'"
	};

	if (chance(8))
	{
		buf_add(b, PICK(edge));
		*parts_out = 1;
	}
	else
	{
		*parts_out = chance(60) ? 1 : 1 + rnd(8);
		buf_printf(b, "%d", *parts_out);
	}
}

/* ----------------------------------------------------------------
 * Function signatures and calls
 * ----------------------------------------------------------------
 */
typedef enum ArgKind
{
	A_SCENARIO, A_START, A_HOURS, A_SEED,
	A_OPD, A_CUSTOMERS, A_PRODUCTS, A_SUPPLIERS, A_PART, A_PARTS,
	A_TABLES, A_SCHEMA, A_JOBS, A_IF_EXISTS, A_KEYS, A_UNLOGGED, A_AS_OF
} ArgKind;

#define MAX_PARAMS 16

typedef struct Param
{
	const char *name;
	ArgKind		kind;
} Param;

typedef struct Func
{
	const char *name;
	int			nrequired;
	int			nparams;
	Param		params[MAX_PARAMS];
} Func;

#define P_EVENT { \
	{"scenario", A_SCENARIO}, {"start", A_START}, {"hours", A_HOURS}, {"seed", A_SEED}, \
	{"orders_per_day", A_OPD}, {"customers", A_CUSTOMERS}, {"products", A_PRODUCTS}, \
	{"suppliers", A_SUPPLIERS}, {"part", A_PART}, {"parts", A_PARTS}, {"as_of", A_AS_OF}}

static const Func srfs[] = {
	{"synth_customers", 1, 5, {{"scenario", A_SCENARIO}, {"seed", A_SEED},
	{"customers", A_CUSTOMERS}, {"part", A_PART}, {"parts", A_PARTS}}},
	{"synth_suppliers", 1, 5, {{"scenario", A_SCENARIO}, {"seed", A_SEED},
	{"suppliers", A_SUPPLIERS}, {"part", A_PART}, {"parts", A_PARTS}}},
	{"synth_products", 1, 6, {{"scenario", A_SCENARIO}, {"seed", A_SEED},
	{"products", A_PRODUCTS}, {"suppliers", A_SUPPLIERS}, {"part", A_PART}, {"parts", A_PARTS}}},
	{"synth_campaigns", 3, 6, {{"scenario", A_SCENARIO}, {"start", A_START}, {"hours", A_HOURS},
	{"seed", A_SEED}, {"part", A_PART}, {"parts", A_PARTS}}},
	{"synth_orders", 3, 11, P_EVENT},
	{"synth_order_items", 3, 11, P_EVENT},
	{"synth_support_tickets", 3, 11, P_EVENT},
	{"synth_cart_abandonment", 3, 11, P_EVENT},
	{"synth_returns", 3, 11, P_EVENT},
	{"synth_system_metrics", 3, 11, P_EVENT},
	{"synthgen.events", 3, 5, {{"scenario", A_SCENARIO}, {"start", A_START}, {"hours", A_HOURS},
	{"seed", A_SEED}, {"suppliers", A_SUPPLIERS}}},
};

static const Func generate_func =
{"synthgen.generate", 3, 15, {{"scenario", A_SCENARIO}, {"start", A_START}, {"hours", A_HOURS},
{"tables", A_TABLES}, {"target_schema", A_SCHEMA}, {"seed", A_SEED},
{"orders_per_day", A_OPD}, {"customers", A_CUSTOMERS}, {"products", A_PRODUCTS},
{"suppliers", A_SUPPLIERS}, {"jobs", A_JOBS}, {"if_exists", A_IF_EXISTS},
{"keys", A_KEYS}, {"unlogged", A_UNLOGGED}, {"as_of", A_AS_OF}}};

static const char *const table_names[] = {
	"customers", "suppliers", "products", "campaigns", "orders", "order_items",
	"support_tickets", "cart_abandonment", "returns", "system_metrics"
};

static void
arg_tables(Buf *b)
{
	static const char *const odd[] = {
		"NULL", "'{}'", "'{NULL}'", "'{customers,NULL}'", "'{bogus}'", "'{orders,orders}'",
		"ARRAY['ORDERS']", "'{{customers},{orders}}'", "ARRAY[repeat('x', 10000)]",
		"'{\"order items\"}'", "'[2:3]={suppliers,products}'", "ARRAY[]::text[]", "'not an array'"
	};
	int			i,
				n;

	if (chance(15))
	{
		buf_add(b, PICK(odd));
		return;
	}
	n = 1 + rnd(3);
	buf_add(b, "'{");
	for (i = 0; i < n; i++)
		buf_printf(b, "%s%s", i ? "," : "", chance(80) ? table_names[rnd(4)] : PICK(table_names));
	buf_add(b, "}'");
}

static void
arg_schema(Buf *b, bool as_user)
{
	static const char *const odd[] = {
		"'pg_catalog'", "'pg_temp'", "''", "NULL", "'fuzz \"q\" é'", "'public'",
		"repeat('s', 70)", "'information_schema'", "'fuzz_load'", "'pg_toast'"
	};

	if (chance(8))
		buf_add(b, PICK(odd));
	else if (as_user && chance(70))
		buf_add(b, "'fuzz_pub'");
	else
		buf_printf(b, "'fuzz_g%d'", rnd(4));
}

static int	drawn_jobs;			/* the last jobs value drawn, 0 if odd */

static void
arg_jobs(Buf *b)
{
	static const char *const odd[] = {
		"0", "-1", "NULL", "2147483647", "9", "8", "7", "64", "'2'"
	};

	if (chance(10))
	{
		const char *j = PICK(odd);

		buf_add(b, j);
		drawn_jobs = atoi(j);
	}
	else
	{
		drawn_jobs = chance(70) ? 1 : 2 + rnd(3);
		buf_printf(b, "%d", drawn_jobs);
	}
}

static void
arg_if_exists(Buf *b)
{
	static const char *const odd[] = {
		"NULL", "''", "'REPLACE'", "'drop'", "' append'", "repeat('x', 10000)"
	};
	static const char *const good[] = {"'error'", "'append'", "'replace'"};

	if (chance(10))
		buf_add(b, PICK(odd));
	else
		buf_add(b, PICK(good));
}

static void
arg_keys(Buf *b)
{
	static const char *const odd[] = {
		"NULL", "''", "'ALL'", "'foreign'", "' none'", "repeat('x', 10000)"
	};
	static const char *const good[] = {"'all'", "'primary'", "'none'"};

	if (chance(10))
		buf_add(b, PICK(odd));
	else
		buf_add(b, PICK(good));
}

static void
arg_unlogged(Buf *b)
{
	static const char *const any[] = {"true", "false", "NULL", "'yes'", "'maybe'"};

	buf_add(b, PICK(any));
}

static void
arg_value(Buf *b, ArgKind kind, bool as_user, int *parts)
{
	switch (kind)
	{
		case A_SCENARIO:
			arg_scenario(b);
			break;
		case A_START:
			arg_start(b);
			break;
		case A_HOURS:
			arg_hours(b);
			break;
		case A_SEED:
			arg_seed(b);
			break;
		case A_OPD:
			arg_count(b, false, 3000);
			break;
		case A_CUSTOMERS:
			arg_count(b, true, 2000);
			break;
		case A_PRODUCTS:
			arg_count(b, false, 500);
			break;
		case A_SUPPLIERS:
			arg_count(b, false, 50);
			break;
		case A_PART:
			arg_part(b, parts);
			break;
		case A_PARTS:
			arg_parts(b, parts);
			break;
		case A_TABLES:
			arg_tables(b);
			break;
		case A_SCHEMA:
			arg_schema(b, as_user);
			break;
		case A_JOBS:
			arg_jobs(b);
			break;
		case A_IF_EXISTS:
			arg_if_exists(b);
			break;
		case A_AS_OF:
			/* mostly after any window the dice make, sometimes before it */
			if (chance(30))
				arg_start(b);
			else
				buf_printf(b, "'%04d-%02d-%02d %02d:%02d+00'", 2060 + rnd(140), 1 + rnd(12),
						   1 + rnd(28), rnd(24), rnd(60));
			break;
		case A_KEYS:
			arg_keys(b);
			break;
		case A_UNLOGGED:
			arg_unlogged(b);
			break;
	}
}

/*
 * The argument list of a call: the required arguments, then a random
 * subset of the optional ones; positional while there is no gap (and the
 * dice say so), named after that, in random order.  parts is decided
 * before part so that part can be drawn inside its range.
 */
static void
add_args(Buf *b, const Func *f, bool as_user)
{
	bool		use[MAX_PARAMS];
	int			order[MAX_PARAMS];
	int			i,
				n = 0,
				npos,
				parts = 1;
	bool		first = true;
	Buf			vals[MAX_PARAMS] = {{0}};

	for (i = 0; i < f->nparams; i++)
		use[i] = i < f->nrequired || chance(45);
	/* the values, parts before part */
	for (i = f->nparams - 1; i >= 0; i--)
		if (use[i])
			arg_value(&vals[i], f->params[i].kind, as_user, &parts);
	/* positional prefix: up to the first gap, cut short at random */
	for (npos = 0; npos < f->nparams && use[npos]; npos++)
		;
	if (chance(40))
		npos = rnd(npos + 1);
	for (i = 0; i < f->nparams; i++)
		if (use[i] && i >= npos)
			order[n++] = i;
	for (i = n - 1; i > 0; i--)
	{
		int			j = rnd(i + 1),
					t = order[i];

		order[i] = order[j];
		order[j] = t;
	}
	buf_add(b, "(");
	for (i = 0; i < npos; i++)
	{
		buf_printf(b, "%s%s", first ? "" : ", ", vals[i].data);
		first = false;
	}
	for (i = 0; i < n; i++)
	{
		buf_printf(b, "%s%s => %s", first ? "" : ", ", f->params[order[i]].name,
				   vals[order[i]].data);
		first = false;
	}
	buf_add(b, ")");
	for (i = 0; i < f->nparams; i++)
		free(vals[i].data);
}

/* a synth_* call as a FROM item, e.g. synth_orders('baseline', ...) */
static void
srf_call(Buf *b, bool as_user)
{
	const Func *f = &PICK(srfs);

	buf_add(b, f->name);
	add_args(b, f, as_user);
}

/* a small, valid synth_* call */
static void
small_srf(Buf *b)
{
	static const char *const calls[] = {
		"synth_suppliers('baseline', suppliers => 7)",
		"synth_customers('fuzz_edge')",
		"synth_products('flash_sale', products => 50)",
		"synth_campaigns('flash_sale', '2025-12-01 00:00+00', 72)",
		"synth_orders('flash_sale', '2025-12-01 00:00+00', 3, orders_per_day => 500)",
		"synth_order_items('holiday_peak', '2025-12-01', 2, orders_per_day => 300)",
		"synth_support_tickets('system_outage', '2025-12-01', 48, orders_per_day => 200)",
		"synth_cart_abandonment('baseline', '2025-12-01', 2)",
		"synth_returns('supply_disruption', '2025-11-01', 48, orders_per_day => 200)",
		"synth_system_metrics('system_outage', '2025-12-01', 4)",
	};

	buf_add(b, PICK(calls));
}

/* a query for COPY or export_parquet */
static void
export_query(Buf *b, bool as_user)
{
	static const char *const odd[] = {
		"SELECT * FROM synthgen.scenarios",
		"SELECT 1 AS a",
		"SELECT 'infinity'::timestamptz AS t",
		"SELECT '-infinity'::date AS d",
		"SELECT NULL AS n",
		"SELECT",
		"SELECT 1e300::numeric AS x",
		"SELECT 'NaN'::numeric AS x",
		"SELECT 123456789012345678901234567890123456789.5::numeric AS x",
		"SELECT 1.5::numeric(3,1) AS a, -0.0001::numeric(10,4) AS b, 0::numeric AS c",
		"SELECT 'x'::bytea AS b, '{}'::jsonb AS j, interval '1 day' AS i, now()::date AS d",
		"SELECT gen_random_uuid() AS u, 1.5::float4 AS f, true AS t, 'a'::\"char\" AS c, point(1,2) AS p",
		"SELECT '00:01'::time AS t, '00:01+02'::timetz AS tz, now()::timestamp AS ts, 7::int2 AS s, 1e-300::float8 AS d",
		"SELEC 1",
		"SELECT 1/0",
		"SELECT * FROM fuzz_load.wrong",
		"VALUES (1, 'a'), (2, NULL)",
		"SELECT 1; SELECT 2",
		"INSERT INTO fuzz_load.wrong VALUES (1) RETURNING *",
		"SELECT g FROM generate_series(1, 100000) g",
		"SELECT repeat('x', 1000000) AS big",
		"SELECT 'é☃''\"\\' AS \"wéird \"\"col\"\"\", 1 AS \"\"",
		"SELECT 1 AS a, 2 AS a",
		"SELECT ARRAY[1,2] AS arr",
		"SELECT ROW(1, 'a') AS r",
		"SELECT x FROM generate_series(1, 5) x WHERE false",
		"VACUUM",
		"",
		"SELECT pg_sleep(5)",
	};

	if (chance(25))
		buf_add(b, PICK(odd));
	else if (chance(50))
	{
		buf_add(b, "SELECT * FROM ");
		small_srf(b);
	}
	else
	{
		buf_add(b, "SELECT * FROM ");
		srf_call(b, as_user);
	}
}

/* a file path for the server: mostly good, sometimes impossible */
static void
file_path(Buf *b, int *flags)
{
	static int	seq;

	switch (chance(85) ? 0 : 1 + rnd(9))
	{
		case 0:
			buf_printf(b, "%s/f%d.parquet", tmpdir, seq++);
			break;
		case 1:
			buf_printf(b, "%s/no/such/dir/f.parquet", tmpdir);
			*flags |= ALLOW_FILE;
			break;
		case 2:
			buf_printf(b, "%s/subdir", tmpdir);	/* a directory */
			*flags |= ALLOW_FILE;
			break;
		case 3:
			buf_add(b, "relative.parquet");
			break;
		case 4:
			buf_add(b, "");
			break;
		case 5:
			/* 240 fits NAME_MAX (255) even as a temporary name; 250 and 300 not */
			buf_printf(b, "%s/", tmpdir);
			for (int i = 0, n = PICK(((int[]) {240, 250, 300})); i < n; i++)
				buf_add(b, "x");
			*flags |= ALLOW_FILE;
			break;
		case 6:
			buf_printf(b, "%s/ü'\"\\ q%d.parquet", tmpdir, seq++);
			break;
		case 7:
			buf_printf(b, "%s/existing.parquet", tmpdir);
			break;
		case 8:
			buf_printf(b, "%s/readonly/f.parquet", tmpdir);	/* a 0555 directory */
			*flags |= ALLOW_FILE;
			break;
		default:
			buf_printf(b, "%s/../%s/f%d.parquet", tmpdir, strrchr(tmpdir, '/') + 1, seq++);
			break;
	}
}

static void
call_srf(Buf *b, bool as_user)
{
	int			w = rnd(100);

	if (w < 80)
		buf_add(b, "SELECT count(*) FROM ");
	else if (w < 92)
		buf_add(b, "SELECT * FROM ");
	else
		buf_add(b, "SELECT ");
	srf_call(b, as_user);
	if (w >= 80)
		buf_add(b, " LIMIT 5");
}

static void
call_generate(Buf *b, bool as_user, int *flags)
{
	drawn_jobs = 1;
	buf_add(b, "SELECT count(*) FROM synthgen.generate");
	add_args(b, &generate_func, as_user);
	/* jobs near max_worker_processes may find too few free slots */
	if (drawn_jobs >= max_workers - 2)
		*flags |= ALLOW_WORKERS;
}

static void
call_load(Buf *b, int *flags)
{
	static const char *const odd_targets[] = {
		"fuzz_load.wrong", "fuzz_load.orders_pk", "fuzz_load.orders_part", "fuzz_load.orders_view",
		"fuzz_load.orders_unlogged", "fuzz_load.orders_extra", "fuzz_load.orders_dropped",
		"fuzz_load.orders_notnull", "fuzz_load.orders_check", "fuzz_load.orders_trig",
		"fuzz_load.orders_rls", "fuzz_load.orders_part_all", "synthgen.scenarios", "synthgen.run_log",
		"fuzz_load.nonexistent", "no_schema.t", "0", "NULL", "pg_catalog.pg_am", "fuzz_pub.customers_u",
		"synthgen.order_row", "synthgen.run_log_run_id_seq"
	};
	const char *table = PICK(table_names);
	int			parts = 1;
	Buf			tmp = {0};

	buf_add(b, "SELECT synthgen.load(");
	if (chance(25))
	{
		const char *t = PICK(odd_targets);

		if (strcmp(t, "NULL") == 0 || strcmp(t, "0") == 0)
			buf_printf(b, "%s", t);
		else
			buf_printf(b, "'%s'", t);
		if (strncmp(t, "fuzz_load.orders_", 17) == 0 && chance(80))
			table = "orders";
		*flags |= CHECK_LOADED;
	}
	else
		buf_printf(b, "'fuzz_load.%s'", table);
	if (chance(8))
		buf_add(b, chance(50) ? ", NULL" : ", 'bogus'");
	else
		buf_printf(b, ", '%s'", chance(85) ? table : PICK(table_names));
	buf_add(b, ", ");
	arg_scenario(b);
	buf_add(b, ", ");
	arg_start(b);
	buf_add(b, ", ");
	arg_hours(b);
	buf_add(b, ", ");
	arg_seed(b);
	buf_add(b, ", ");
	arg_count(b, false, 3000);
	buf_add(b, ", ");
	arg_count(b, true, 2000);
	buf_add(b, ", ");
	arg_count(b, false, 500);
	buf_add(b, ", ");
	arg_count(b, false, 50);
	if (chance(40))
	{
		arg_parts(&tmp, &parts);
		buf_add(b, ", ");
		arg_part(b, &parts);
		buf_printf(b, ", %s", tmp.data);
	}
	buf_add(b, ")");
	free(tmp.data);
}

static void
call_run_parallel(Buf *b, int *flags)
{
	static const char *const stmts[] = {
		"SELECT 1", "SELECT pg_sleep(0.05)", "SELECT current_user",
		"SELECT count(*) FROM synth_orders('baseline', '2025-12-01', 2)",
		"SELECT count(*) FROM synth_customers('nope')",
		"SELEC 1", "SELECT 1/0", "INSERT INTO fuzz_load.wrong VALUES (1)",
		"SELECT synthgen.load('fuzz_load.suppliers', 'suppliers', 'baseline', '2025-12-01', 1, 1, NULL, NULL, NULL, 5)",
		"", "SELECT 1; SELECT 2", "BEGIN", "COMMIT", "ROLLBACK", "VACUUM fuzz_load.wrong",
		"SET statement_timeout = 1", "SELECT pg_sleep(5)", "NOTIFY fuzz",
		"SELECT count(*) FROM generate_series(1, 100000)", "DO $$BEGIN RAISE NOTICE 'x'; END$$",
		"SELECT repeat('e', 5000)::int", "LISTEN fuzz", "SELECT * FROM fuzz_load.wrong FOR UPDATE",
		"CREATE TEMP TABLE t (a int)", "SELECT pg_backend_pid()"
	};
	static const char *const odd[] = {
		"NULL", "'{}'::text[]", "ARRAY[NULL]::text[]", "'{{\"SELECT 1\"},{\"SELECT 2\"}}'::text[]",
		"'[5:5]={\"SELECT 1\"}'::text[]"
	};
	static const char *const odd_groups[] = {
		"NULL", "'{}'::int[]", "ARRAY[NULL]::int[]", "'{{0},{1}}'::int[]", "'[5:5]={0}'::int[]",
		"'{0,1}'::int[]", "'{-1}'::int[]", "'{2147483647}'::int[]"
	};
	int			n = 1 + rnd(chance(10) ? 12 : 4),
				i,
				maxg = 0;
	int			groups[12];

	buf_add(b, "SELECT count(*) FROM synthgen.run_parallel(");
	if (chance(8))
		buf_add(b, PICK(odd));
	else
	{
		buf_add(b, "ARRAY[");
		for (i = 0; i < n; i++)
		{
			if (i)
				buf_add(b, ", ");
			if (chance(3))
				buf_add(b, "NULL");
			else if (chance(2))
				buf_add(b, "repeat('x', 10000)");
			else
				add_lit(b, chance(60) ? stmts[rnd(4)] : PICK(stmts));
		}
		buf_add(b, "]::text[]");
	}
	buf_add(b, ", ");
	if (chance(8))
	{
		buf_add(b, PICK(odd_groups));
		*flags |= ALLOW_WORKERS;
	}
	else
	{
		int			m = chance(10) ? n + rnd(3) - 1 : n;

		buf_add(b, "ARRAY[");
		for (i = 0; i < m; i++)
		{
			groups[i % 12] = chance(3) ? -1 : chance(3) ? max_workers : rnd(chance(80) ? 3 : 12);
			if (groups[i % 12] > maxg)
				maxg = groups[i % 12];
			buf_printf(b, "%s%d", i ? ", " : "", groups[i % 12]);
		}
		buf_add(b, "]::int[]");
		/* more groups than free worker slots may truthfully fail */
		if (maxg >= max_workers - 2)
			*flags |= ALLOW_WORKERS;
	}
	buf_add(b, ")");
}

static void
call_export(Buf *b, bool as_user, int *flags)
{
	static const char *const codecs[] = {
		"'zstd'", "'snappy'", "'gzip'", "'none'", "'ZSTD'", "'lz4'", "''", "NULL", "'brotli'",
		"repeat('z', 10000)"
	};
	static const char *const rgs[] = {
		"0", "-1", "1", "3", "1000000", "2147483647", "100000000", "100000001", "NULL", "'x'"
	};
	Buf			q = {0};
	Buf			p = {0};

	export_query(&q, as_user);
	file_path(&p, flags);
	buf_add(b, "SELECT synthgen.export_parquet(");
	if (chance(3))
		buf_add(b, "NULL");
	else
		add_lit(b, q.data);
	buf_add(b, ", ");
	if (chance(3))
		buf_add(b, "NULL");
	else
		add_lit(b, p.data);
	if (chance(60))
	{
		buf_printf(b, ", %s", chance(70) ? codecs[rnd(4)] : PICK(codecs));
		if (chance(60))
			buf_printf(b, ", %s", chance(60) ? "5000" : PICK(rgs));
	}
	else if (chance(30))
		buf_printf(b, ", row_group_size => %s", chance(50) ? "7" : PICK(rgs));
	buf_add(b, ")");
	free(q.data);
	free(p.data);
}

static void
call_copy(Buf *b, bool as_user, int *flags)
{
	static const char *const opts[] = {
		"COMPRESSION zstd", "COMPRESSION snappy", "COMPRESSION 'gzip'", "COMPRESSION none",
		"COMPRESSION lz4", "COMPRESSION ''", "COMPRESSION 1", "COMPRESSION",
		"ROW_GROUP_SIZE 1", "ROW_GROUP_SIZE 3", "ROW_GROUP_SIZE 1000000", "ROW_GROUP_SIZE 0",
		"ROW_GROUP_SIZE -1", "ROW_GROUP_SIZE 2147483648", "ROW_GROUP_SIZE 'abc'",
		"ROW_GROUP_SIZE 1.5", "ROW_GROUP_SIZE", "ROW_GROUP_SIZE 100000001",
		"COMPRESSION_LEVEL 1", "COMPRESSION_LEVEL 22", "COMPRESSION_LEVEL 23",
		"COMPRESSION_LEVEL -5", "COMPRESSION_LEVEL 0", "COMPRESSION_LEVEL 9",
		"COMPRESSION_LEVEL 'x'", "HEADER true", "DELIMITER ','", "FORMAT csv",
		"FREEZE", "ENCODING 'LATIN1'", "NULL 'x'", "FORCE_QUOTE *", "BOGUS 1"
	};
	static const char *const formats[] = {
		"FORMAT parquet", "FORMAT 'parquet'", "FORMAT PARQUET", "FORMAT \"Parquet\"", "FORMAT csv"
	};
	static const char *const sources[] = {
		"synthgen.scenarios", "fuzz_load.suppliers", "fuzz_load.orders_view", "fuzz_load.wrong (a)",
		"fuzz_load.orders_part", "fuzz_load.orders (order_id, total)", "fuzz_load.orders (nope)"
	};
	Buf			p = {0};
	int			i,
				n;

	buf_add(b, "COPY ");
	if (chance(8))
		buf_add(b, PICK(sources));
	else
	{
		buf_add(b, "(");
		export_query(b, as_user);
		buf_add(b, ")");
	}
	if (chance(3))
		buf_add(b, " FROM STDIN");
	else if (chance(60))
		buf_add(b, " TO STDOUT");
	else if (chance(3))
		buf_add(b, " TO PROGRAM 'cat > /dev/null'");
	else
	{
		file_path(&p, flags);
		buf_add(b, " TO ");
		add_lit(b, p.data);
	}
	buf_printf(b, " WITH (%s", chance(90) ? formats[0] : PICK(formats));
	n = chance(30) ? 0 : 1 + rnd(3);
	for (i = 0; i < n; i++)
		buf_printf(b, ", %s", chance(70) ? opts[rnd(12)] : PICK(opts));
	buf_add(b, ")");
	free(p.data);
}

static void
call_misc(Buf *b)
{
	static const char *const calls[] = {
		"SELECT synthgen.version()",
		"SELECT synthgen.category_names()",
		"SELECT cardinality(synthgen.category_names())",
		"SELECT * FROM unnest(synthgen.category_names())",
		"SELECT count(*) FROM synthgen.name_pools()",
		"SELECT * FROM synthgen.name_pools() WHERE country = 'XX'",
		"SET synthgen.email_domains = realistic",
		"SET synthgen.email_domains = 'both'",
		"RESET synthgen.email_domains",
		"SELECT synthgen.version() FROM generate_series(1, 3)",
		"SET synthgen.timing = 'loud'",
		"SET synthgen.timing = notice",
		"SET synthgen.timing = off",
		"SET synthgen.dev_password = 'secret'",
		"RESET synthgen.dev_password",
		"SET synthgen.dev_password = ''",
	};

	buf_add(b, PICK(calls));
}

/* the kinds of calls, and how often each is drawn */
typedef enum Kind
{
	K_SRF, K_GENERATE, K_LOAD, K_PARALLEL, K_EXPORT, K_COPY, K_MISC, K_NKINDS
} Kind;

static const char *const kind_names[] = {
	"synth_*", "generate", "load", "run_parallel", "export_parquet", "copy", "misc"
};
static const int kind_weights[] = {44, 10, 10, 6, 10, 14, 6};

static Kind
build_call(Buf *b, bool as_user, int *flags)
{
	int			w = rnd(100),
				k;

	for (k = 0; k < K_NKINDS - 1; k++)
	{
		if (w < kind_weights[k])
			break;
		w -= kind_weights[k];
	}
	switch ((Kind) k)
	{
		case K_SRF:
			call_srf(b, as_user);
			break;
		case K_GENERATE:
			call_generate(b, as_user, flags);
			break;
		case K_LOAD:
			call_load(b, flags);
			break;
		case K_PARALLEL:
			/* internal since 1.2: generate() calls its C entry */
			call_run_parallel(b, flags);
			if (as_user)
				*flags |= USER_DENIED;
			break;
		case K_EXPORT:
			call_export(b, as_user, flags);
			break;
		case K_COPY:
			call_copy(b, as_user, flags);
			break;
		default:
			call_misc(b);
			break;
	}
	return (Kind) k;
}

/* ----------------------------------------------------------------
 * Running a call and judging its outcome
 * ----------------------------------------------------------------
 */
typedef struct Outcome
{
	char		sqlstate[6];	/* "OK" or the SQLSTATE, "LOST" for a lost connection */
	char	   *message;
	long long	bytes;			/* COPY TO STDOUT bytes */
} Outcome;

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
take_result(PGresult *res, Outcome *out)
{
	ExecStatusType st = PQresultStatus(res);

	if (st == PGRES_FATAL_ERROR || st == PGRES_NONFATAL_ERROR || st == PGRES_BAD_RESPONSE)
	{
		const char *s = PQresultErrorField(res, PG_DIAG_SQLSTATE);

		if (strcmp(out->sqlstate, "OK") == 0)
		{
			snprintf(out->sqlstate, sizeof(out->sqlstate), "%s", s ? s : "NOSTA");
			free(out->message);
			out->message = strdup(PQresultErrorMessage(res));
		}
	}
}

/*
 * Wait until the connection has input, at most until the deadline.  A call
 * past statement_timeout + 1 s gets one cancel request; one that ignores
 * it for HANG_MS more is abandoned, so a hang fails the run, not blocks it.
 */
#define HANG_MS 10000

static bool
wait_input(PGconn *conn, double t0, bool *cancelled)
{
	for (;;)
	{
		double		left = t0 + TIMEOUT_MS + SLACK_MS + (*cancelled ? HANG_MS : 0) - now_ms();
		struct timeval tv;
		fd_set		fds;
		int			sock = PQsocket(conn);

		if (left <= 0)
		{
			PGcancel   *c;
			char		err[256];

			if (*cancelled)
				return false;
			*cancelled = true;
			if ((c = PQgetCancel(conn)) != NULL)
			{
				(void) PQcancel(c, err, sizeof(err));
				PQfreeCancel(c);
			}
			continue;
		}
		if (sock < 0)
			return true;
		FD_ZERO(&fds);
		FD_SET(sock, &fds);
		tv.tv_sec = (long) (left / 1000);
		tv.tv_usec = (long) ((left - tv.tv_sec * 1000.0) * 1000);
		if (select(sock + 1, &fds, NULL, NULL, &tv) > 0)
			return true;
	}
}

static void
run_call(PGconn *conn, const char *sql, Outcome *out)
{
	PGresult   *res;
	double		t0 = now_ms();
	bool		cancelled = false;

	strcpy(out->sqlstate, "OK");
	out->message = NULL;
	out->bytes = 0;
	if (!PQsendQuery(conn, sql))
	{
		strcpy(out->sqlstate, "LOST");
		out->message = strdup(PQerrorMessage(conn));
		return;
	}
	for (;;)
	{
		ExecStatusType st;

		while (PQisBusy(conn))
		{
			if (!wait_input(conn, t0, &cancelled))
			{
				strcpy(out->sqlstate, "HUNG");
				free(out->message);
				out->message = strdup("ignored statement_timeout and a cancel request; connection abandoned\n");
				return;
			}
			if (!PQconsumeInput(conn))
				break;
		}
		if ((res = PQgetResult(conn)) == NULL)
			break;
		st = PQresultStatus(res);
		if (st == PGRES_COPY_OUT)
		{
			char	   *data;
			int			n;

			for (;;)
			{
				n = PQgetCopyData(conn, &data, 1);
				if (n > 0)
				{
					out->bytes += n;
					PQfreemem(data);
				}
				else if (n == 0)
				{
					if (!wait_input(conn, t0, &cancelled))
					{
						PQclear(res);
						strcpy(out->sqlstate, "HUNG");
						free(out->message);
						out->message = strdup("COPY ignored statement_timeout and a cancel request; connection abandoned\n");
						return;
					}
					if (!PQconsumeInput(conn))
						break;
				}
				else
					break;
			}
		}
		else if (st == PGRES_COPY_IN)
		{
			/* a Parquet COPY FROM should not get this far; send nothing */
			if (PQputCopyEnd(conn, NULL) < 0)
				break;
		}
		else
			take_result(res, out);
		PQclear(res);
		if (PQstatus(conn) == CONNECTION_BAD)
			break;
	}
	if (PQstatus(conn) == CONNECTION_BAD)
	{
		strcpy(out->sqlstate, "LOST");
		free(out->message);
		out->message = strdup(PQerrorMessage(conn));
	}
}

/* is this outcome one the extension may give? */
static bool
allowed(const char *st, int flags, const char *msg)
{
	if (strcmp(st, "OK") == 0)
		return true;
	if (strcmp(st, "42883") == 0)	/* every call we build names a real function */
		return false;
	if (strncmp(st, "22", 2) == 0 || strncmp(st, "42", 2) == 0 ||
		strncmp(st, "23", 2) == 0 || strncmp(st, "25", 2) == 0 ||
		strncmp(st, "54", 2) == 0 ||
		strcmp(st, "0A000") == 0 || strcmp(st, "3F000") == 0 ||
		strcmp(st, "55000") == 0 || strcmp(st, "57014") == 0)
		return true;
	if ((flags & ALLOW_FILE) && strncmp(st, "58", 2) == 0)
		return true;
	/* no free slot for 10 s, not a worker that "did not start" */
	if ((flags & ALLOW_WORKERS) && strcmp(st, "53000") == 0 &&
		msg && strstr(msg, "no background worker slot became free") != NULL)
		return true;
	return false;
}

/* ----------------------------------------------------------------
 * Bookkeeping
 * ----------------------------------------------------------------
 */
typedef struct Count
{
	char		sqlstate[6];
	int			n;
	char	   *example;		/* first statement that gave it */
	char	   *message;
} Count;

static Count counts[128];
static int	ncounts;
static int	kind_calls[K_NKINDS];
static int	kind_ok[K_NKINDS];
static int	nbad;

static void
count_outcome(const char *st, const char *sql, const char *msg)
{
	int			i;

	for (i = 0; i < ncounts; i++)
		if (strcmp(counts[i].sqlstate, st) == 0)
			break;
	if (i == ncounts)
	{
		if (ncounts == 128)
			return;
		snprintf(counts[i].sqlstate, sizeof(counts[i].sqlstate), "%s", st);
		counts[i].example = strdup(sql);
		counts[i].message = strdup(msg ? msg : "");
		ncounts++;
	}
	counts[i].n++;
}

static void
print_sql(FILE *fp, const char *sql)
{
	/* 10 kB literals make a statement unreadable; the repeat() forms stay short */
	if (strlen(sql) > 2000)
		fprintf(fp, "%.1000s ... [%zu bytes] ... %s", sql, strlen(sql), sql + strlen(sql) - 500);
	else
		fputs(sql, fp);
}

static void
bad(int callno, bool as_user, const char *why, const char *sql, const char *msg, double ms)
{
	nbad++;
	printf("FORBIDDEN call %d (%s, %.0f ms): %s\n  ", callno,
		   as_user ? "as " USER_ROLE : "as superuser", ms, why);
	print_sql(stdout, sql);
	printf(";\n");
	if (msg && *msg)
		printf("  -> %s", msg);
	fflush(stdout);
}

/* between calls: keep throwaway schemas, tables and files small */
static void
maintenance(int callno)
{
	if (callno % 97 == 96)
	{
		PGresult   *res = PQexec(admin,
								 "DROP SCHEMA IF EXISTS fuzz_g0, fuzz_g1, fuzz_g2, fuzz_g3 CASCADE");

		PQclear(res);
		/* generate() without target_schema writes to public */
		res = PQexec(admin, "DO $$DECLARE r record; BEGIN FOR r IN SELECT format('%I.%I', n.nspname, c.relname) t "
					 "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
					 "WHERE (n.nspname = 'fuzz_pub' AND c.relkind = 'r' AND c.relname <> 'customers_u') "
					 "OR (n.nspname = 'public' AND c.relkind = 'r' AND c.relname IN ('customers', 'suppliers', "
					 "'products', 'campaigns', 'orders', 'order_items', 'support_tickets', 'cart_abandonment', "
					 "'returns', 'system_metrics')) "
					 "LOOP EXECUTE 'DROP TABLE ' || r.t || ' CASCADE'; END LOOP; END$$");
		PQclear(res);
	}
	if (callno % 50 == 49)
	{
		PGresult   *res = PQexec(admin,
								 "TRUNCATE fuzz_load.customers, fuzz_load.suppliers, fuzz_load.products, "
								 "fuzz_load.campaigns, fuzz_load.orders, fuzz_load.order_items, "
								 "fuzz_load.support_tickets, fuzz_load.cart_abandonment, fuzz_load.returns, "
								 "fuzz_load.system_metrics, fuzz_load.wrong, fuzz_load.orders_pk, "
								 "fuzz_load.orders_part, fuzz_load.orders_unlogged, fuzz_load.orders_extra, "
								 "fuzz_load.orders_dropped, fuzz_load.orders_notnull, fuzz_load.orders_check, "
								 "fuzz_load.orders_trig, fuzz_load.orders_rls, fuzz_pub.customers_u");
		DIR		   *d;
		struct dirent *e;

		PQclear(res);
		d = opendir(tmpdir);
		while (d && (e = readdir(d)) != NULL)
		{
			char		path[1024];

			if (e->d_name[0] == '.' || strcmp(e->d_name, "subdir") == 0 ||
				strcmp(e->d_name, "readonly") == 0 || strcmp(e->d_name, "existing.parquet") == 0)
				continue;
			snprintf(path, sizeof(path), "%s/%s", tmpdir, e->d_name);
			unlink(path);
		}
		if (d)
			closedir(d);
	}
}

/*
 * A load that succeeded into a constrained table must have kept the
 * constraint: NOT NULL, CHECK, a trigger that refuses every row, RLS
 * without a policy (for the plain role) and the extra column's default.
 */
static const char *
check_loaded(void)
{
	static const char *const checks[][2] = {
		{"SELECT count(*) FROM fuzz_load.orders_notnull WHERE campaign_id IS NULL", "NOT NULL bypassed"},
		{"SELECT count(*) FROM fuzz_load.orders_check WHERE NOT (total < 0)", "CHECK constraint bypassed"},
		{"SELECT count(*) FROM fuzz_load.orders_trig", "BEFORE INSERT trigger bypassed"},
		{"SELECT count(*) FROM fuzz_load.orders_extra WHERE extra IS DISTINCT FROM 7", "column default not applied"},
	};
	size_t		i;

	for (i = 0; i < sizeof(checks) / sizeof(checks[0]); i++)
	{
		PGresult   *res = PQexec(admin, checks[i][0]);
		bool		broken = PQresultStatus(res) == PGRES_TUPLES_OK &&
			strcmp(PQgetvalue(res, 0, 0), "0") != 0;

		PQclear(res);
		if (broken)
		{
			/* report once per table: empty it */
			PQclear(PQexec(admin, "TRUNCATE fuzz_load.orders_notnull, fuzz_load.orders_check, "
						   "fuzz_load.orders_trig, fuzz_load.orders_extra"));
			return checks[i][1];
		}
	}
	return NULL;
}

static void
make_tmpdir(void)
{
	char		path[600];
	FILE	   *f;

	snprintf(tmpdir, sizeof(tmpdir), "/tmp/synthgen_fuzz_sql.XXXXXX");
	if (mkdtemp(tmpdir) == NULL)
		die("mkdtemp: %s", strerror(errno));
	chmod(tmpdir, 0777);
	snprintf(path, sizeof(path), "%s/subdir", tmpdir);
	mkdir(path, 0777);
	snprintf(path, sizeof(path), "%s/readonly", tmpdir);
	mkdir(path, 0555);
	snprintf(path, sizeof(path), "%s/existing.parquet", tmpdir);
	if ((f = fopen(path, "w")) != NULL)
	{
		fputs("not parquet\n", f);
		fclose(f);
		chmod(path, 0666);
	}
}

static void
remove_tmpdir(void)
{
	DIR		   *d = opendir(tmpdir);
	struct dirent *e;
	char		path[1024];

	while (d && (e = readdir(d)) != NULL)
	{
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", tmpdir, e->d_name);
		if (unlink(path) != 0)
			rmdir(path);
	}
	if (d)
		closedir(d);
	rmdir(tmpdir);
}

int
main(int argc, char **argv)
{
	unsigned long long seed;
	long		ncalls,
				i;
	bool		verbose = false;
	char	   *boot;
	char	   *boot_after;
	double		slowest_ms = 0;
	char	   *slowest_sql = NULL;
	char		slowest_state[6] = "";
	int			nok = 0;
	Buf			sql = {0};
	size_t		s;

	if (argc > 1 && strcmp(argv[1], "-v") == 0)
	{
		verbose = true;
		argc--;
		argv++;
	}
	if (argc != 3)
	{
		fprintf(stderr, "usage: fuzz_sql [-v] SEED CALLS\n");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	seed = strtoull(argv[1], NULL, 10);
	ncalls = strtol(argv[2], NULL, 10);
	rng_state = seed;

	admin = connect_env(NULL, NULL);
	if (admin == NULL)
		die("cannot connect: check the PG* environment");
	for (s = 0; s < sizeof(setup_sql) / sizeof(setup_sql[0]); s++)
		must(admin, setup_sql[s]);
	make_random_scenarios(admin);
	boot = must_value(admin, "SELECT pg_postmaster_start_time()");
	{
		char	   *mw = must_value(admin, "SELECT current_setting('max_worker_processes')");

		max_workers = atoi(mw);
		free(mw);
	}
	make_tmpdir();
	su_conn = open_session(false);
	user_conn = open_session(true);

	for (i = 0; i < ncalls; i++)
	{
		bool		as_user = chance(20);
		PGconn	  **conn = as_user ? &user_conn : &su_conn;
		int			flags = 0;
		Kind		kind;
		Outcome		out;
		double		t0,
					ms;

		buf_reset(&sql);
		kind = build_call(&sql, as_user, &flags);
		t0 = now_ms();
		run_call(*conn, sql.data, &out);
		ms = now_ms() - t0;

		kind_calls[kind]++;
		if (strcmp(out.sqlstate, "OK") == 0)
		{
			nok++;
			kind_ok[kind]++;
		}
		count_outcome(out.sqlstate, sql.data, out.message);
		if (verbose)
		{
			printf("%ld %s %.0fms %s: ", i, as_user ? "user" : "su", ms, out.sqlstate);
			print_sql(stdout, sql.data);
			printf("\n");
			if (out.message)
				printf("    %s", out.message);
		}
		if (ms > slowest_ms)
		{
			slowest_ms = ms;
			free(slowest_sql);
			slowest_sql = strdup(sql.data);
			strcpy(slowest_state, out.sqlstate);
		}
		if (ms > TIMEOUT_MS + SLACK_MS)
			bad(i, as_user, "outlived statement_timeout", sql.data, out.message, ms);
		if ((flags & USER_DENIED) && strncmp(out.sqlstate, "42", 2) != 0)
			bad(i, as_user, "a plain user's call of an internal function was not refused",
				sql.data, out.message, ms);
		else if (!allowed(out.sqlstate, flags, out.message))
			bad(i, as_user, strcmp(out.sqlstate, "LOST") == 0 ? "connection lost" :
				strcmp(out.sqlstate, "HUNG") == 0 ? "hung" : "forbidden SQLSTATE",
				sql.data, out.message, ms);
		if ((flags & CHECK_LOADED) && strcmp(out.sqlstate, "OK") == 0)
		{
			const char *broken = check_loaded();

			if (broken)
				bad(i, as_user, broken, sql.data, NULL, ms);
		}
		if (strcmp(out.sqlstate, "HUNG") == 0 || strcmp(out.sqlstate, "LOST") == 0 ||
			PQstatus(*conn) != CONNECTION_OK)
		{
			/* the server may be restarting after a crash: give it time */
			PQfinish(*conn);
			*conn = NULL;
			for (int tries = 0; tries < 60 && *conn == NULL; tries++)
			{
				sleep(1);
				if (PQstatus(admin) != CONNECTION_OK)
					PQreset(admin);
				if (PQstatus(admin) == CONNECTION_OK)
					*conn = open_session(as_user);
			}
			if (*conn == NULL)
				die("the server did not come back after call %ld", i);
		}
		free(out.message);
		maintenance((int) i);
	}

	boot_after = must_value(admin, "SELECT pg_postmaster_start_time()");
	if (strcmp(boot, boot_after) != 0)
	{
		nbad++;
		printf("FORBIDDEN: the postmaster restarted (a backend crashed): %s -> %s\n", boot, boot_after);
	}

	printf("fuzz_sql: seed %llu: %ld calls, %d ok", seed, ncalls, nok);
	for (int a = 0; a < ncounts; a++)
		for (int c = a + 1; c < ncounts; c++)
			if (strcmp(counts[c].sqlstate, counts[a].sqlstate) < 0)
			{
				Count		t = counts[a];

				counts[a] = counts[c];
				counts[c] = t;
			}
	for (int a = 0; a < ncounts; a++)
		if (strcmp(counts[a].sqlstate, "OK") != 0)
			printf(", %s %d", counts[a].sqlstate, counts[a].n);
	printf("\nfuzz_sql: ok per kind:");
	for (int k = 0; k < K_NKINDS; k++)
		printf(" %s %d/%d", kind_names[k], kind_ok[k], kind_calls[k]);
	printf("\nfuzz_sql: slowest call %.0f ms (%s): ", slowest_ms, slowest_state);
	if (slowest_sql)
		print_sql(stdout, slowest_sql);
	printf("\n");
	if (verbose)
		for (int a = 0; a < ncounts; a++)
		{
			printf("example %s: ", counts[a].sqlstate);
			print_sql(stdout, counts[a].example);
			printf("\n    %s", counts[a].message[0] ? counts[a].message : "\n");
		}

	PQfinish(su_conn);
	PQfinish(user_conn);
	PQclear(PQexec(admin, "SET client_min_messages = warning"));
	PQclear(PQexec(admin, "DROP SCHEMA IF EXISTS fuzz_g0, fuzz_g1, fuzz_g2, fuzz_g3 CASCADE"));
	PQfinish(admin);
	remove_tmpdir();
	free(buf_steal(&sql));
	if (nbad > 0)
	{
		printf("fuzz_sql: %d forbidden outcome(s), see FORBIDDEN above\n", nbad);
		return 1;
	}
	return 0;
}
