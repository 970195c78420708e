/*-------------------------------------------------------------------------
 *
 * customers.c
 *	  synth_customers(scenario, seed, customers, part, parts)
 *
 * Formats the customers of world.c into rows of synthgen.customer_row and,
 * when synthgen.dev_password is set, gives all of them one bcrypt hash of
 * it made by pgcrypto's crypt() with a salt drawn from the seed.
 *
 *-------------------------------------------------------------------------
 */
#include "synthgen.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/indexing.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_type.h"
#include "nodes/makefuncs.h"
#include "parser/parse_func.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"

enum
{
	COL_ID, COL_FIRST, COL_LAST, COL_EMAIL, COL_PHONE, COL_ADDRESS, COL_CITY,
	COL_REGION, COL_COUNTRY, COL_POSTAL, COL_SEGMENT, COL_OPT_IN, COL_CREATED,
	COL_PASSWORD, NCOLS
};

/*
 * The columns of synthgen.customer_row, in output order: the contract between
 * this filler and the SQL row type, checked once per call (srf.c, load.c);
 * the registry entry (tables.c) points here.
 */
const SgColumn sg_customers_columns[NCOLS + 1] = {
	[COL_ID] = {"customer_id", INT8OID, -1, false},
	[COL_FIRST] = {"first_name", TEXTOID, -1, false},
	[COL_LAST] = {"last_name", TEXTOID, -1, false},
	[COL_EMAIL] = {"email", TEXTOID, -1, false},
	[COL_PHONE] = {"phone", TEXTOID, -1, false},
	[COL_ADDRESS] = {"address", TEXTOID, -1, false},
	[COL_CITY] = {"city", TEXTOID, -1, false},
	[COL_REGION] = {"region", TEXTOID, -1, false},
	[COL_COUNTRY] = {"country", TEXTOID, -1, false},
	[COL_POSTAL] = {"postal_code", TEXTOID, -1, false},
	[COL_SEGMENT] = {"segment", TEXTOID, -1, false},
	[COL_OPT_IN] = {"marketing_opt_in", BOOLOID, -1, false},
	[COL_CREATED] = {"created_at", TIMESTAMPTZOID, -1, false},
	[COL_PASSWORD] = {"password_hash", TEXTOID, -1, true},
	[NCOLS] = {NULL}
};


static const char bcrypt_alphabet[] =
"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/* the schema an installed extension lives in (PG15 does not export this) */
static Oid
extension_schema(const char *extname)
{
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tuple;
	Oid			nsp = InvalidOid;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_extname, BTEqualStrategyNumber,
				F_NAMEEQ, CStringGetDatum(extname));
	scan = systable_beginscan(rel, ExtensionNameIndexId, true, NULL, 1, &key);
	tuple = systable_getnext(scan);
	if (HeapTupleIsValid(tuple))
		nsp = ((Form_pg_extension) GETSTRUCT(tuple))->extnamespace;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);

	if (!OidIsValid(nsp))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("synthgen.dev_password needs the extension pgcrypto, which is not installed"),
				 errhint("Run CREATE EXTENSION pgcrypto, or RESET synthgen.dev_password.")));
	return nsp;
}

/*
 * crypt(password, '$2a$06$<22 salt characters>') through pgcrypto, found in
 * the schema pgcrypto is installed in (never through the search_path).
 * Computed once per call: bcrypt is slow by design.
 */
static Datum
dev_password_hash(uint64 seed)
{
	Oid			nsp = extension_schema("pgcrypto");
	Oid			argtypes[2] = {TEXTOID, TEXTOID};
	Oid			fn;
	char		salt[7 + 22 + 1] = "$2a$06$";
	SgRng		r;
	int			i;

	fn = LookupFuncName(list_make2(makeString(get_namespace_name(nsp)),
								   makeString("crypt")),
						2, argtypes, false);

	sg_rng_stream(&r, seed, SG_STREAM_SALT, 0);
	for (i = 0; i < 21; i++)
		salt[7 + i] = bcrypt_alphabet[sg_rng_below(&r, 64)];
	/* the 22nd character carries only 2 bits: one of ".Oeu" */
	salt[7 + 21] = bcrypt_alphabet[sg_rng_below(&r, 4) * 16];
	salt[7 + 22] = '\0';

	return OidFunctionCall2(fn, CStringGetTextDatum(sg_dev_password),
							CStringGetTextDatum(salt));
}

void
sg_fill_customers(SgCall *call)
{
	const SgWorld *world = &call->world;
	int64		ncustomers = call->customers;
	int64		first,
				end,
				id;
	Datum		values[NCOLS];
	bool		nulls[NCOLS] = {0};
	Datum	   *first_names[64],
			   *last_names[64],
			   *segments;
	Datum	   *cities,
			   *regions,
			   *countries;
	const char **segment_words;
	SgTextBuf	email,
				phone,
				address,
				postal;
	Datum		password = (Datum) 0;
	int			i;

	/* texts that come from word lists: built once */
	for (i = 0; i < sg_n_name_pools && i < 64; i++)
	{
		first_names[i] = sg_text_datums(sg_name_pools[i].first, sg_name_pools[i].nfirst);
		last_names[i] = sg_text_datums(sg_name_pools[i].last, sg_name_pools[i].nlast);
	}
	segment_words = palloc(sizeof(char *) * sg_n_segments);
	for (i = 0; i < sg_n_segments; i++)
		segment_words[i] = sg_segments[i].word;
	segments = sg_text_datums(segment_words, sg_n_segments);
	cities = palloc(sizeof(Datum) * sg_n_cities);
	regions = palloc(sizeof(Datum) * sg_n_cities);
	countries = palloc(sizeof(Datum) * sg_n_cities);
	for (i = 0; i < sg_n_cities; i++)
	{
		cities[i] = sg_text_datum(sg_cities[i].city);
		regions[i] = sg_text_datum(sg_cities[i].region);
		countries[i] = sg_text_datum(sg_cities[i].country);
	}
	sg_textbuf_init(&email, sizeof(((SgCustomer *) 0)->email));
	sg_textbuf_init(&phone, sizeof(((SgCustomer *) 0)->phone));
	sg_textbuf_init(&address, sizeof(((SgCustomer *) 0)->address));
	sg_textbuf_init(&postal, sizeof(((SgCustomer *) 0)->postal));

	if (sg_dev_password && sg_dev_password[0] != '\0')
		password = dev_password_hash(call->seed);
	else
		nulls[COL_PASSWORD] = true;
	values[COL_PASSWORD] = password;

	sg_slice(ncustomers, call->part, call->parts, &first, &end);
	for (id = first + 1; id <= end; id++)
	{
		SgCustomer	c;
		int			city;

		sg_customer_get(world, id, &c);
		city = c.city_index;
		values[COL_ID] = Int64GetDatum(id);
		values[COL_FIRST] = first_names[c.pool][c.first_name_index];
		values[COL_LAST] = last_names[c.pool][c.last_name_index];
		values[COL_EMAIL] = sg_textbuf_set(&email, c.email, c.email_len);
		values[COL_PHONE] = sg_textbuf_set(&phone, c.phone, c.phone_len);
		values[COL_ADDRESS] = sg_textbuf_set(&address, c.address, c.address_len);
		values[COL_CITY] = cities[city];
		values[COL_REGION] = regions[city];
		values[COL_COUNTRY] = countries[city];
		values[COL_POSTAL] = sg_textbuf_set(&postal, c.postal, c.postal_len);
		values[COL_SEGMENT] = segments[c.segment_index];
		values[COL_OPT_IN] = BoolGetDatum(c.marketing_opt_in);
		values[COL_CREATED] = TimestampTzGetDatum(c.created_at);
		sg_call_put(call, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(synth_customers);
Datum
synth_customers(PG_FUNCTION_ARGS)
{
	static const SgArgPos pos = {.scenario = SG_ARG(0), .seed = SG_ARG(1), .customers = SG_ARG(2),
		.part = SG_ARG(3), .parts = SG_ARG(4)};

	return sg_call_srf(fcinfo, "customers", &pos);
}
