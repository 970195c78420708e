/* synthgen--1.0--1.2.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION synthgen UPDATE TO '1.2'" to load this file. \quit

/*
 * The direct update from 1.0: synthgen--1.0--1.1.sql followed by
 * synthgen--1.1--1.2.sql, verbatim.  It exists because 1.1 is no longer
 * trusted (synthgen--1.1.control): a database owner who installed 1.0
 * while it was trusted could not take the step to 1.1, but may update
 * straight to the current, trusted 1.2.  ALTER EXTENSION UPDATE takes the
 * shortest path, this one.
 */

-- ---------------------------------------------------------------------
-- synthgen--1.0--1.1.sql
-- ---------------------------------------------------------------------
/*
 * 1.1 makes the extension safe to mark trusted, so that a database owner
 * can install it without a superuser:
 *
 * - The catalog's CHECK constraints name every operator with its schema.
 *   In 1.0 a comparison of a numeric column with an integer constant
 *   (cancel_rate_pct BETWEEN 0 AND 100) had no exact operator in
 *   pg_catalog, so an operator numeric >= integer that someone had created
 *   in the installation schema beforehand would have been bound into the
 *   constraint, and run by everyone who inserts a scenario.  They are
 *   rebuilt here exactly as synthgen--1.1.sql creates them; rows already in
 *   the catalog satisfied the old ones, which meant the same.
 * - The extension's owner manages the scenario catalog and may clear the
 *   run log; everybody else reads them (as in 1.0).
 * - generate(jobs => N): when dropping what the workers committed fails
 *   too, the first error is still the one reported, with a warning naming
 *   what is left (the C side now waits for free worker slots instead).
 *
 * Generation itself is unchanged: the algorithm version stays 1.
 */
ALTER TABLE synthgen.scenarios
    DROP CONSTRAINT scenarios_name_check,
    ADD CONSTRAINT scenarios_name_check CHECK (name OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    DROP CONSTRAINT scenarios_orders_per_day_check,
    ADD CONSTRAINT scenarios_orders_per_day_check CHECK (orders_per_day OPERATOR(pg_catalog.>=) 1 AND orders_per_day OPERATOR(pg_catalog.<=) 10000000),
    DROP CONSTRAINT scenarios_customers_check,
    ADD CONSTRAINT scenarios_customers_check CHECK (customers OPERATOR(pg_catalog.>=) 1 AND customers OPERATOR(pg_catalog.<=) 1000000000),
    DROP CONSTRAINT scenarios_products_check,
    ADD CONSTRAINT scenarios_products_check CHECK (products OPERATOR(pg_catalog.>=) 1 AND products OPERATOR(pg_catalog.<=) 10000000),
    DROP CONSTRAINT scenarios_suppliers_check,
    ADD CONSTRAINT scenarios_suppliers_check CHECK (suppliers OPERATOR(pg_catalog.>=) 1 AND suppliers OPERATOR(pg_catalog.<=) 1000000),
    DROP CONSTRAINT scenarios_campaigns_per_month_check,
    ADD CONSTRAINT scenarios_campaigns_per_month_check CHECK (campaigns_per_month OPERATOR(pg_catalog.>=) 0 AND campaigns_per_month OPERATOR(pg_catalog.<=) 1000),
    DROP CONSTRAINT scenarios_signups_from_check,
    ADD CONSTRAINT scenarios_signups_from_check CHECK (signups_from OPERATOR(pg_catalog.>=) '1971-01-01 00:00+00'::timestamptz AND signups_from OPERATOR(pg_catalog.<) '2200-01-01 00:00+00'::timestamptz),
    DROP CONSTRAINT scenarios_signups_until_check,
    ADD CONSTRAINT scenarios_signups_until_check CHECK (signups_until OPERATOR(pg_catalog.<) '2200-01-01 00:00+00'::timestamptz),
    DROP CONSTRAINT scenarios_utc_offset_hours_check,
    ADD CONSTRAINT scenarios_utc_offset_hours_check CHECK (utc_offset_hours OPERATOR(pg_catalog.>=) -12 AND utc_offset_hours OPERATOR(pg_catalog.<=) 14),
    DROP CONSTRAINT scenarios_diurnal_check,
    ADD CONSTRAINT scenarios_diurnal_check CHECK (pg_catalog.array_ndims(diurnal) OPERATOR(pg_catalog.=) 1 AND pg_catalog.cardinality(diurnal) OPERATOR(pg_catalog.=) 24 AND pg_catalog.array_position(diurnal, NULL::integer) IS NULL AND 0 OPERATOR(pg_catalog.<=) ALL (diurnal) AND 1000 OPERATOR(pg_catalog.>=) ALL (diurnal) AND 1 OPERATOR(pg_catalog.<=) ANY (diurnal)),
    DROP CONSTRAINT scenarios_weekly_check,
    ADD CONSTRAINT scenarios_weekly_check CHECK (pg_catalog.array_ndims(weekly) OPERATOR(pg_catalog.=) 1 AND pg_catalog.cardinality(weekly) OPERATOR(pg_catalog.=) 7 AND pg_catalog.array_position(weekly, NULL::integer) IS NULL AND 0 OPERATOR(pg_catalog.<=) ALL (weekly) AND 1000 OPERATOR(pg_catalog.>=) ALL (weekly) AND 1 OPERATOR(pg_catalog.<=) ANY (weekly)),
    DROP CONSTRAINT scenarios_event_kind_check,
    ADD CONSTRAINT scenarios_event_kind_check CHECK (event_kind OPERATOR(pg_catalog.=) ANY ('{none,flash_sale,holiday_peak,system_outage,supply_disruption}'::text[])),
    DROP CONSTRAINT scenarios_event_offset_hours_check,
    ADD CONSTRAINT scenarios_event_offset_hours_check CHECK (event_offset_hours OPERATOR(pg_catalog.>=) 0 AND event_offset_hours OPERATOR(pg_catalog.<=) 87600),
    DROP CONSTRAINT scenarios_event_hours_check,
    ADD CONSTRAINT scenarios_event_hours_check CHECK (event_hours OPERATOR(pg_catalog.>=) 0 AND event_hours OPERATOR(pg_catalog.<=) 8760),
    DROP CONSTRAINT scenarios_event_order_multiplier_check,
    ADD CONSTRAINT scenarios_event_order_multiplier_check CHECK (event_order_multiplier OPERATOR(pg_catalog.>=) 0.01 AND event_order_multiplier OPERATOR(pg_catalog.<=) 100::numeric),
    DROP CONSTRAINT scenarios_event_discount_pct_check,
    ADD CONSTRAINT scenarios_event_discount_pct_check CHECK (event_discount_pct OPERATOR(pg_catalog.>=) 0::numeric AND event_discount_pct OPERATOR(pg_catalog.<=) 90::numeric),
    DROP CONSTRAINT scenarios_event_category_check,
    ADD CONSTRAINT scenarios_event_category_check CHECK (event_category OPERATOR(pg_catalog.=) ANY (synthgen.category_names())),
    DROP CONSTRAINT scenarios_cancel_rate_pct_check,
    ADD CONSTRAINT scenarios_cancel_rate_pct_check CHECK (cancel_rate_pct OPERATOR(pg_catalog.>=) 0::numeric AND cancel_rate_pct OPERATOR(pg_catalog.<=) 100::numeric),
    DROP CONSTRAINT scenarios_return_rate_pct_check,
    ADD CONSTRAINT scenarios_return_rate_pct_check CHECK (return_rate_pct OPERATOR(pg_catalog.>=) 0::numeric AND return_rate_pct OPERATOR(pg_catalog.<=) 100::numeric),
    DROP CONSTRAINT scenarios_ticket_rate_pct_check,
    ADD CONSTRAINT scenarios_ticket_rate_pct_check CHECK (ticket_rate_pct OPERATOR(pg_catalog.>=) 0::numeric AND ticket_rate_pct OPERATOR(pg_catalog.<=) 100::numeric),
    DROP CONSTRAINT scenarios_abandon_rate_pct_check,
    ADD CONSTRAINT scenarios_abandon_rate_pct_check CHECK (abandon_rate_pct OPERATOR(pg_catalog.>=) 0::numeric AND abandon_rate_pct OPERATOR(pg_catalog.<=) 1000::numeric),
    DROP CONSTRAINT signups_span_up_to_50_years,
    ADD CONSTRAINT signups_span_up_to_50_years CHECK (signups_until OPERATOR(pg_catalog.>) signups_from AND signups_until OPERATOR(pg_catalog.<=) (signups_from OPERATOR(pg_catalog.+) '50 years'::interval)),
    DROP CONSTRAINT event_hours_match_event_kind,
    ADD CONSTRAINT event_hours_match_event_kind CHECK ((event_kind OPERATOR(pg_catalog.=) 'none') OPERATOR(pg_catalog.=) (event_hours OPERATOR(pg_catalog.=) 0)),
    DROP CONSTRAINT flash_sale_needs_discount,
    ADD CONSTRAINT flash_sale_needs_discount CHECK (event_kind OPERATOR(pg_catalog.<>) 'flash_sale' OR event_discount_pct OPERATOR(pg_catalog.>) 0::numeric);

GRANT INSERT, UPDATE, DELETE ON synthgen.scenarios TO @extowner@;
GRANT DELETE ON synthgen.run_log TO @extowner@;

COMMENT ON FUNCTION synthgen.run_parallel(text[], integer[]) IS
'run statements in dynamic background workers as the calling role, the statements of group g in one transaction of one worker (with fewer free worker slots than groups, the started workers share the groups); waits for all and raises the first error';

-- an extension member already: replacing it is what an update does
CREATE OR REPLACE FUNCTION synthgen.generate(scenario text, start timestamptz, hours integer,
                                  tables text[] DEFAULT NULL,
                                  target_schema name DEFAULT 'public',
                                  seed bigint DEFAULT 1,
                                  orders_per_day integer DEFAULT NULL,
                                  customers bigint DEFAULT NULL,
                                  products integer DEFAULT NULL,
                                  suppliers integer DEFAULT NULL,
                                  jobs integer DEFAULT 1,
                                  if_exists text DEFAULT 'error')
RETURNS TABLE (table_name text, rows bigint, seconds float8)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
SET synthgen.timing = off
AS $generate$
DECLARE
    known constant text[] := ARRAY['customers', 'suppliers', 'products', 'campaigns', 'orders',
                                   'order_items', 'support_tickets', 'cart_abandonment',
                                   'returns', 'system_metrics'];
    rowtypes constant text[] := ARRAY['customer_row', 'supplier_row', 'product_row', 'campaign_row',
                                      'order_row', 'order_item_row', 'support_ticket_row',
                                      'cart_abandonment_row', 'return_row', 'system_metric_row'];
    keys constant text[][] := ARRAY[
        ['customers', 'customer_id'], ['suppliers', 'supplier_id'], ['products', 'product_id'],
        ['campaigns', 'campaign_id'], ['orders', 'order_id'], ['order_items', 'order_id, line_no'],
        ['support_tickets', 'ticket_id'], ['cart_abandonment', 'cart_id'], ['returns', 'return_id'],
        ['system_metrics', 'ts']];
    fkeys constant text[][] := ARRAY[
        ['products', 'supplier_id', 'suppliers', 'supplier_id'],
        ['orders', 'customer_id', 'customers', 'customer_id'],
        ['orders', 'campaign_id', 'campaigns', 'campaign_id'],
        ['order_items', 'order_id', 'orders', 'order_id'],
        ['order_items', 'product_id', 'products', 'product_id'],
        ['support_tickets', 'order_id', 'orders', 'order_id'],
        ['support_tickets', 'customer_id', 'customers', 'customer_id'],
        ['cart_abandonment', 'customer_id', 'customers', 'customer_id'],
        ['cart_abandonment', 'product_id', 'products', 'product_id'],
        ['cart_abandonment', 'recovered_order_id', 'orders', 'order_id'],
        ['returns', 'order_id', 'orders', 'order_id'],
        ['returns', 'product_id', 'products', 'product_id']];
    chosen text[];
    created text[] := '{}';         -- tables this run creates
    made_schema boolean := false;
    committed boolean := false;     -- jobs > 1: a worker committed the DDL
    setup text[] := '{}';           -- DDL before loading, in order
    loads text[] := '{}';
    groups int[] := '{}';
    stmt_table text[] := '{}';
    fk text;
    t text;
    i int;
    p int;
    n bigint;
    t0 timestamptz;
    t_all timestamptz := clock_timestamp();
    secs float8;
    run bigint;
    args jsonb;
    total_rows bigint := 0;
    breakdown text := '';
    dropped int[] := '{}';
    start_iso text;
    tbl_rows bigint[];
    tbl_secs float8[];
    r record;
BEGIN
    -- check everything before creating anything
    IF scenario IS NULL OR start IS NULL OR hours IS NULL OR target_schema IS NULL
       OR jobs IS NULL OR if_exists IS NULL OR seed IS NULL THEN
        RAISE EXCEPTION 'arguments scenario, start, hours, target_schema, seed, jobs and if_exists must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM synthgen.scenarios s WHERE s.name OPERATOR(pg_catalog.=) generate.scenario) THEN
        RAISE EXCEPTION 'unknown scenario "%"', left(generate.scenario, 64)
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'Known scenarios: ' || (SELECT string_agg(s.name, ', ' ORDER BY s.name) FROM synthgen.scenarios s) || '.',
                  HINT = 'Pick one of the known scenarios, or add yours with INSERT INTO synthgen.scenarios.';
    END IF;
    IF if_exists NOT IN ('error', 'append', 'replace') THEN
        RAISE EXCEPTION 'argument "if_exists" must be error, append or replace'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = format('Got %L.', if_exists),
                  HINT = 'error refuses existing tables, append adds rows to them, replace drops and recreates them.';
    END IF;
    IF jobs < 1 OR jobs > current_setting('max_worker_processes')::int THEN
        RAISE EXCEPTION 'argument "jobs" must be between 1 and % (max_worker_processes)',
                        current_setting('max_worker_processes')
            USING ERRCODE = 'invalid_parameter_value', DETAIL = format('Got %s.', jobs);
    END IF;
    IF jobs > 1 AND if_exists = 'append' THEN
        RAISE EXCEPTION 'jobs > 1 cannot append: workers commit on their own, so a failure could not be undone'
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Append with jobs => 1, or generate into new tables with jobs > 1.';
    END IF;
    IF tables IS NULL THEN
        chosen := known;
    ELSE
        FOREACH t IN ARRAY tables LOOP
            IF t IS NULL OR NOT t = ANY (known) THEN
                RAISE EXCEPTION 'unknown table "%"', t
                    USING ERRCODE = 'invalid_parameter_value',
                          DETAIL = 'Known tables: ' || array_to_string(known, ', ') || '.';
            END IF;
        END LOOP;
        -- in dependency order, each once
        SELECT array_agg(k ORDER BY o) INTO chosen
        FROM unnest(known) WITH ORDINALITY AS u(k, o) WHERE k = ANY (tables);
    END IF;
    IF if_exists = 'error' THEN
        FOREACH t IN ARRAY chosen LOOP
            IF to_regclass(format('%I.%I', target_schema, t)) IS NOT NULL THEN
                RAISE EXCEPTION 'table %.% already exists', target_schema, t
                    USING ERRCODE = 'duplicate_table',
                          HINT = 'Pass if_exists => ''append'' to add rows, or ''replace'' to start over.';
            END IF;
        END LOOP;
    END IF;

    -- the DDL, planned as statements: run here (jobs => 1) or committed
    -- by a background worker first (jobs > 1), which only sees committed tables
    IF to_regnamespace(quote_ident(target_schema)) IS NULL THEN
        setup := setup || format('CREATE SCHEMA %I', target_schema);
        made_schema := true;
    END IF;
    -- replacing or appending: the foreign keys generate() made that point
    -- at a chosen table come off first (from any table of the schema)
    IF if_exists IN ('replace', 'append') THEN
        FOR i IN 1 .. array_length(fkeys, 1) LOOP
            fk := fkeys[i][1] || '_' || fkeys[i][2] || '_fkey';
            IF (fkeys[i][3] = ANY (chosen) OR (if_exists = 'append' AND fkeys[i][1] = ANY (chosen)))
               AND EXISTS (SELECT 1 FROM pg_constraint
                           WHERE conrelid = to_regclass(format('%I.%I', target_schema, fkeys[i][1]))
                             AND conname = fk) THEN
                setup := setup || format('ALTER TABLE %I.%I DROP CONSTRAINT %I', target_schema, fkeys[i][1], fk);
                dropped := dropped || i;
            END IF;
        END LOOP;
    END IF;
    IF if_exists = 'replace' THEN
        FOR i IN REVERSE array_length(chosen, 1) .. 1 LOOP
            setup := setup || format('DROP TABLE IF EXISTS %I.%I', target_schema, chosen[i]);
        END LOOP;
    END IF;
    FOREACH t IN ARRAY chosen LOOP
        IF if_exists = 'replace' OR to_regclass(format('%I.%I', target_schema, t)) IS NULL THEN
            setup := setup || format('CREATE TABLE %I.%I (LIKE synthgen.%I)', target_schema, t,
                                     rowtypes[array_position(known, t)]);
            created := created || t;
        ELSE
            -- appending: the primary key comes off while loading, and back after
            setup := setup || format('ALTER TABLE %I.%I DROP CONSTRAINT IF EXISTS %I',
                                     target_schema, t, t || '_pkey');
        END IF;
    END LOOP;

    BEGIN
        tbl_rows := array_fill(0::bigint, ARRAY[array_length(chosen, 1)]);
        tbl_secs := array_fill(0::float8, ARRAY[array_length(chosen, 1)]);
        IF jobs = 1 THEN
            FOREACH t IN ARRAY setup LOOP
                EXECUTE t;
            END LOOP;
            FOR i IN 1 .. array_length(chosen, 1) LOOP
                t0 := clock_timestamp();
                tbl_rows[i] := synthgen.load(format('%I.%I', target_schema, chosen[i])::regclass,
                                             chosen[i], scenario, start, hours, seed,
                                             orders_per_day, customers, products, suppliers);
                tbl_secs[i] := extract(epoch FROM clock_timestamp() - t0);
            END LOOP;
        ELSE
            IF array_length(setup, 1) > 0 THEN
                PERFORM synthgen.run_parallel(setup, array_fill(0, ARRAY[array_length(setup, 1)]));
                committed := true;
            END IF;
            -- worker p loads slice p of every table; the slices' union is the whole
            start_iso := to_char(start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00"');
            FOR p IN 0 .. jobs - 1 LOOP
                FOREACH t IN ARRAY chosen LOOP
                    loads := loads || format('SELECT synthgen.load(%L::regclass, %L, %L, %L, %s, %s, %s, %s, %s, %s, %s, %s)',
                                             format('%I.%I', target_schema, t), t, scenario, start_iso,
                                             hours, seed, coalesce(orders_per_day::text, 'NULL'),
                                             coalesce(customers::text, 'NULL'), coalesce(products::text, 'NULL'),
                                             coalesce(suppliers::text, 'NULL'), p, jobs);
                    groups := groups || p;
                    stmt_table := stmt_table || t;
                END LOOP;
            END LOOP;
            -- a table's time is its slowest slice
            FOR r IN SELECT * FROM synthgen.run_parallel(loads, groups) LOOP
                i := array_position(chosen, stmt_table[r.statement]);
                tbl_rows[i] := tbl_rows[i] + r.rows;
                tbl_secs[i] := greatest(tbl_secs[i], r.seconds);
            END LOOP;
        END IF;

        run := nextval('synthgen.run_log_run_id_seq');
        args := jsonb_build_object('start', start, 'hours', hours, 'seed', seed,
                                   'orders_per_day', orders_per_day, 'customers', customers,
                                   'products', products, 'suppliers', suppliers,
                                   'target_schema', target_schema, 'jobs', jobs, 'if_exists', if_exists);
        FOR i IN 1 .. array_length(chosen, 1) LOOP
            t := chosen[i]; n := tbl_rows[i]; secs := tbl_secs[i];
            INSERT INTO synthgen.run_log VALUES (run, t_all, scenario, args, t, n, secs,
                                                 CASE WHEN secs > 0 THEN n / secs END, pg_backend_pid());
            RAISE NOTICE 'synthgen.generate(%): % % rows in % s', scenario, t, n, round(secs::numeric, 3);
            breakdown := breakdown || format(E'\n  %-18s %12s rows %9s s %12s rows/s', t, n,
                                             round(secs::numeric, 3),
                                             CASE WHEN secs > 0 THEN round(n / secs)::text END);
            total_rows := total_rows + n;
            table_name := t; rows := n; seconds := secs;
            RETURN NEXT;
        END LOOP;

        -- keys after loading, as pg_dump and pgbench do: one sort per index
        t0 := clock_timestamp();
        FOR i IN 1 .. array_length(keys, 1) LOOP
            IF keys[i][1] = ANY (chosen)
               AND NOT EXISTS (SELECT 1 FROM pg_constraint
                               WHERE conrelid = format('%I.%I', target_schema, keys[i][1])::regclass
                                 AND contype = 'p') THEN
                EXECUTE format('ALTER TABLE %I.%I ADD CONSTRAINT %I PRIMARY KEY (%s)', target_schema,
                               keys[i][1], keys[i][1] || '_pkey', keys[i][2]);
            END IF;
        END LOOP;
        -- among the chosen tables; when appending, also those taken off above
        FOR i IN 1 .. array_length(fkeys, 1) LOOP
            IF (fkeys[i][1] = ANY (chosen) AND fkeys[i][3] = ANY (chosen))
               OR (if_exists = 'append' AND i = ANY (dropped)) THEN
                EXECUTE format('ALTER TABLE %I.%I ADD CONSTRAINT %I FOREIGN KEY (%I) REFERENCES %I.%I (%I)',
                               target_schema, fkeys[i][1], fkeys[i][1] || '_' || fkeys[i][2] || '_fkey',
                               fkeys[i][2], target_schema, fkeys[i][3], fkeys[i][4]);
            END IF;
        END LOOP;
        secs := extract(epoch FROM clock_timestamp() - t0);
        breakdown := breakdown || format(E'\n  %-18s %12s      %9s s', 'keys', '', round(secs::numeric, 3));
        table_name := 'primary and foreign keys'; rows := NULL; seconds := secs;
        RETURN NEXT;

        t0 := clock_timestamp();
        FOREACH t IN ARRAY chosen LOOP
            EXECUTE format('ANALYZE %I.%I', target_schema, t);
        END LOOP;
        secs := extract(epoch FROM clock_timestamp() - t0);
        breakdown := breakdown || format(E'\n  %-18s %12s      %9s s', 'analyze', '', round(secs::numeric, 3));
        table_name := 'analyze'; rows := NULL; seconds := secs;
        RETURN NEXT;
    EXCEPTION WHEN OTHERS OR query_canceled THEN
        -- jobs > 1: the workers committed; what they made must not outlive
        -- the failure, nor a cancel or statement_timeout
        IF committed THEN
            setup := '{}';
            FOR i IN REVERSE array_length(created, 1) .. 1 LOOP
                setup := setup || format('DROP TABLE IF EXISTS %I.%I CASCADE', target_schema, created[i]);
            END LOOP;
            IF made_schema THEN
                setup := setup || format('DROP SCHEMA IF EXISTS %I', target_schema);
            END IF;
            IF array_length(setup, 1) > 0 THEN
                BEGIN
                    -- bounded: the statement's own timeout has already fired
                    PERFORM synthgen.run_parallel(array_prepend('SET LOCAL lock_timeout = ''10s''', setup),
                                                  array_fill(0, ARRAY[array_length(setup, 1) + 1]));
                EXCEPTION WHEN OTHERS OR query_canceled THEN
                    -- the first error is the one to report; say what is left
                    RAISE WARNING 'could not drop what the workers created: %', SQLERRM
                        USING DETAIL = format('Left behind: %s.', array_to_string(setup, '; ')),
                              HINT = 'Run these statements yourself.';
                END;
            END IF;
        END IF;
        RAISE;
    END;

    secs := extract(epoch FROM clock_timestamp() - t_all);
    RAISE NOTICE '%', format(E'synthgen.generate(%s) into schema %s:%s\n  %-18s %12s rows %9s s',
                             scenario, target_schema, breakdown, 'total', total_rows,
                             round(secs::numeric, 3));
END
$generate$;

-- ---------------------------------------------------------------------
-- synthgen--1.1--1.2.sql
-- ---------------------------------------------------------------------
/*
 * 1.2, a security and reliability release:
 *
 * - generate() is C (src/generate.c), same signature, defaults and result.
 *   It is replaced in place, so its OID, privileges and dependencies stay.
 *   It marks what it creates (COMMENT ON TABLE/SCHEMA/CONSTRAINT) and
 *   replaces or appends only to tables it marked, owned by the caller;
 *   jobs is capped by the new setting synthgen.max_jobs (superuser); what
 *   its workers committed is dropped when the call fails, is cancelled or
 *   its caller dies.
 * - run_parallel() is internal: generate() calls its C entry, so PUBLIC
 *   loses EXECUTE.
 * - run_log is written only by generate(), as the table's owner: PUBLIC
 *   keeps SELECT but loses INSERT and the sequence, so nobody can forge a
 *   run or take the run ids of future calls.
 *
 * Generation itself is unchanged: the algorithm version stays 1.
 */
CREATE OR REPLACE FUNCTION synthgen.generate(scenario text, start timestamptz, hours integer,
                                  tables text[] DEFAULT NULL,
                                  target_schema name DEFAULT 'public',
                                  seed bigint DEFAULT 1,
                                  orders_per_day integer DEFAULT NULL,
                                  customers bigint DEFAULT NULL,
                                  products integer DEFAULT NULL,
                                  suppliers integer DEFAULT NULL,
                                  jobs integer DEFAULT 1,
                                  if_exists text DEFAULT 'error')
RETURNS TABLE (table_name text, rows bigint, seconds float8)
AS 'MODULE_PATHNAME', 'synthgen_generate'
LANGUAGE C VOLATILE
SET search_path = pg_catalog, pg_temp
SET synthgen.timing = off;
COMMENT ON FUNCTION synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text) IS
'the main job: create (or append to, or replace) the chosen tables in target_schema, bulk-load them (jobs => N: in N background workers, at most synthgen.max_jobs), add primary and foreign keys, analyze, log in run_log; one row per table with its time.  It marks what it creates (COMMENT ON) and replaces or appends only to tables it marked';

REVOKE EXECUTE ON FUNCTION synthgen.run_parallel(text[], integer[]) FROM PUBLIC;
COMMENT ON FUNCTION synthgen.run_parallel(text[], integer[]) IS
'internal (superusers only): run statements in dynamic background workers as the calling role, the statements of group g in one transaction of one worker (with fewer free worker slots than groups, the started workers share the groups); waits for all and raises the first error';

REVOKE INSERT ON synthgen.run_log FROM PUBLIC;
REVOKE ALL ON SEQUENCE synthgen.run_log_run_id_seq FROM PUBLIC;
COMMENT ON TABLE synthgen.run_log IS
'one row per table and generate() run: what was generated, how many rows, how long it took; written only by generate(), readable by everyone';

CREATE FUNCTION synthgen.tables()
RETURNS TABLE (table_name text, function_name text, row_type regtype, needs_window boolean,
               load_order integer, primary_key text[], foreign_keys text[])
AS 'MODULE_PATHNAME', 'synthgen_tables'
LANGUAGE C STABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION synthgen.tables() IS
'the registry of synthgen''s tables in load order: the table generate() creates, its function and row type, whether it takes a time window, its primary key and foreign keys ("column -> table(column)")';

-- ---------------------------------------------------------------------
-- COPY ... (FORMAT parquet) in every session
-- ---------------------------------------------------------------------

CREATE FUNCTION synthgen.enable_parquet_copy() RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $enable$
DECLARE
    libs text[];
BEGIN
    -- the database's own setting (what ALTER DATABASE keeps), not the session's
    SELECT array_agg(btrim(x, ' "')) INTO libs
    FROM pg_db_role_setting s, unnest(s.setconfig) AS c,
         LATERAL regexp_split_to_table(substr(c, length('local_preload_libraries=') + 1), ',') AS x
    WHERE s.setdatabase = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
      AND s.setrole = 0 AND c LIKE 'local\_preload\_libraries=%';
    IF 'synthgen' = ANY (coalesce(libs, '{}')) THEN
        RETURN format('database %s already loads synthgen in every new session', current_database());
    END IF;
    libs := array_remove(coalesce(libs, '{}'), '') || 'synthgen'::text;
    -- the database owner's right, as for ALTER DATABASE itself
    EXECUTE format('ALTER DATABASE %I SET local_preload_libraries = %s', current_database(),
                   (SELECT string_agg(quote_literal(l), ', ') FROM unnest(libs) AS l));
    RETURN format('new sessions of database %s load synthgen: COPY ... (FORMAT parquet) works there',
                  current_database());
END
$enable$;
COMMENT ON FUNCTION synthgen.enable_parquet_copy() IS
'for the database owner: add synthgen to this database''s local_preload_libraries (keeping what is there), so that COPY ... (FORMAT parquet) works in every new session without a superuser';

-- say how, unless the library is preloaded already.  An extension script
-- runs with client_min_messages raised to warning; the notice is let
-- through when the session's own level would show notices.
DO $notice$
BEGIN
    IF pg_catalog.strpos(pg_catalog.concat_ws(',', pg_catalog.current_setting('shared_preload_libraries'),
                                              pg_catalog.current_setting('session_preload_libraries'),
                                              pg_catalog.current_setting('local_preload_libraries')),
                         'synthgen') OPERATOR(pg_catalog.=) 0
       AND (SELECT s.reset_val FROM pg_catalog.pg_settings s
            WHERE s.name OPERATOR(pg_catalog.=) 'client_min_messages')
           OPERATOR(pg_catalog.=) ANY ('{debug5,debug4,debug3,debug2,debug1,log,notice}'::text[]) THEN
        PERFORM pg_catalog.set_config('client_min_messages', 'notice', true);
        RAISE NOTICE 'COPY ... (FORMAT parquet) needs synthgen loaded in the session'
            USING HINT = 'The database owner runs SELECT synthgen.enable_parquet_copy(); for new sessions of this database (or a superuser adds synthgen to shared_preload_libraries). synthgen.export_parquet() works everywhere.';
        PERFORM pg_catalog.set_config('client_min_messages', 'warning', true);
    END IF;
END
$notice$;
