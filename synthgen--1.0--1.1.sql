/* synthgen--1.0--1.1.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION synthgen UPDATE TO '1.1'" to load this file. \quit

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
