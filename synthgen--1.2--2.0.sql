/* synthgen--1.2--2.0.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION synthgen UPDATE TO '2.0'" to load this file. \quit

/*
 * 2.0: algorithm 2, one persistent world in absolute time (docs/design.md,
 * "The persistent world").  Every generated value changes.  Databases at
 * 1.0 and 1.1 arrive here through synthgen--1.0--1.2.sql and
 * synthgen--1.1--1.2.sql.
 *
 * What changes in the catalog, to end exactly where a fresh 2.0 install
 * does (test/sh/upgrade.sh compares them):
 *
 * - synthgen.scenarios gains seed and the columns of events as processes
 *   in absolute time (flash_sale_*, holiday_*, outage_*, disruption_*),
 *   and loses the window-relative event_kind, event_offset_hours,
 *   event_hours, event_order_multiplier, event_discount_pct and
 *   event_category.  The table is altered, not rebuilt, so its OID, its
 *   privileges and the foreign keys of users' tables that point at it
 *   stay; the new columns come last in SELECT * of an updated database
 *   (name the columns in INSERT and SELECT, as the documentation does).
 * - synth_customers(), synth_suppliers(), synth_products() and
 *   synth_campaigns(): seed DEFAULT NULL (the scenario row's seed) instead
 *   of DEFAULT 1; replaced in place, so views over them stay.
 * - synth_orders(), synth_order_items(), synth_support_tickets(),
 *   synth_cart_abandonment(), synth_returns(), synth_system_metrics(),
 *   synthgen.load() and synthgen.generate() take a new last argument
 *   as_of timestamptz DEFAULT NULL (and seed DEFAULT NULL): a new
 *   signature, so they are dropped and created again, with the comments
 *   and privileges of a fresh install.
 * - synthgen.events() and synthgen.load_together() are new.
 * - synthgen.order_row gains promised_at and synthgen.return_row quantity,
 *   as last attributes (ALTER TYPE ... ADD ATTRIBUTE ... CASCADE): tables
 *   declared OF them gain the column, the other row types do not change,
 *   and views over the master-data functions keep working.
 *
 * The update refuses, naming them, the objects of users that depend on
 * what it drops (views, materialized views, rules, SQL functions with a
 * BEGIN ATOMIC body over the eight functions above; views, indexes,
 * constraints, statistics and the like over the dropped scenario
 * columns; table columns of the type synthgen.scenarios, whose columns
 * change), before changing anything: drop them, update, recreate them.
 * Privileges that users changed on the eight recreated functions are
 * reported with a WARNING giving the statements to run again afterwards.
 *
 * Users' scenarios (the rows WHERE NOT shipped, the ones pg_dump keeps)
 * are converted; a NOTICE for each says what it became and what was lost.
 * A 1.x event sat at an offset from each window's start, which has no
 * meaning in a world in absolute time, so:
 *
 *   every row     seed = 1 (1.x's default seed); the rates, curves,
 *                 counts and campaigns_per_month keep their values (the
 *                 latter now counts campaigns starting in each calendar
 *                 month rather than per 30 days of window).
 *   flash_sale    a weekly flash sale: flash_sale_every_days = 7 (counted
 *                 from the local day of the first sign-up, signups_from),
 *                 flash_sale_start_hour = (event_offset_hours +
 *                 utc_offset_hours) mod 24, the local hour of day the sale
 *                 began in 1.x windows starting at midnight UTC (as the
 *                 CLI's and the documentation's do; with utc_offset_hours
 *                 0 that is event_offset_hours mod 24),
 *                 flash_sale_hours = least(event_hours, 72),
 *                 flash_sale_multiplier = event_order_multiplier,
 *                 flash_sale_discount_pct = event_discount_pct,
 *                 flash_sale_category = event_category (NULL, every
 *                 category, if this library has no such category).
 *   holiday_peak  the retail calendar: holiday_multiplier =
 *                 greatest(event_order_multiplier, 1) (Black Friday's rate;
 *                 Cyber Monday, December and the January lull scale with
 *                 it), holiday_discount_pct = event_discount_pct.  The
 *                 calendar decides when and how long; the holiday
 *                 campaigns cover every category (event_category is lost).
 *   system_outage outage_every_days = 7 (one outage at a random instant of
 *                 each week), outage_minutes_min = outage_minutes_max =
 *                 least(event_hours * 60, 1440), outage_order_multiplier =
 *                 least(event_order_multiplier, 1).
 *   supply_disruption  disruption_every_days = 30 (one random supplier's
 *                 products run out once in each 30 days),
 *                 disruption_days_min = disruption_days_max =
 *                 ceil(event_hours / 24) between 1 and 365.
 *   none          no events.
 * The new columns a row's kind does not set keep their defaults (no
 * flash sales, no holiday peaks, no outages, no disruptions).
 *
 * The shipped rows are not user data (pg_dump never saved them): they
 * become 2.0's shipped rows, updated in place, so foreign keys that point
 * at them hold; one that someone had changed in place gets a NOTICE.  A
 * user's row named like one of them (possible only after deleting a
 * shipped row) is refused before anything changes.
 */

-- ---------------------------------------------------------------------
-- Before anything changes: what would block the update
-- ---------------------------------------------------------------------

DO $check$
DECLARE
    saved_path text := pg_catalog.current_setting('search_path');
    replaced oid[];
    dropped int2[];
    blockers text[];
    clashes text;
    r record;
    grants text;
    revokes text;
    newsig text;
BEGIN
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

    -- the extension's functions that are dropped and created again
    SELECT pg_catalog.array_agg(p.oid) INTO replaced
    FROM pg_catalog.pg_proc p
    JOIN pg_catalog.pg_depend e
      ON e.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
     AND e.objid OPERATOR(pg_catalog.=) p.oid
     AND e.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
     AND e.deptype OPERATOR(pg_catalog.=) 'e'
    JOIN pg_catalog.pg_extension x
      ON x.oid OPERATOR(pg_catalog.=) e.refobjid AND x.extname OPERATOR(pg_catalog.=) 'synthgen'
    WHERE p.proname OPERATOR(pg_catalog.=) ANY ('{synth_orders,synth_order_items,synth_support_tickets,synth_cart_abandonment,synth_returns,synth_system_metrics,load,generate}'::pg_catalog.name[]);

    -- the scenario columns that are dropped
    SELECT pg_catalog.array_agg(a.attnum) INTO dropped
    FROM pg_catalog.pg_attribute a
    WHERE a.attrelid OPERATOR(pg_catalog.=) 'synthgen.scenarios'::pg_catalog.regclass
      AND a.attname OPERATOR(pg_catalog.=) ANY ('{event_kind,event_offset_hours,event_hours,event_order_multiplier,event_discount_pct,event_category}'::pg_catalog.name[])
      AND NOT a.attisdropped;

    -- everything else that depends on them: the objects of users (the
    -- catalog's own defaults and CHECK constraints on those columns go
    -- with them), named schema-qualified (search_path is pg_catalog)
    WITH dep AS (
        SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid
        FROM pg_catalog.pg_depend d
        WHERE d.deptype OPERATOR(pg_catalog.<>) 'e'
          AND ((d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
                AND d.refobjid OPERATOR(pg_catalog.=) ANY (replaced))
               OR (d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
                   AND d.refobjid OPERATOR(pg_catalog.=) 'synthgen.scenarios'::pg_catalog.regclass
                   AND d.refobjsubid OPERATOR(pg_catalog.=) ANY (dropped)))
          AND NOT (d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_attrdef'::pg_catalog.regclass
                   AND d.objid OPERATOR(pg_catalog.=) ANY (
                       SELECT ad.oid FROM pg_catalog.pg_attrdef ad
                       WHERE ad.adrelid OPERATOR(pg_catalog.=) 'synthgen.scenarios'::pg_catalog.regclass))
          AND NOT (d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_constraint'::pg_catalog.regclass
                   AND d.objid OPERATOR(pg_catalog.=) ANY (
                       SELECT co.oid FROM pg_catalog.pg_constraint co
                       WHERE co.conrelid OPERATOR(pg_catalog.=) 'synthgen.scenarios'::pg_catalog.regclass
                         AND co.conname OPERATOR(pg_catalog.=) ANY ('{scenarios_event_kind_check,scenarios_event_offset_hours_check,scenarios_event_hours_check,scenarios_event_order_multiplier_check,scenarios_event_discount_pct_check,scenarios_event_category_check,event_hours_match_event_kind,flash_sale_needs_discount}'::pg_catalog.name[])))
        UNION ALL
        -- a column of the catalog's row type: ALTER TABLE refuses to add
        -- a column with a default to a table whose row type is stored
        SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, 0
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) d.refobjid
        WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass
          AND d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
          AND d.objsubid OPERATOR(pg_catalog.>) 0
          AND (t.typrelid OPERATOR(pg_catalog.=) 'synthgen.scenarios'::pg_catalog.regclass
               OR t.typelem OPERATOR(pg_catalog.=) ANY (
                   SELECT c.reltype FROM pg_catalog.pg_class c
                   WHERE c.oid OPERATOR(pg_catalog.=) 'synthgen.scenarios'::pg_catalog.regclass))),
    named AS (
        SELECT CASE
                   -- a view or materialized view is its _RETURN rule
                   WHEN dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                        AND rw.rulename OPERATOR(pg_catalog.=) '_RETURN'
                   THEN pg_catalog.pg_describe_object('pg_catalog.pg_class'::pg_catalog.regclass, rw.ev_class, 0)
                   ELSE pg_catalog.pg_describe_object(dep.classid, dep.objid, dep.objsubid)
               END AS what,
               pg_catalog.pg_describe_object(dep.refclassid, dep.refobjid, dep.refobjsubid) AS used
        FROM dep
        LEFT JOIN pg_catalog.pg_rewrite rw
          ON dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
         AND rw.oid OPERATOR(pg_catalog.=) dep.objid)
    SELECT pg_catalog.array_agg(pg_catalog.format('%s (uses %s)', n.what, n.used) ORDER BY n.what)
    INTO blockers
    FROM (SELECT u.what, pg_catalog.string_agg(u.used, ', ' ORDER BY u.used) AS used
          FROM (SELECT DISTINCT what, used FROM named) u
          GROUP BY u.what) n;

    IF blockers IS NOT NULL THEN
        RAISE EXCEPTION 'cannot update extension synthgen to 2.0: % of your objects depend on what the update replaces',
                        pg_catalog.cardinality(blockers)
            USING ERRCODE = 'dependent_objects_still_exist',
                  DETAIL = pg_catalog.array_to_string(blockers, E'\n'),
                  HINT = 'Drop them, run ALTER EXTENSION synthgen UPDATE, then create them again: '
                         'synth_orders(), synth_order_items(), synth_support_tickets(), synth_cart_abandonment(), '
                         'synth_returns(), synth_system_metrics(), synthgen.load() and synthgen.generate() take a new '
                         'last argument as_of, and the event_* columns of synthgen.scenarios become flash_sale_*, '
                         'holiday_*, outage_* and disruption_* (see CHANGELOG.md, 2.0).';
    END IF;

    -- a user's scenario named like a shipped one would collide with it
    SELECT pg_catalog.string_agg(s.name, ', ' ORDER BY s.name) INTO clashes
    FROM synthgen.scenarios s
    WHERE NOT s.shipped
      AND s.name OPERATOR(pg_catalog.=) ANY ('{baseline,flash_sale,holiday_peak,system_outage,supply_disruption}'::pg_catalog.text[]);
    IF clashes IS NOT NULL THEN
        RAISE EXCEPTION 'cannot update extension synthgen to 2.0: scenarios of yours have the names of shipped ones: %', clashes
            USING ERRCODE = 'unique_violation',
                  DETAIL = 'The update installs 2.0''s shipped scenarios baseline, flash_sale, holiday_peak, system_outage and supply_disruption.',
                  HINT = 'Rename yours (UPDATE synthgen.scenarios SET name = ... WHERE name = ...), then update.';
    END IF;

    -- privileges changed on the recreated functions are not carried over:
    -- say so, with the statements that restore them
    FOR r IN
        SELECT p.oid, n.nspname, p.proname,
               pg_catalog.pg_get_function_identity_arguments(p.oid) AS args,
               COALESCE(p.proacl, pg_catalog.acldefault('f', p.proowner)) AS acl_now,
               COALESCE(i.initprivs, pg_catalog.acldefault('f', p.proowner)) AS acl_was
        FROM pg_catalog.pg_proc p
        JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) p.pronamespace
        LEFT JOIN pg_catalog.pg_init_privs i
          ON i.objoid OPERATOR(pg_catalog.=) p.oid
         AND i.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
         AND i.objsubid OPERATOR(pg_catalog.=) 0
        WHERE p.oid OPERATOR(pg_catalog.=) ANY (replaced)
        ORDER BY n.nspname, p.proname
    LOOP
        newsig := pg_catalog.format(CASE WHEN r.proname OPERATOR(pg_catalog.=) 'generate'
                                         THEN '%I.%I(%s, keys text, unlogged boolean, as_of timestamp with time zone)'
                                         ELSE '%I.%I(%s, as_of timestamp with time zone)' END,
                                    r.nspname, r.proname, r.args);
        SELECT pg_catalog.string_agg(pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO %s%s;', newsig,
                   CASE WHEN a.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid THEN 'PUBLIC'
                        ELSE a.grantee::pg_catalog.regrole::pg_catalog.text END,
                   CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END), ' ')
        INTO grants
        FROM pg_catalog.aclexplode(r.acl_now) a
        WHERE NOT EXISTS (SELECT FROM pg_catalog.aclexplode(r.acl_was) b
                          WHERE b.grantee OPERATOR(pg_catalog.=) a.grantee
                            AND b.privilege_type OPERATOR(pg_catalog.=) a.privilege_type
                            AND b.is_grantable OPERATOR(pg_catalog.=) a.is_grantable);
        SELECT pg_catalog.string_agg(pg_catalog.format('REVOKE EXECUTE ON FUNCTION %s FROM %s;', newsig,
                   CASE WHEN b.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid THEN 'PUBLIC'
                        ELSE b.grantee::pg_catalog.regrole::pg_catalog.text END), ' ')
        INTO revokes
        FROM pg_catalog.aclexplode(r.acl_was) b
        WHERE NOT EXISTS (SELECT FROM pg_catalog.aclexplode(r.acl_now) a
                          WHERE a.grantee OPERATOR(pg_catalog.=) b.grantee
                            AND a.privilege_type OPERATOR(pg_catalog.=) b.privilege_type
                            AND a.is_grantable OPERATOR(pg_catalog.=) b.is_grantable);
        IF grants IS NOT NULL OR revokes IS NOT NULL THEN
            RAISE WARNING 'the update recreates function %.% with the default privileges, not the ones you gave it',
                          pg_catalog.quote_ident(r.nspname), pg_catalog.quote_ident(r.proname)
                USING DETAIL = 'Its signature changes (new arguments: as_of, and keys and unlogged for generate()), so it is dropped and created again.',
                      HINT = pg_catalog.concat_ws(' ', 'After the update, run:', revokes, grants);
        END IF;
    END LOOP;

    PERFORM pg_catalog.set_config('search_path', saved_path, true);
END
$check$;

-- ---------------------------------------------------------------------
-- Scenario catalog
-- ---------------------------------------------------------------------

ALTER TABLE synthgen.scenarios
    ADD COLUMN seed                    bigint NOT NULL DEFAULT 1,
    ADD COLUMN flash_sale_every_days   integer NOT NULL DEFAULT 0
                            CHECK (flash_sale_every_days OPERATOR(pg_catalog.>=) 0
                                   AND flash_sale_every_days OPERATOR(pg_catalog.<=) 366),
    ADD COLUMN flash_sale_start_hour   integer NOT NULL DEFAULT 12
                            CHECK (flash_sale_start_hour OPERATOR(pg_catalog.>=) 0
                                   AND flash_sale_start_hour OPERATOR(pg_catalog.<=) 23),
    ADD COLUMN flash_sale_hours        integer NOT NULL DEFAULT 4
                            CHECK (flash_sale_hours OPERATOR(pg_catalog.>=) 1
                                   AND flash_sale_hours OPERATOR(pg_catalog.<=) 72),
    ADD COLUMN flash_sale_multiplier   numeric(6,2) NOT NULL DEFAULT 5
                            CHECK (flash_sale_multiplier OPERATOR(pg_catalog.>=) 0.01
                                   AND flash_sale_multiplier OPERATOR(pg_catalog.<=) 100::numeric),
    ADD COLUMN flash_sale_discount_pct numeric(5,2) NOT NULL DEFAULT 40
                            CHECK (flash_sale_discount_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND flash_sale_discount_pct OPERATOR(pg_catalog.<=) 90::numeric),
    ADD COLUMN flash_sale_category     text
                            CHECK (flash_sale_category OPERATOR(pg_catalog.=) ANY (synthgen.category_names())),
    ADD COLUMN holiday_multiplier      numeric(6,2) NOT NULL DEFAULT 1
                            CHECK (holiday_multiplier OPERATOR(pg_catalog.>=) 1::numeric
                                   AND holiday_multiplier OPERATOR(pg_catalog.<=) 100::numeric),
    ADD COLUMN holiday_discount_pct    numeric(5,2) NOT NULL DEFAULT 0
                            CHECK (holiday_discount_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND holiday_discount_pct OPERATOR(pg_catalog.<=) 90::numeric),
    ADD COLUMN outage_every_days       integer NOT NULL DEFAULT 0
                            CHECK (outage_every_days OPERATOR(pg_catalog.>=) 0
                                   AND outage_every_days OPERATOR(pg_catalog.<=) 3660),
    ADD COLUMN outage_minutes_min      integer NOT NULL DEFAULT 60
                            CHECK (outage_minutes_min OPERATOR(pg_catalog.>=) 1
                                   AND outage_minutes_min OPERATOR(pg_catalog.<=) 1440),
    ADD COLUMN outage_minutes_max      integer NOT NULL DEFAULT 240
                            CHECK (outage_minutes_max OPERATOR(pg_catalog.>=) 1
                                   AND outage_minutes_max OPERATOR(pg_catalog.<=) 1440),
    ADD COLUMN outage_order_multiplier numeric(6,2) NOT NULL DEFAULT 0.1
                            CHECK (outage_order_multiplier OPERATOR(pg_catalog.>=) 0::numeric
                                   AND outage_order_multiplier OPERATOR(pg_catalog.<=) 1::numeric),
    ADD COLUMN disruption_every_days   integer NOT NULL DEFAULT 0
                            CHECK (disruption_every_days OPERATOR(pg_catalog.>=) 0
                                   AND disruption_every_days OPERATOR(pg_catalog.<=) 3660),
    ADD COLUMN disruption_days_min     integer NOT NULL DEFAULT 5
                            CHECK (disruption_days_min OPERATOR(pg_catalog.>=) 1
                                   AND disruption_days_min OPERATOR(pg_catalog.<=) 365),
    ADD COLUMN disruption_days_max     integer NOT NULL DEFAULT 21
                            CHECK (disruption_days_max OPERATOR(pg_catalog.>=) 1
                                   AND disruption_days_max OPERATOR(pg_catalog.<=) 365),
    ADD CONSTRAINT flash_sale_fits_between_sales
        CHECK (flash_sale_every_days OPERATOR(pg_catalog.=) 0
               OR flash_sale_hours OPERATOR(pg_catalog.<=) (flash_sale_every_days OPERATOR(pg_catalog.*) 24)),
    ADD CONSTRAINT outage_minutes_in_order
        CHECK (outage_minutes_min OPERATOR(pg_catalog.<=) outage_minutes_max),
    ADD CONSTRAINT outage_fits_its_period
        CHECK (outage_every_days OPERATOR(pg_catalog.=) 0
               OR outage_minutes_max OPERATOR(pg_catalog.<=) (outage_every_days OPERATOR(pg_catalog.*) 1440)),
    ADD CONSTRAINT disruption_days_in_order
        CHECK (disruption_days_min OPERATOR(pg_catalog.<=) disruption_days_max);

-- users' scenarios: the 1.x event mapped to the 2.0 columns (the header
-- lists the conversions); seed is 1 already, the new column's default
UPDATE synthgen.scenarios s SET
    flash_sale_every_days = 7,
    flash_sale_start_hour = (((s.event_offset_hours OPERATOR(pg_catalog.+) s.utc_offset_hours)
                               OPERATOR(pg_catalog.%) 24) OPERATOR(pg_catalog.+) 24) OPERATOR(pg_catalog.%) 24,
    flash_sale_hours = LEAST(s.event_hours, 72),
    flash_sale_multiplier = s.event_order_multiplier,
    flash_sale_discount_pct = s.event_discount_pct,
    -- a category this library no longer has: every category
    flash_sale_category = CASE WHEN s.event_category OPERATOR(pg_catalog.=) ANY (synthgen.category_names())
                               THEN s.event_category END
WHERE NOT s.shipped AND s.event_kind OPERATOR(pg_catalog.=) 'flash_sale';

UPDATE synthgen.scenarios s SET
    holiday_multiplier = GREATEST(s.event_order_multiplier, 1::numeric),
    holiday_discount_pct = s.event_discount_pct
WHERE NOT s.shipped AND s.event_kind OPERATOR(pg_catalog.=) 'holiday_peak';

UPDATE synthgen.scenarios s SET
    outage_every_days = 7,
    outage_minutes_min = LEAST(s.event_hours OPERATOR(pg_catalog.*) 60, 1440),
    outage_minutes_max = LEAST(s.event_hours OPERATOR(pg_catalog.*) 60, 1440),
    outage_order_multiplier = LEAST(s.event_order_multiplier, 1::numeric)
WHERE NOT s.shipped AND s.event_kind OPERATOR(pg_catalog.=) 'system_outage';

UPDATE synthgen.scenarios s SET
    disruption_every_days = 30,
    disruption_days_min = LEAST(GREATEST((s.event_hours OPERATOR(pg_catalog.+) 23) OPERATOR(pg_catalog./) 24, 1), 365),
    disruption_days_max = LEAST(GREATEST((s.event_hours OPERATOR(pg_catalog.+) 23) OPERATOR(pg_catalog./) 24, 1), 365)
WHERE NOT s.shipped AND s.event_kind OPERATOR(pg_catalog.=) 'supply_disruption';

-- and a NOTICE for each: what it became, what had no meaning any more.
-- An extension script runs with client_min_messages raised to warning;
-- the notices are let through when the session's own level would show
-- them.
DO $notice$
DECLARE
    saved_path text := pg_catalog.current_setting('search_path');
    loud boolean;
    r record;
    msg text;
    detail text;
    n integer := 0;
BEGIN
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    loud := (SELECT s.reset_val FROM pg_catalog.pg_settings s
             WHERE s.name OPERATOR(pg_catalog.=) 'client_min_messages')
            OPERATOR(pg_catalog.=) ANY ('{debug5,debug4,debug3,debug2,debug1,log,notice}'::pg_catalog.text[]);
    FOR r IN
        SELECT s.* FROM synthgen.scenarios s WHERE NOT s.shipped ORDER BY s.name
    LOOP
        n := n OPERATOR(pg_catalog.+) 1;
        IF r.event_kind OPERATOR(pg_catalog.=) 'flash_sale' THEN
            msg := pg_catalog.format('scenario %s: its flash sale now runs every %s days at %s:00 local time for %s hours (x%s, %s%% off %s)',
                                     r.name, r.flash_sale_every_days,
                                     pg_catalog.lpad(r.flash_sale_start_hour::pg_catalog.text, 2, '0'),
                                     r.flash_sale_hours, r.flash_sale_multiplier, r.flash_sale_discount_pct,
                                     COALESCE(r.flash_sale_category, 'every category'));
            detail := pg_catalog.format('event_offset_hours %s has no absolute meaning (it counted from each window''s start): '
                                        'the sale keeps the hour of day it had in windows starting at midnight UTC, '
                                        'and repeats every 7 days from the local day of the first sign-up (signups_from)',
                                        r.event_offset_hours);
            IF r.event_hours OPERATOR(pg_catalog.>) 72 THEN
                detail := pg_catalog.format('%s; event_hours %s is cut to 72, the longest flash sale', detail, r.event_hours);
            END IF;
            IF r.event_category IS NOT NULL AND r.flash_sale_category IS NULL THEN
                detail := pg_catalog.format('%s; event_category %s is not a category of this version, so the sale covers every category',
                                            detail, r.event_category);
            END IF;
        ELSIF r.event_kind OPERATOR(pg_catalog.=) 'holiday_peak' THEN
            msg := pg_catalog.format('scenario %s: its holiday peak now follows the retail calendar, %s%s',
                                     r.name,
                                     CASE WHEN r.holiday_multiplier OPERATOR(pg_catalog.>) 1::pg_catalog.numeric
                                          THEN pg_catalog.format('Black Friday at x%s of a normal day', r.holiday_multiplier)
                                          ELSE 'without peaks (holiday_multiplier 1)' END,
                                     CASE WHEN r.holiday_discount_pct OPERATOR(pg_catalog.>) 0::pg_catalog.numeric
                                          THEN pg_catalog.format(', %s%% off in the Black Friday Weekend and Holiday Gift Event campaigns',
                                                                 r.holiday_discount_pct)
                                          ELSE '' END);
            detail := pg_catalog.format('event_offset_hours %s and event_hours %s have no absolute meaning: the calendar '
                                        '(Black Friday to Cyber Monday, the December ramp, the January lull) decides when and how long',
                                        r.event_offset_hours, r.event_hours);
            IF r.event_order_multiplier OPERATOR(pg_catalog.<) 1::pg_catalog.numeric THEN
                detail := pg_catalog.format('%s; event_order_multiplier %s was below 1, so there are no holiday peaks',
                                            detail, r.event_order_multiplier);
            END IF;
            IF r.event_category IS NOT NULL THEN
                detail := pg_catalog.format('%s; event_category %s is lost: the holiday campaigns cover every category',
                                            detail, r.event_category);
            END IF;
        ELSIF r.event_kind OPERATOR(pg_catalog.=) 'system_outage' THEN
            msg := pg_catalog.format('scenario %s: its outage now happens once in every %s days at a random instant, for %s minutes, with %s of the orders still placed',
                                     r.name, r.outage_every_days, r.outage_minutes_max, r.outage_order_multiplier);
            detail := pg_catalog.format('event_offset_hours %s has no absolute meaning (it counted from each window''s start): '
                                        'each 7-day period draws its outage''s start from the seed',
                                        r.event_offset_hours);
            IF r.event_hours OPERATOR(pg_catalog.>) 24 THEN
                detail := pg_catalog.format('%s; event_hours %s is cut to 24, the longest outage', detail, r.event_hours);
            END IF;
            IF r.event_order_multiplier OPERATOR(pg_catalog.>) 1::pg_catalog.numeric THEN
                detail := pg_catalog.format('%s; event_order_multiplier %s was above 1 and is now 1', detail, r.event_order_multiplier);
            END IF;
        ELSIF r.event_kind OPERATOR(pg_catalog.=) 'supply_disruption' THEN
            msg := pg_catalog.format('scenario %s: its supply disruption now happens once in every %s days, a random supplier''s products running out for %s days',
                                     r.name, r.disruption_every_days, r.disruption_days_max);
            detail := pg_catalog.format('event_offset_hours %s has no absolute meaning (it counted from each window''s start): '
                                        'each 30-day period draws its disruption''s start and supplier from the seed',
                                        r.event_offset_hours);
            IF (r.event_hours OPERATOR(pg_catalog.%) 24) OPERATOR(pg_catalog.<>) 0 THEN
                detail := pg_catalog.format('%s; event_hours %s is rounded up to whole days', detail, r.event_hours);
            END IF;
        ELSE
            msg := pg_catalog.format('scenario %s: it had no event and has none', r.name);
            detail := NULL;
        END IF;
        IF loud THEN
            PERFORM pg_catalog.set_config('client_min_messages', 'notice', true);
        END IF;
        RAISE NOTICE '%', msg USING DETAIL = pg_catalog.concat_ws('; ', detail, 'seed 1, 1.x''s default seed');
        IF loud THEN
            PERFORM pg_catalog.set_config('client_min_messages', 'warning', true);
        END IF;
    END LOOP;
    -- shipped rows someone changed in place (pg_dump never kept that):
    -- 2.0's replace them, say so.  1.0, 1.1 and 1.2 shipped these values.
    FOR r IN
        SELECT s.name FROM synthgen.scenarios s
        WHERE s.shipped AND NOT EXISTS (
            SELECT FROM (VALUES
                ('baseline'::pg_catalog.text, 'steady diurnal and weekly pattern with a few small campaigns'::pg_catalog.text,
                 12500, 15000::pg_catalog.int8, 2000, 100, 3, '2021-01-01 00:00+00'::pg_catalog.timestamptz,
                 '2025-11-01 00:00+00'::pg_catalog.timestamptz, 0,
                 '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}'::pg_catalog.int4[],
                 '{100,98,97,100,108,115,105}'::pg_catalog.int4[], 'none'::pg_catalog.text, 0, 0,
                 1::pg_catalog.numeric, 0::pg_catalog.numeric, ''::pg_catalog.text,
                 2::pg_catalog.numeric, 8::pg_catalog.numeric, 4::pg_catalog.numeric, 70::pg_catalog.numeric),
                ('flash_sale', 'a four-hour deep discount on one category: orders several times baseline, more payment abandonment, higher latency',
                 12500, 15000, 2000, 100, 2, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
                 '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
                 '{100,98,97,100,108,115,105}', 'flash_sale', 36, 4, 5, 40, 'Electronics', 2, 9, 5, 110),
                ('holiday_peak', 'a ten-day ramp to a holiday peak: gift-heavy baskets, shipping delays, where-is-my-order tickets',
                 12500, 15000, 2000, 100, 4, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
                 '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
                 '{100,98,97,100,108,115,105}', 'holiday_peak', 0, 240, 3, 15, '', 2, 10, 7, 80),
                ('system_outage', 'a three-hour outage: errors and latency spike, orders collapse, abandonment and payment tickets spike, then recovery',
                 12500, 15000, 2000, 100, 3, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
                 '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
                 '{100,98,97,100,108,115,105}', 'system_outage', 30, 3, 0.1, 0, '', 2, 8, 4, 70),
                ('supply_disruption', 'one supplier''s products run out: cancellations, backorders, late deliveries, tickets',
                 12500, 15000, 2000, 100, 3, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
                 '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
                 '{100,98,97,100,108,115,105}', 'supply_disruption', 24, 120, 1, 0, '', 2, 8, 5, 70))
                AS x(name, description, orders_per_day, customers, products, suppliers, campaigns_per_month,
                     signups_from, signups_until, utc_offset_hours, diurnal, weekly, event_kind,
                     event_offset_hours, event_hours, event_order_multiplier, event_discount_pct, event_category,
                     cancel_rate_pct, return_rate_pct, ticket_rate_pct, abandon_rate_pct)
            WHERE ROW(s.name, s.description, s.orders_per_day, s.customers, s.products, s.suppliers,
                      s.campaigns_per_month, s.signups_from, s.signups_until, s.utc_offset_hours, s.diurnal,
                      s.weekly, s.event_kind, s.event_offset_hours, s.event_hours, s.event_order_multiplier,
                      s.event_discount_pct, COALESCE(s.event_category, ''), s.cancel_rate_pct, s.return_rate_pct,
                      s.ticket_rate_pct, s.abandon_rate_pct)
                  OPERATOR(pg_catalog.=)
                  ROW(x.name, x.description, x.orders_per_day, x.customers, x.products, x.suppliers,
                      x.campaigns_per_month, x.signups_from, x.signups_until, x.utc_offset_hours, x.diurnal,
                      x.weekly, x.event_kind, x.event_offset_hours, x.event_hours, x.event_order_multiplier,
                      x.event_discount_pct, x.event_category, x.cancel_rate_pct, x.return_rate_pct,
                      x.ticket_rate_pct, x.abandon_rate_pct))
        ORDER BY s.name
    LOOP
        IF loud THEN
            PERFORM pg_catalog.set_config('client_min_messages', 'notice', true);
        END IF;
        RAISE NOTICE 'shipped scenario % had been changed in this database; 2.0''s % replaces it', r.name, r.name
            USING DETAIL = 'Shipped scenarios are the extension''s (pg_dump never saved them); your changes are not converted.',
                  HINT = 'Keep a variant of a shipped scenario under a name of its own (INSERT INTO synthgen.scenarios).';
        IF loud THEN
            PERFORM pg_catalog.set_config('client_min_messages', 'warning', true);
        END IF;
    END LOOP;

    IF loud THEN
        PERFORM pg_catalog.set_config('client_min_messages', 'notice', true);
    END IF;
    RAISE NOTICE 'synthgen 2.0 generates algorithm 2: every row differs from 1.x''s for the same arguments'
        USING DETAIL = CASE WHEN n OPERATOR(pg_catalog.=) 0 THEN 'There were no scenarios of yours to convert; the shipped ones are 2.0''s.'
                            ELSE pg_catalog.format('Your scenarios converted (above): %s; the shipped ones are 2.0''s.', n) END,
              HINT = 'See CHANGELOG.md, 2.0, for the conversions and what to do with tables made by 1.x.';
    IF loud THEN
        PERFORM pg_catalog.set_config('client_min_messages', 'warning', true);
    END IF;
    PERFORM pg_catalog.set_config('search_path', saved_path, true);
END
$notice$;

ALTER TABLE synthgen.scenarios
    DROP CONSTRAINT event_hours_match_event_kind,
    DROP CONSTRAINT flash_sale_needs_discount,
    DROP COLUMN event_kind,
    DROP COLUMN event_offset_hours,
    DROP COLUMN event_hours,
    DROP COLUMN event_order_multiplier,
    DROP COLUMN event_discount_pct,
    DROP COLUMN event_category;

-- abandon_rate_pct was abandoned carts per 100 checkouts (x); 2.0 reads
-- it as the share of carts abandoned, x / (100 + x) of them, the same volume
ALTER TABLE synthgen.scenarios DROP CONSTRAINT scenarios_abandon_rate_pct_check;
UPDATE synthgen.scenarios
SET abandon_rate_pct = pg_catalog.round(100 OPERATOR(pg_catalog.*) abandon_rate_pct
                                        OPERATOR(pg_catalog./) (100 OPERATOR(pg_catalog.+) abandon_rate_pct), 2)
;
ALTER TABLE synthgen.scenarios ADD CONSTRAINT scenarios_abandon_rate_pct_check
    CHECK (abandon_rate_pct OPERATOR(pg_catalog.>=) 0::numeric
           AND abandon_rate_pct OPERATOR(pg_catalog.<=) 95::numeric);
COMMENT ON COLUMN synthgen.scenarios.abandon_rate_pct IS 'share of shopping carts abandoned, percent (Baymard: 70): a/(100-a) abandoned carts per order, some of them recovered by a later order';

-- 2.0 reads return_rate_pct as the line return rate of an average category
-- and ticket_rate_pct as everyday questions only (the shipped rows: 16, 2)
ALTER TABLE synthgen.scenarios ALTER COLUMN return_rate_pct SET DEFAULT 16,
    ALTER COLUMN ticket_rate_pct SET DEFAULT 2;
COMMENT ON COLUMN synthgen.scenarios.return_rate_pct IS 'percent of an average category''s order lines returned (Clothing 2.2x, Shoes 2x, Electronics 0.85x, Grocery 0.06x; late parcels and holiday gifts more): about 15 % of delivered orders at 16';
COMMENT ON COLUMN synthgen.scenarios.ticket_rate_pct IS 'everyday questions (product, account, billing) per 100 orders; late parcels, damage, returns, outages and cancellations bring their own tickets';

-- orders carry the promised delivery instant, returns the units sent back
-- (new last attributes; tables declared OF the types get them too)
ALTER TYPE synthgen.order_row ADD ATTRIBUTE promised_at timestamptz CASCADE;
ALTER TYPE synthgen.return_row ADD ATTRIBUTE quantity integer CASCADE;

-- the shipped rows become 2.0's, in place (foreign keys to them hold)
INSERT INTO synthgen.scenarios
    (name, description, seed, orders_per_day, customers, products, suppliers,
     campaigns_per_month, signups_from, signups_until, utc_offset_hours,
     diurnal, weekly,
     flash_sale_every_days, flash_sale_start_hour, flash_sale_hours,
     flash_sale_multiplier, flash_sale_discount_pct, flash_sale_category,
     holiday_multiplier, holiday_discount_pct,
     outage_every_days, outage_minutes_min, outage_minutes_max, outage_order_multiplier,
     disruption_every_days, disruption_days_min, disruption_days_max,
     cancel_rate_pct, return_rate_pct, ticket_rate_pct, abandon_rate_pct,
     shipped)
VALUES
    ('baseline', 'steady diurnal and weekly pattern with a few small campaigns',
     1, 2000, 250000, 2000, 100, 3, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
     '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
     '{100,98,97,100,108,115,105}',
     0, 12, 4, 5, 40, NULL, 1, 0, 0, 60, 240, 0.1, 0, 5, 21,
     2, 16, 2, 70, true),
    ('flash_sale', 'a four-hour deep discount on Electronics every Friday at noon: orders several times baseline, more payment abandonment, higher latency',
     1, 2000, 250000, 2000, 100, 3, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
     '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
     '{100,98,97,100,108,115,105}',
     7, 12, 4, 5, 40, 'Electronics', 1, 0, 0, 60, 240, 0.1, 0, 5, 21,
     2, 16, 2, 70, true),
    ('holiday_peak', 'the retail calendar: Black Friday to Cyber Monday, the December ramp, the January lull; gift-heavy baskets, shipping delays, where-is-my-order tickets',
     1, 2000, 250000, 2000, 100, 3, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
     '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
     '{100,98,97,100,108,115,105}',
     0, 12, 4, 5, 40, NULL, 3, 15, 0, 60, 240, 0.1, 0, 5, 21,
     2, 16, 2, 70, true),
    ('system_outage', 'an outage of one to four hours every week: errors and latency spike, orders collapse, abandonment and payment tickets spike, then recovery',
     1, 2000, 250000, 2000, 100, 3, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
     '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
     '{100,98,97,100,108,115,105}',
     0, 12, 4, 5, 40, NULL, 1, 0, 7, 60, 240, 0.1, 0, 5, 21,
     2, 16, 2, 70, true),
    ('supply_disruption', 'every month one supplier''s products run out for five days to three weeks: cancellations, backorders, late deliveries, tickets',
     1, 2000, 250000, 2000, 100, 3, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
     '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
     '{100,98,97,100,108,115,105}',
     0, 12, 4, 5, 40, NULL, 1, 0, 0, 60, 240, 0.1, 30, 5, 21,
     2, 16, 2, 70, true)
ON CONFLICT (name) DO UPDATE SET
    description = excluded.description, seed = excluded.seed,
    orders_per_day = excluded.orders_per_day, customers = excluded.customers,
    products = excluded.products, suppliers = excluded.suppliers,
    campaigns_per_month = excluded.campaigns_per_month,
    signups_from = excluded.signups_from, signups_until = excluded.signups_until,
    utc_offset_hours = excluded.utc_offset_hours,
    diurnal = excluded.diurnal, weekly = excluded.weekly,
    flash_sale_every_days = excluded.flash_sale_every_days,
    flash_sale_start_hour = excluded.flash_sale_start_hour,
    flash_sale_hours = excluded.flash_sale_hours,
    flash_sale_multiplier = excluded.flash_sale_multiplier,
    flash_sale_discount_pct = excluded.flash_sale_discount_pct,
    flash_sale_category = excluded.flash_sale_category,
    holiday_multiplier = excluded.holiday_multiplier,
    holiday_discount_pct = excluded.holiday_discount_pct,
    outage_every_days = excluded.outage_every_days,
    outage_minutes_min = excluded.outage_minutes_min,
    outage_minutes_max = excluded.outage_minutes_max,
    outage_order_multiplier = excluded.outage_order_multiplier,
    disruption_every_days = excluded.disruption_every_days,
    disruption_days_min = excluded.disruption_days_min,
    disruption_days_max = excluded.disruption_days_max,
    cancel_rate_pct = excluded.cancel_rate_pct, return_rate_pct = excluded.return_rate_pct,
    ticket_rate_pct = excluded.ticket_rate_pct, abandon_rate_pct = excluded.abandon_rate_pct,
    shipped = excluded.shipped;
-- 1.x shipped no other rows; a row marked shipped is the extension's
DELETE FROM synthgen.scenarios s
WHERE s.shipped
  AND NOT (s.name OPERATOR(pg_catalog.=) ANY ('{baseline,flash_sale,holiday_peak,system_outage,supply_disruption}'::pg_catalog.text[]));

COMMENT ON COLUMN synthgen.scenarios.orders_per_day IS 'mean orders per day on a normal day, before curves and events (argument orders_per_day overrides: another world)';
COMMENT ON COLUMN synthgen.scenarios.customers IS 'customer count (argument customers overrides: another world)';
COMMENT ON COLUMN synthgen.scenarios.products IS 'product count (argument products overrides: another world)';
COMMENT ON COLUMN synthgen.scenarios.suppliers IS 'supplier count (argument suppliers overrides: another world)';
COMMENT ON COLUMN synthgen.scenarios.campaigns_per_month IS 'regular marketing campaigns starting in each calendar month';
COMMENT ON COLUMN synthgen.scenarios.flash_sale_every_days IS 'a flash sale every N days from the first sign-up''s local day (0: none)';
COMMENT ON COLUMN synthgen.scenarios.flash_sale_start_hour IS 'local hour a flash sale starts';
COMMENT ON COLUMN synthgen.scenarios.flash_sale_hours IS 'how long a flash sale lasts, in hours';
COMMENT ON COLUMN synthgen.scenarios.flash_sale_multiplier IS 'order rate multiplier during a flash sale';
COMMENT ON COLUMN synthgen.scenarios.flash_sale_discount_pct IS 'discount of a flash sale''s campaign';
COMMENT ON COLUMN synthgen.scenarios.flash_sale_category IS 'category a flash sale discounts, NULL for all (see synthgen.category_names())';
COMMENT ON COLUMN synthgen.scenarios.holiday_multiplier IS 'order rate on Black Friday relative to a normal day; the retail calendar (Cyber Monday, December, the January lull) scales with it; 1: no holiday peaks';
COMMENT ON COLUMN synthgen.scenarios.holiday_discount_pct IS 'discount of the Black Friday Weekend and Holiday Gift Event campaigns (0: none)';
COMMENT ON COLUMN synthgen.scenarios.outage_every_days IS 'one outage at a random instant of every period of N days (0: none)';
COMMENT ON COLUMN synthgen.scenarios.outage_minutes_min IS 'shortest outage, minutes';
COMMENT ON COLUMN synthgen.scenarios.outage_minutes_max IS 'longest outage, minutes';
COMMENT ON COLUMN synthgen.scenarios.outage_order_multiplier IS 'share of orders that still succeed during an outage';
COMMENT ON COLUMN synthgen.scenarios.disruption_every_days IS 'one supply disruption (a random supplier''s products run out) in every period of N days (0: none)';
COMMENT ON COLUMN synthgen.scenarios.disruption_days_min IS 'shortest supply disruption, days';
COMMENT ON COLUMN synthgen.scenarios.disruption_days_max IS 'longest supply disruption, days';
COMMENT ON COLUMN synthgen.scenarios.seed IS 'the world''s seed: calls without seed => use it (another seed is another world)';

-- ---------------------------------------------------------------------
-- Master data: seed DEFAULT NULL, the scenario's.  Extension members
-- already, with the same signature: replacing them keeps their OID,
-- privileges and the views over them.
-- ---------------------------------------------------------------------

CREATE OR REPLACE FUNCTION @extschema@.synth_customers(scenario text,
                                seed bigint DEFAULT NULL,
                                customers bigint DEFAULT NULL,
                                part integer DEFAULT 0,
                                parts integer DEFAULT 1)
RETURNS SETOF synthgen.customer_row
AS 'MODULE_PATHNAME', 'synth_customers'
LANGUAGE C STABLE PARALLEL SAFE ROWS 15000;

CREATE OR REPLACE FUNCTION @extschema@.synth_suppliers(scenario text,
                                seed bigint DEFAULT NULL,
                                suppliers integer DEFAULT NULL,
                                part integer DEFAULT 0,
                                parts integer DEFAULT 1)
RETURNS SETOF synthgen.supplier_row
AS 'MODULE_PATHNAME', 'synth_suppliers'
LANGUAGE C STABLE PARALLEL SAFE ROWS 100;

CREATE OR REPLACE FUNCTION @extschema@.synth_products(scenario text,
                               seed bigint DEFAULT NULL,
                               products integer DEFAULT NULL,
                               suppliers integer DEFAULT NULL,
                               part integer DEFAULT 0,
                               parts integer DEFAULT 1)
RETURNS SETOF synthgen.product_row
AS 'MODULE_PATHNAME', 'synth_products'
LANGUAGE C STABLE PARALLEL SAFE ROWS 2000;

CREATE OR REPLACE FUNCTION @extschema@.synth_campaigns(scenario text,
                                start timestamptz,
                                hours integer,
                                seed bigint DEFAULT NULL,
                                part integer DEFAULT 0,
                                parts integer DEFAULT 1)
RETURNS SETOF synthgen.campaign_row
AS 'MODULE_PATHNAME', 'synth_campaigns'
LANGUAGE C STABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.synth_campaigns(text, timestamptz, integer, bigint, integer, integer) IS
'the marketing calendar: every campaign running at some instant of [start, start + hours), by id; regular ones keyed by calendar month, flash-sale and holiday ones from the scenario''s schedule; a campaign is the same row in every window that sees it';

-- ---------------------------------------------------------------------
-- The event tables: a new last argument as_of, so a new signature.
-- Nothing depends on the old ones (checked above).
-- ---------------------------------------------------------------------

DROP FUNCTION @extschema@.synth_orders(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer);
DROP FUNCTION @extschema@.synth_order_items(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer);
DROP FUNCTION @extschema@.synth_support_tickets(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer);
DROP FUNCTION @extschema@.synth_cart_abandonment(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer);
DROP FUNCTION @extschema@.synth_returns(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer);
DROP FUNCTION @extschema@.synth_system_metrics(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer);

CREATE FUNCTION @extschema@.synth_orders(scenario text, start timestamptz, hours integer,
                             seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                             customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                             suppliers integer DEFAULT NULL,
                             part integer DEFAULT 0, parts integer DEFAULT 1,
                             as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.order_row
AS 'MODULE_PATHNAME', 'synth_orders'
LANGUAGE C STABLE PARALLEL SAFE ROWS 10000;
COMMENT ON FUNCTION @extschema@.synth_orders(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'orders placed in [start, start + hours) of the scenario''s persistent world: ids count from the world''s first order, so any window gives every order the id it has in any other; statuses as known at as_of (default: the window''s end)';

CREATE FUNCTION @extschema@.synth_order_items(scenario text, start timestamptz, hours integer,
                                  seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                                  customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                  suppliers integer DEFAULT NULL,
                                  part integer DEFAULT 0, parts integer DEFAULT 1,
                             as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.order_item_row
AS 'MODULE_PATHNAME', 'synth_order_items'
LANGUAGE C STABLE PARALLEL SAFE ROWS 20000;
COMMENT ON FUNCTION @extschema@.synth_order_items(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'the lines of synth_orders() with the same arguments';

CREATE FUNCTION @extschema@.synth_support_tickets(scenario text, start timestamptz, hours integer,
                                      seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                                      customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                      suppliers integer DEFAULT NULL,
                                      part integer DEFAULT 0, parts integer DEFAULT 1,
                             as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.support_ticket_row
AS 'MODULE_PATHNAME', 'synth_support_tickets'
LANGUAGE C STABLE PARALLEL SAFE ROWS 500;
COMMENT ON FUNCTION @extschema@.synth_support_tickets(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'support tickets about the orders (and failed checkouts) of the same arguments, opened before as_of (default: the window''s end); ticket_id is 4 x order_id + 0..2 (the order''s cause, its return, an everyday question), or 4 x cart_id + 3';

CREATE FUNCTION @extschema@.synth_cart_abandonment(scenario text, start timestamptz, hours integer,
                                       seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                                       customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                       suppliers integer DEFAULT NULL,
                                       part integer DEFAULT 0, parts integer DEFAULT 1,
                             as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.cart_abandonment_row
AS 'MODULE_PATHNAME', 'synth_cart_abandonment'
LANGUAGE C STABLE PARALLEL SAFE ROWS 7000;
COMMENT ON FUNCTION @extschema@.synth_cart_abandonment(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'carts abandoned in [start, start + hours); a recovered one names the order that recovered it, placed before as_of (default: the window''s end), possibly after the window';

CREATE FUNCTION @extschema@.synth_returns(scenario text, start timestamptz, hours integer,
                              seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                              customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                              suppliers integer DEFAULT NULL,
                              part integer DEFAULT 0, parts integer DEFAULT 1,
                             as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.return_row
AS 'MODULE_PATHNAME', 'synth_returns'
LANGUAGE C STABLE PARALLEL SAFE ROWS 200;
COMMENT ON FUNCTION @extschema@.synth_returns(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'the lines sent back from the delivered orders of the same arguments, requested after delivery and before as_of (default: the window''s end); return_id is 16 x order_id + the line''s index';

CREATE FUNCTION @extschema@.synth_system_metrics(scenario text, start timestamptz, hours integer,
                                     seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                                     customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                     suppliers integer DEFAULT NULL,
                                     part integer DEFAULT 0, parts integer DEFAULT 1,
                             as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.system_metric_row
AS 'MODULE_PATHNAME', 'synth_system_metrics'
LANGUAGE C STABLE PARALLEL SAFE ROWS 1440;
COMMENT ON FUNCTION @extschema@.synth_system_metrics(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'one row per minute of [start, start + hours): traffic, latency, errors, load; an outage shows here (see synthgen.events())';

-- The scenario's events in a window: what a test or a dashboard looks for.
CREATE FUNCTION synthgen.events(scenario text, start timestamptz, hours integer,
                                seed bigint DEFAULT NULL, suppliers integer DEFAULT NULL)
RETURNS TABLE (kind text, name text, starts_at timestamptz, ends_at timestamptz,
               category text, supplier_id integer, multiplier numeric(6,2),
               campaign_id integer)
AS 'MODULE_PATHNAME', 'synthgen_events'
LANGUAGE C STABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION synthgen.events(text, timestamptz, integer, bigint, integer) IS
'the event instances of a scenario overlapping [start, start + hours): flash sales, holiday peaks and lulls, outages, supply disruptions, with their order-rate multiplier and campaign';

-- ---------------------------------------------------------------------
-- load() and generate(): as_of too
-- ---------------------------------------------------------------------

DROP FUNCTION synthgen.load(regclass, text, text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer);
CREATE FUNCTION synthgen.load(target regclass, table_name text, scenario text,
                              start timestamptz, hours integer, seed bigint,
                              orders_per_day integer, customers bigint,
                              products integer, suppliers integer,
                              part integer DEFAULT 0, parts integer DEFAULT 1,
                              as_of timestamptz DEFAULT NULL)
RETURNS bigint
AS 'MODULE_PATHNAME', 'synthgen_load'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION synthgen.load(regclass, text, text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'bulk-load one synthgen table into target (a plain table LIKE synthgen.<row type>, without indexes) through the table AM''s multi-insert; returns the rows written';

CREATE FUNCTION synthgen.load_together(targets regclass[], table_names text[], scenario text,
                                       start timestamptz, hours integer, seed bigint,
                                       orders_per_day integer, customers bigint,
                                       products integer, suppliers integer,
                                       as_of timestamptz DEFAULT NULL)
RETURNS TABLE (table_name text, rows bigint, seconds float8)
AS 'MODULE_PATHNAME', 'synthgen_load_together'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION synthgen.load_together(regclass[], text[], text, timestamptz, integer, bigint, integer, bigint, integer, integer, timestamptz) IS
'bulk-load several tables made from orders and carts (orders, order_items, support_tickets, cart_abandonment, returns), whole, each into its target as load() does, from one pass that computes each order and cart once; a row per table: its rows and the seconds spent on them';

-- generate() also takes keys and unlogged, and returns each table's key
-- and ANALYZE time, as run_log keeps them
ALTER TABLE synthgen.run_log ADD COLUMN key_seconds float8, ADD COLUMN analyze_seconds float8;
COMMENT ON COLUMN synthgen.run_log.seconds IS
'the table''s load (with its CREATE TABLE)';
COMMENT ON COLUMN synthgen.run_log.key_seconds IS
'its primary key and the foreign keys on it, built and validated (NULL: a run before 2.0)';
COMMENT ON COLUMN synthgen.run_log.analyze_seconds IS
'its ANALYZE (NULL: a run before 2.0)';

DROP FUNCTION synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text);
CREATE FUNCTION synthgen.generate(scenario text, start timestamptz, hours integer,
                                  tables text[] DEFAULT NULL,
                                  target_schema name DEFAULT 'public',
                                  seed bigint DEFAULT NULL,
                                  orders_per_day integer DEFAULT NULL,
                                  customers bigint DEFAULT NULL,
                                  products integer DEFAULT NULL,
                                  suppliers integer DEFAULT NULL,
                                  jobs integer DEFAULT 1,
                                  if_exists text DEFAULT 'error',
                                  keys text DEFAULT 'all',
                                  unlogged boolean DEFAULT false,
                                  as_of timestamptz DEFAULT NULL)
RETURNS TABLE (table_name text, rows bigint, seconds float8,
               key_seconds float8, analyze_seconds float8)
AS 'MODULE_PATHNAME', 'synthgen_generate'
LANGUAGE C VOLATILE
SET search_path = pg_catalog, pg_temp
SET synthgen.timing = off;
COMMENT ON FUNCTION synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text, text, boolean, timestamptz) IS
'the main job: create (or append to, or replace) the chosen tables in target_schema (unlogged => true: UNLOGGED), bulk-load them frozen (jobs => N: N background workers, each table in one, at most synthgen.max_jobs), add primary and foreign keys (keys => all, primary or none), analyze, log in run_log; one row per table with its load, key and ANALYZE time.  Appending adds a window of the same world (as_of: what is known, default the window''s end) with the keys in place.  It marks what it creates (COMMENT ON) and replaces or appends only to tables it marked';

-- people and places that fit their country: the name pools, as SQL sees them
CREATE FUNCTION synthgen.name_pools()
RETURNS TABLE (country text, pool text, native boolean, kind text, name text)
AS 'MODULE_PATHNAME', 'synthgen_name_pools'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4000;
COMMENT ON FUNCTION synthgen.name_pools() IS
'the given names (kind first) and surnames (kind last) each country''s customers are drawn from, by name pool; native pools are the country''s own population, the others its small share of foreign-born customers';
