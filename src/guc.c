/*-------------------------------------------------------------------------
 *
 * guc.c
 *	  synthgen's settings:
 *
 *	synthgen.timing			off | notice | log: where each generating
 *							function reports its rows and time
 *	synthgen.dev_password	when set, every customer's password_hash is a
 *							bcrypt hash of it, so seeded users can log in
 *	synthgen.max_jobs		(superuser) the most background workers one
 *							generate() call may use (jobs)
 *	synthgen.email_domains	realistic | reserved: the domains of generated
 *							e-mail addresses (customers' and suppliers')
 *
 * synthgen.parquet_copy is defined beside its hook (copy_parquet.c).  The
 * prefix is reserved only once every setting is defined (SgGucReserve,
 * last in _PG_init): MarkGUCPrefixReserved removes the placeholders of
 * names not yet defined, and with them a value from postgresql.conf,
 * ALTER DATABASE/ROLE SET or PGOPTIONS set before the library was loaded.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "utils/guc.h"

int			sg_timing_mode = SG_TIMING_NOTICE;
char	   *sg_dev_password = NULL;
int			sg_max_jobs = 4;
int			sg_email_domains = SG_EMAIL_RESERVED;

static const struct config_enum_entry timing_options[] = {
	{"off", SG_TIMING_OFF, false},
	{"notice", SG_TIMING_NOTICE, false},
	{"log", SG_TIMING_LOG, false},
	{NULL, 0, false}
};

static const struct config_enum_entry email_domain_options[] = {
	{"realistic", SG_EMAIL_REALISTIC, false},
	{"reserved", SG_EMAIL_RESERVED, false},
	{NULL, 0, false}
};

void
SgGucInit(void)
{
	DefineCustomEnumVariable("synthgen.timing",
							 "Where synthgen functions report rows and time when they finish.",
							 "off: nowhere; notice: to the client; log: to the server log.",
							 &sg_timing_mode,
							 SG_TIMING_NOTICE,
							 timing_options,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);

	DefineCustomStringVariable("synthgen.dev_password",
							   "Password whose bcrypt hash becomes every generated customer's password_hash.",
							   "Unset (empty), password_hash is NULL.  For development databases only.",
							   &sg_dev_password,
							   "",
							   PGC_USERSET,
							   GUC_NO_SHOW_ALL | GUC_NOT_IN_SAMPLE,
							   NULL, NULL, NULL);

	/*
	 * reserved by default: a development database seeded with synthgen
	 * that sends mail (sign-up confirmations, password resets, order
	 * notifications) must never write to a stranger, and realistic
	 * provider domains (gmail.com, web.de ...) are real mailboxes.  Names,
	 * segments and the rest of every row are the same in both modes; only
	 * the domains and the digits that keep addresses unique change.
	 */
	DefineCustomEnumVariable("synthgen.email_domains",
							 "Domains of generated e-mail addresses.",
							 "reserved: only RFC 2606's example.com, example.net and example.org, which reach nobody; "
							 "realistic: mail providers of the customer's country and company domains.",
							 &sg_email_domains,
							 SG_EMAIL_RESERVED,
							 email_domain_options,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);

	/*
	 * Each job is a background worker of the shared max_worker_processes
	 * pool, which serves the whole server; a superuser decides how much of
	 * it one call may take.  generate() also stays below
	 * max_worker_processes, whatever this says.
	 */
	DefineCustomIntVariable("synthgen.max_jobs",
							"The most background workers one synthgen.generate() call may use.",
							"generate(jobs => N) is refused above this (and above max_worker_processes).",
							&sg_max_jobs,
							4,
							1,
							SG_MAX_JOBS_LIMIT,
							PGC_SUSET,
							0,
							NULL, NULL, NULL);
}

/* after every module has defined its settings: see the file header */
void
SgGucReserve(void)
{
	MarkGUCPrefixReserved("synthgen");
}
