/*-------------------------------------------------------------------------
 *
 * guc.c
 *	  synthgen's settings:
 *
 *	synthgen.timing			off | notice | log: where each generating
 *							function reports its rows and time
 *	synthgen.dev_password	when set, every customer's password_hash is a
 *							bcrypt hash of it, so seeded users can log in
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "utils/guc.h"

int			sg_timing_mode = SG_TIMING_NOTICE;
char	   *sg_dev_password = NULL;

static const struct config_enum_entry timing_options[] = {
	{"off", SG_TIMING_OFF, false},
	{"notice", SG_TIMING_NOTICE, false},
	{"log", SG_TIMING_LOG, false},
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

	MarkGUCPrefixReserved("synthgen");
}
