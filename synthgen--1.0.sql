/* synthgen--1.0.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION synthgen" to load this file. \quit

/*
 * The synth_* functions go into the extension's schema (@extschema@, by
 * default the first schema on the search_path).  Everything else lives in
 * the schema synthgen, which the extension creates and owns; CREATE SCHEMA
 * fails if it already exists, so nobody can have planted objects in it.
 */
CREATE SCHEMA synthgen;
COMMENT ON SCHEMA synthgen IS 'synthgen: scenario catalog, row types and utilities';
GRANT USAGE ON SCHEMA synthgen TO PUBLIC;

CREATE FUNCTION synthgen.version() RETURNS text
AS 'MODULE_PATHNAME', 'synthgen_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION synthgen.version() IS
'extension version and generation algorithm version; output changes only when the algorithm version does';

CREATE FUNCTION synthgen.category_names() RETURNS text[]
AS 'MODULE_PATHNAME', 'synthgen_category_names'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION synthgen.category_names() IS
'the product categories compiled into synthgen, in catalog order';

-- ---------------------------------------------------------------------
-- Scenario catalog
-- ---------------------------------------------------------------------

CREATE TABLE synthgen.scenarios (
    name                    text PRIMARY KEY
                            CHECK (name OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    description             text NOT NULL,
    orders_per_day          integer NOT NULL
                            CHECK (orders_per_day OPERATOR(pg_catalog.>=) 1
                                   AND orders_per_day OPERATOR(pg_catalog.<=) 10000000),
    customers               bigint NOT NULL
                            CHECK (customers OPERATOR(pg_catalog.>=) 1
                                   AND customers OPERATOR(pg_catalog.<=) 1000000000),
    products                integer NOT NULL
                            CHECK (products OPERATOR(pg_catalog.>=) 1
                                   AND products OPERATOR(pg_catalog.<=) 10000000),
    suppliers               integer NOT NULL
                            CHECK (suppliers OPERATOR(pg_catalog.>=) 1
                                   AND suppliers OPERATOR(pg_catalog.<=) 1000000),
    campaigns_per_month     integer NOT NULL DEFAULT 3
                            CHECK (campaigns_per_month OPERATOR(pg_catalog.>=) 0
                                   AND campaigns_per_month OPERATOR(pg_catalog.<=) 1000),
    signups_from            timestamptz NOT NULL
                            CHECK (signups_from OPERATOR(pg_catalog.>=) '1971-01-01 00:00+00'::timestamptz
                                   AND signups_from OPERATOR(pg_catalog.<) '2200-01-01 00:00+00'::timestamptz),
    signups_until           timestamptz NOT NULL
                            CHECK (signups_until OPERATOR(pg_catalog.<) '2200-01-01 00:00+00'::timestamptz),
    utc_offset_hours        integer NOT NULL DEFAULT 0
                            CHECK (utc_offset_hours OPERATOR(pg_catalog.>=) -12
                                   AND utc_offset_hours OPERATOR(pg_catalog.<=) 14),
    diurnal                 integer[] NOT NULL
                            CHECK (pg_catalog.array_ndims(diurnal) OPERATOR(pg_catalog.=) 1
                                   AND pg_catalog.cardinality(diurnal) OPERATOR(pg_catalog.=) 24
                                   AND pg_catalog.array_position(diurnal, NULL::integer) IS NULL
                                   AND 0 OPERATOR(pg_catalog.<=) ALL (diurnal)
                                   AND 1000 OPERATOR(pg_catalog.>=) ALL (diurnal)
                                   AND 1 OPERATOR(pg_catalog.<=) ANY (diurnal)),
    weekly                  integer[] NOT NULL
                            CHECK (pg_catalog.array_ndims(weekly) OPERATOR(pg_catalog.=) 1
                                   AND pg_catalog.cardinality(weekly) OPERATOR(pg_catalog.=) 7
                                   AND pg_catalog.array_position(weekly, NULL::integer) IS NULL
                                   AND 0 OPERATOR(pg_catalog.<=) ALL (weekly)
                                   AND 1000 OPERATOR(pg_catalog.>=) ALL (weekly)
                                   AND 1 OPERATOR(pg_catalog.<=) ANY (weekly)),
    event_kind              text NOT NULL DEFAULT 'none'
                            CHECK (event_kind OPERATOR(pg_catalog.=) ANY
                                   ('{none,flash_sale,holiday_peak,system_outage,supply_disruption}'::text[])),
    event_offset_hours      integer NOT NULL DEFAULT 0
                            CHECK (event_offset_hours OPERATOR(pg_catalog.>=) 0
                                   AND event_offset_hours OPERATOR(pg_catalog.<=) 87600),
    event_hours             integer NOT NULL DEFAULT 0
                            CHECK (event_hours OPERATOR(pg_catalog.>=) 0
                                   AND event_hours OPERATOR(pg_catalog.<=) 8760),
    event_order_multiplier  numeric(6,2) NOT NULL DEFAULT 1
                            CHECK (event_order_multiplier OPERATOR(pg_catalog.>=) 0.01
                                   AND event_order_multiplier OPERATOR(pg_catalog.<=) 100::numeric),
    event_discount_pct      numeric(5,2) NOT NULL DEFAULT 0
                            CHECK (event_discount_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND event_discount_pct OPERATOR(pg_catalog.<=) 90::numeric),
    event_category          text
                            CHECK (event_category OPERATOR(pg_catalog.=) ANY (synthgen.category_names())),
    cancel_rate_pct         numeric(5,2) NOT NULL DEFAULT 2
                            CHECK (cancel_rate_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND cancel_rate_pct OPERATOR(pg_catalog.<=) 100::numeric),
    return_rate_pct         numeric(5,2) NOT NULL DEFAULT 8
                            CHECK (return_rate_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND return_rate_pct OPERATOR(pg_catalog.<=) 100::numeric),
    ticket_rate_pct         numeric(5,2) NOT NULL DEFAULT 4
                            CHECK (ticket_rate_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND ticket_rate_pct OPERATOR(pg_catalog.<=) 100::numeric),
    abandon_rate_pct        numeric(6,2) NOT NULL DEFAULT 70
                            CHECK (abandon_rate_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND abandon_rate_pct OPERATOR(pg_catalog.<=) 1000::numeric),
    shipped                 boolean NOT NULL DEFAULT false,
    CONSTRAINT signups_span_up_to_50_years
        CHECK (signups_until OPERATOR(pg_catalog.>) signups_from
               AND signups_until OPERATOR(pg_catalog.<=)
                   (signups_from OPERATOR(pg_catalog.+) '50 years'::interval)),
    CONSTRAINT event_hours_match_event_kind
        CHECK ((event_kind OPERATOR(pg_catalog.=) 'none')
               OPERATOR(pg_catalog.=) (event_hours OPERATOR(pg_catalog.=) 0)),
    CONSTRAINT flash_sale_needs_discount
        CHECK (event_kind OPERATOR(pg_catalog.<>) 'flash_sale'
               OR event_discount_pct OPERATOR(pg_catalog.>) 0::numeric)
);

COMMENT ON TABLE synthgen.scenarios IS
'scenario catalog: one row per scenario; add your own with INSERT, CHECK constraints refuse a bad row';
COMMENT ON COLUMN synthgen.scenarios.orders_per_day IS 'mean orders per day on a normal day, before curves and events';
COMMENT ON COLUMN synthgen.scenarios.customers IS 'default customer count (synth_* argument customers overrides)';
COMMENT ON COLUMN synthgen.scenarios.products IS 'default product count (argument products overrides)';
COMMENT ON COLUMN synthgen.scenarios.suppliers IS 'default supplier count (argument suppliers overrides)';
COMMENT ON COLUMN synthgen.scenarios.campaigns_per_month IS 'regular marketing campaigns per 30 days of window';
COMMENT ON COLUMN synthgen.scenarios.signups_from IS 'first customer sign-up; products are created in the 180 days before it';
COMMENT ON COLUMN synthgen.scenarios.signups_until IS 'last customer sign-up; sign-ups accelerate (density grows linearly) toward it';
COMMENT ON COLUMN synthgen.scenarios.utc_offset_hours IS 'the store''s local time, in which the diurnal and weekly curves apply';
COMMENT ON COLUMN synthgen.scenarios.diurnal IS 'relative order rate for each local hour 0..23 (24 integers 0..1000)';
COMMENT ON COLUMN synthgen.scenarios.weekly IS 'relative order rate for each local weekday, Monday first (7 integers 0..1000)';
COMMENT ON COLUMN synthgen.scenarios.event_kind IS 'the scenario''s event: none, flash_sale, holiday_peak, system_outage or supply_disruption';
COMMENT ON COLUMN synthgen.scenarios.event_offset_hours IS 'hours from the window start to the event start';
COMMENT ON COLUMN synthgen.scenarios.event_hours IS 'event length in hours (0 only for event_kind none)';
COMMENT ON COLUMN synthgen.scenarios.event_order_multiplier IS 'order rate multiplier at the height of the event';
COMMENT ON COLUMN synthgen.scenarios.event_discount_pct IS 'discount of the event''s campaign (flash sale, holiday)';
COMMENT ON COLUMN synthgen.scenarios.event_category IS 'product category the event concerns, NULL for all (see synthgen.category_names())';
COMMENT ON COLUMN synthgen.scenarios.shipped IS 'true for the rows the extension installs; pg_dump saves only the others';

INSERT INTO synthgen.scenarios
    (name, description, orders_per_day, customers, products, suppliers,
     campaigns_per_month, signups_from, signups_until, utc_offset_hours,
     diurnal, weekly, event_kind, event_offset_hours, event_hours,
     event_order_multiplier, event_discount_pct, event_category,
     cancel_rate_pct, return_rate_pct, ticket_rate_pct, abandon_rate_pct,
     shipped)
VALUES
    ('baseline', 'steady diurnal and weekly pattern with a few small campaigns',
     12500, 15000, 2000, 100, 3, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
     '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
     '{100,98,97,100,108,115,105}', 'none', 0, 0, 1, 0, NULL, 2, 8, 4, 70, true),
    ('flash_sale', 'a four-hour deep discount on one category: orders several times baseline, more payment abandonment, higher latency',
     12500, 15000, 2000, 100, 2, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
     '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
     '{100,98,97,100,108,115,105}', 'flash_sale', 36, 4, 5, 40, 'Electronics', 2, 9, 5, 110, true),
    ('holiday_peak', 'a ten-day ramp to a holiday peak: gift-heavy baskets, shipping delays, where-is-my-order tickets',
     12500, 15000, 2000, 100, 4, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
     '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
     '{100,98,97,100,108,115,105}', 'holiday_peak', 0, 240, 3, 15, NULL, 2, 10, 7, 80, true),
    ('system_outage', 'a three-hour outage: errors and latency spike, orders collapse, abandonment and payment tickets spike, then recovery',
     12500, 15000, 2000, 100, 3, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
     '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
     '{100,98,97,100,108,115,105}', 'system_outage', 30, 3, 0.1, 0, NULL, 2, 8, 4, 70, true),
    ('supply_disruption', 'one supplier''s products run out: cancellations, backorders, late deliveries, tickets',
     12500, 15000, 2000, 100, 3, '2021-01-01 00:00+00', '2025-11-01 00:00+00', 0,
     '{20,12,8,6,6,10,22,40,60,75,85,95,100,95,85,80,82,90,100,110,105,85,60,35}',
     '{100,98,97,100,108,115,105}', 'supply_disruption', 24, 120, 1, 0, NULL, 2, 8, 5, 70, true);

-- user-added scenarios survive pg_dump; shipped ones come back with the extension
SELECT pg_catalog.pg_extension_config_dump('synthgen.scenarios', 'WHERE NOT shipped');
GRANT SELECT ON synthgen.scenarios TO PUBLIC;

-- ---------------------------------------------------------------------
-- Row types
-- ---------------------------------------------------------------------

CREATE TYPE synthgen.customer_row AS (
    customer_id         bigint,
    first_name          text,
    last_name           text,
    email               text,
    phone               text,
    address             text,
    city                text,
    region              text,
    country             text,
    postal_code         text,
    segment             text,
    marketing_opt_in    boolean,
    created_at          timestamptz,
    password_hash       text
);
COMMENT ON TYPE synthgen.customer_row IS 'a row of synth_customers(); CREATE TABLE customers OF synthgen.customer_row';

CREATE TYPE synthgen.supplier_row AS (
    supplier_id         integer,
    name                text,
    country             text,
    contact_email       text,
    lead_time_days      integer,
    reliability         numeric(4,3)
);
COMMENT ON TYPE synthgen.supplier_row IS 'a row of synth_suppliers()';

CREATE TYPE synthgen.product_row AS (
    product_id          integer,
    sku                 text,
    name                text,
    category            text,
    subcategory         text,
    supplier_id         integer,
    unit_cost           numeric(12,2),
    list_price          numeric(12,2),
    weight_kg           numeric(8,3),
    stock_qty           integer,
    popularity_rank     integer,
    created_at          timestamptz
);
COMMENT ON TYPE synthgen.product_row IS 'a row of synth_products()';

CREATE TYPE synthgen.campaign_row AS (
    campaign_id         integer,
    name                text,
    kind                text,
    starts_at           timestamptz,
    ends_at             timestamptz,
    discount_pct        numeric(5,2),
    category            text,
    channel             text
);
COMMENT ON TYPE synthgen.campaign_row IS 'a row of synth_campaigns()';

-- ---------------------------------------------------------------------
-- Master data
--
-- Not STRICT: NULL counts mean "the scenario's"; any other NULL argument
-- is an error (SQLSTATE 22004).  STABLE because they read the scenario
-- catalog and the synthgen.dev_password setting.
-- ---------------------------------------------------------------------

CREATE FUNCTION synth_customers(scenario text,
                                seed bigint DEFAULT 1,
                                customers bigint DEFAULT NULL,
                                part integer DEFAULT 0,
                                parts integer DEFAULT 1)
RETURNS SETOF synthgen.customer_row
AS 'MODULE_PATHNAME', 'synth_customers'
LANGUAGE C STABLE PARALLEL SAFE ROWS 15000;
COMMENT ON FUNCTION synth_customers(text, bigint, bigint, integer, integer) IS
'customers of a scenario: ids 1..customers, unique e-mails, sign-ups between the scenario''s signups_from and signups_until';

CREATE FUNCTION synth_suppliers(scenario text,
                                seed bigint DEFAULT 1,
                                suppliers integer DEFAULT NULL,
                                part integer DEFAULT 0,
                                parts integer DEFAULT 1)
RETURNS SETOF synthgen.supplier_row
AS 'MODULE_PATHNAME', 'synth_suppliers'
LANGUAGE C STABLE PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION synth_suppliers(text, bigint, integer, integer, integer) IS
'suppliers of a scenario: ids 1..suppliers';

CREATE FUNCTION synth_products(scenario text,
                               seed bigint DEFAULT 1,
                               products integer DEFAULT NULL,
                               suppliers integer DEFAULT NULL,
                               part integer DEFAULT 0,
                               parts integer DEFAULT 1)
RETURNS SETOF synthgen.product_row
AS 'MODULE_PATHNAME', 'synth_products'
LANGUAGE C STABLE PARALLEL SAFE ROWS 2000;
COMMENT ON FUNCTION synth_products(text, bigint, integer, integer, integer, integer) IS
'products of a scenario: ids 1..products, unique SKUs, supplier_id in 1..suppliers, popularity_rank a permutation of 1..products';

CREATE FUNCTION synth_campaigns(scenario text,
                                start timestamptz,
                                hours integer,
                                seed bigint DEFAULT 1,
                                part integer DEFAULT 0,
                                parts integer DEFAULT 1)
RETURNS SETOF synthgen.campaign_row
AS 'MODULE_PATHNAME', 'synth_campaigns'
LANGUAGE C STABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION synth_campaigns(text, timestamptz, integer, bigint, integer, integer) IS
'marketing campaigns running inside the window [start, start + hours): the scenario''s event campaign first, then regular ones';

-- ---------------------------------------------------------------------
-- The event tables: a window [start, start + hours).  All six take the
-- same arguments, so the same call with another function name gives the
-- rows that belong together (foreign keys resolve, Σ lines = subtotal).
-- ---------------------------------------------------------------------

CREATE TYPE synthgen.order_row AS (
    order_id            bigint,
    customer_id         bigint,
    ordered_at          timestamptz,
    status              text,
    channel             text,
    payment_method      text,
    campaign_id         integer,
    item_count          integer,
    subtotal            numeric(12,2),
    discount            numeric(12,2),
    shipping            numeric(12,2),
    tax                 numeric(12,2),
    total               numeric(12,2),
    shipped_at          timestamptz,
    delivered_at        timestamptz,
    cancelled_at        timestamptz
);
COMMENT ON TYPE synthgen.order_row IS 'a row of synth_orders()';

CREATE TYPE synthgen.order_item_row AS (
    order_id            bigint,
    line_no             integer,
    product_id          integer,
    quantity            integer,
    unit_price          numeric(12,2),
    discount            numeric(12,2),
    line_total          numeric(12,2)
);
COMMENT ON TYPE synthgen.order_item_row IS 'a row of synth_order_items()';

CREATE TYPE synthgen.support_ticket_row AS (
    ticket_id           bigint,
    order_id            bigint,
    customer_id         bigint,
    opened_at           timestamptz,
    category            text,
    priority            text,
    channel             text,
    status              text,
    resolved_at         timestamptz,
    satisfaction        integer
);
COMMENT ON TYPE synthgen.support_ticket_row IS 'a row of synth_support_tickets()';

CREATE TYPE synthgen.cart_abandonment_row AS (
    cart_id             bigint,
    customer_id         bigint,
    product_id          integer,
    quantity            integer,
    cart_value          numeric(12,2),
    stage               text,
    abandoned_at        timestamptz,
    recovered           boolean,
    recovered_order_id  bigint
);
COMMENT ON TYPE synthgen.cart_abandonment_row IS 'a row of synth_cart_abandonment()';

CREATE TYPE synthgen.return_row AS (
    return_id           bigint,
    order_id            bigint,
    product_id          integer,
    reason              text,
    requested_at        timestamptz,
    refunded_amount     numeric(12,2),
    status              text
);
COMMENT ON TYPE synthgen.return_row IS 'a row of synth_returns()';

CREATE TYPE synthgen.system_metric_row AS (
    ts                  timestamptz,
    requests            integer,
    p50_ms              integer,
    p95_ms              integer,
    p99_ms              integer,
    error_rate          numeric(6,4),
    cpu_pct             numeric(5,2),
    mem_pct             numeric(5,2),
    active_sessions     integer
);
COMMENT ON TYPE synthgen.system_metric_row IS 'a row of synth_system_metrics()';

CREATE FUNCTION synth_orders(scenario text, start timestamptz, hours integer,
                             seed bigint DEFAULT 1, orders_per_day integer DEFAULT NULL,
                             customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                             suppliers integer DEFAULT NULL,
                             part integer DEFAULT 0, parts integer DEFAULT 1)
RETURNS SETOF synthgen.order_row
AS 'MODULE_PATHNAME', 'synth_orders'
LANGUAGE C STABLE PARALLEL SAFE ROWS 10000;
COMMENT ON FUNCTION synth_orders(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer) IS
'orders placed in [start, start + hours), ids in time order; statuses as of start + hours';

CREATE FUNCTION synth_order_items(scenario text, start timestamptz, hours integer,
                                  seed bigint DEFAULT 1, orders_per_day integer DEFAULT NULL,
                                  customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                  suppliers integer DEFAULT NULL,
                                  part integer DEFAULT 0, parts integer DEFAULT 1)
RETURNS SETOF synthgen.order_item_row
AS 'MODULE_PATHNAME', 'synth_order_items'
LANGUAGE C STABLE PARALLEL SAFE ROWS 20000;
COMMENT ON FUNCTION synth_order_items(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer) IS
'the lines of synth_orders() with the same arguments';

CREATE FUNCTION synth_support_tickets(scenario text, start timestamptz, hours integer,
                                      seed bigint DEFAULT 1, orders_per_day integer DEFAULT NULL,
                                      customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                      suppliers integer DEFAULT NULL,
                                      part integer DEFAULT 0, parts integer DEFAULT 1)
RETURNS SETOF synthgen.support_ticket_row
AS 'MODULE_PATHNAME', 'synth_support_tickets'
LANGUAGE C STABLE PARALLEL SAFE ROWS 500;
COMMENT ON FUNCTION synth_support_tickets(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer) IS
'support tickets about the orders (and failed checkouts) of the same arguments, opened before start + hours';

CREATE FUNCTION synth_cart_abandonment(scenario text, start timestamptz, hours integer,
                                       seed bigint DEFAULT 1, orders_per_day integer DEFAULT NULL,
                                       customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                       suppliers integer DEFAULT NULL,
                                       part integer DEFAULT 0, parts integer DEFAULT 1)
RETURNS SETOF synthgen.cart_abandonment_row
AS 'MODULE_PATHNAME', 'synth_cart_abandonment'
LANGUAGE C STABLE PARALLEL SAFE ROWS 7000;
COMMENT ON FUNCTION synth_cart_abandonment(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer) IS
'abandoned carts in [start, start + hours); recovered ones name the order of the same arguments that recovered them';

CREATE FUNCTION synth_returns(scenario text, start timestamptz, hours integer,
                              seed bigint DEFAULT 1, orders_per_day integer DEFAULT NULL,
                              customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                              suppliers integer DEFAULT NULL,
                              part integer DEFAULT 0, parts integer DEFAULT 1)
RETURNS SETOF synthgen.return_row
AS 'MODULE_PATHNAME', 'synth_returns'
LANGUAGE C STABLE PARALLEL SAFE ROWS 200;
COMMENT ON FUNCTION synth_returns(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer) IS
'returns of delivered orders of the same arguments, requested after delivery and before start + hours';

CREATE FUNCTION synth_system_metrics(scenario text, start timestamptz, hours integer,
                                     seed bigint DEFAULT 1, orders_per_day integer DEFAULT NULL,
                                     customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                     suppliers integer DEFAULT NULL,
                                     part integer DEFAULT 0, parts integer DEFAULT 1)
RETURNS SETOF synthgen.system_metric_row
AS 'MODULE_PATHNAME', 'synth_system_metrics'
LANGUAGE C STABLE PARALLEL SAFE ROWS 1440;
COMMENT ON FUNCTION synth_system_metrics(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer) IS
'one row per minute of [start, start + hours): traffic, latency, errors, load';

-- ---------------------------------------------------------------------
-- The main job: generate() and its log
-- ---------------------------------------------------------------------

CREATE TABLE synthgen.run_log (
    run_id              bigint NOT NULL,
    started_at          timestamptz NOT NULL,
    scenario            text NOT NULL,
    arguments           jsonb NOT NULL,
    table_name          text NOT NULL,
    rows                bigint NOT NULL,
    seconds             float8 NOT NULL,
    rows_per_second     float8,
    backend_pid         integer NOT NULL,
    PRIMARY KEY (run_id, table_name)
);
CREATE SEQUENCE synthgen.run_log_run_id_seq OWNED BY synthgen.run_log.run_id;
COMMENT ON TABLE synthgen.run_log IS
'one row per table and generate() run: what was generated, how many rows, how long it took';
GRANT SELECT, INSERT ON synthgen.run_log TO PUBLIC;
GRANT USAGE ON SEQUENCE synthgen.run_log_run_id_seq TO PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('synthgen.run_log', '');
SELECT pg_catalog.pg_extension_config_dump('synthgen.run_log_run_id_seq', '');

CREATE FUNCTION synthgen.load(target regclass, table_name text, scenario text,
                              start timestamptz, hours integer, seed bigint,
                              orders_per_day integer, customers bigint,
                              products integer, suppliers integer,
                              part integer DEFAULT 0, parts integer DEFAULT 1)
RETURNS bigint
AS 'MODULE_PATHNAME', 'synthgen_load'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION synthgen.load(regclass, text, text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer) IS
'bulk-load one synthgen table into target (a plain table LIKE synthgen.<row type>, without indexes) through the table AM''s multi-insert; returns the rows written';

CREATE FUNCTION synthgen.run_parallel(statements text[], groups integer[])
RETURNS TABLE (statement integer, rows bigint, seconds float8)
AS 'MODULE_PATHNAME', 'synthgen_run_parallel'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION synthgen.run_parallel(text[], integer[]) IS
'run statements in dynamic background workers as the calling role, statement i in worker groups[i]; each worker commits its own transaction; waits for all and raises the first error';

CREATE FUNCTION synthgen.generate(scenario text, start timestamptz, hours integer,
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
        IF jobs > 1 THEN
            setup := '{}';
            FOR i IN REVERSE array_length(created, 1) .. 1 LOOP
                setup := setup || format('DROP TABLE IF EXISTS %I.%I CASCADE', target_schema, created[i]);
            END LOOP;
            IF made_schema THEN
                setup := setup || format('DROP SCHEMA IF EXISTS %I', target_schema);
            END IF;
            IF array_length(setup, 1) > 0 THEN
                PERFORM synthgen.run_parallel(setup, array_fill(0, ARRAY[array_length(setup, 1)]));
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
COMMENT ON FUNCTION synthgen.generate(text, timestamptz, integer, text[], name, bigint, integer, bigint, integer, integer, integer, text) IS
'the main job: create (or append to, or replace) the chosen tables in target_schema, bulk-load them, add primary and foreign keys, analyze; one row per table with its time';

-- ---------------------------------------------------------------------
-- Parquet export
-- ---------------------------------------------------------------------

CREATE FUNCTION synthgen.export_parquet(query text, path text,
                                        compression text DEFAULT 'zstd',
                                        row_group_size integer DEFAULT 1000000)
RETURNS bigint
AS 'MODULE_PATHNAME', 'synthgen_export_parquet'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION synthgen.export_parquet(text, text, text, integer) IS
'run query with the caller''s rights and write its rows to the server file path (absolute) as Parquet; needs pg_write_server_files, as COPY TO a file does; the file appears whole or not at all';
