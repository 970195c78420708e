/* synthgen--2.0.sql */

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

CREATE FUNCTION synthgen.name_pools()
RETURNS TABLE (country text, pool text, native boolean, kind text, name text)
AS 'MODULE_PATHNAME', 'synthgen_name_pools'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4000;
COMMENT ON FUNCTION synthgen.name_pools() IS
'the given names (kind first) and surnames (kind last) each country''s customers are drawn from, by name pool; native pools are the country''s own population, the others its small share of foreign-born customers';

-- ---------------------------------------------------------------------
-- Scenario catalog
-- ---------------------------------------------------------------------

CREATE TABLE synthgen.scenarios (
    name                    text PRIMARY KEY
                            CHECK (name OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    description             text NOT NULL,
    seed                    bigint NOT NULL DEFAULT 1,
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
    flash_sale_every_days   integer NOT NULL DEFAULT 0
                            CHECK (flash_sale_every_days OPERATOR(pg_catalog.>=) 0
                                   AND flash_sale_every_days OPERATOR(pg_catalog.<=) 366),
    flash_sale_start_hour   integer NOT NULL DEFAULT 12
                            CHECK (flash_sale_start_hour OPERATOR(pg_catalog.>=) 0
                                   AND flash_sale_start_hour OPERATOR(pg_catalog.<=) 23),
    flash_sale_hours        integer NOT NULL DEFAULT 4
                            CHECK (flash_sale_hours OPERATOR(pg_catalog.>=) 1
                                   AND flash_sale_hours OPERATOR(pg_catalog.<=) 72),
    flash_sale_multiplier   numeric(6,2) NOT NULL DEFAULT 5
                            CHECK (flash_sale_multiplier OPERATOR(pg_catalog.>=) 0.01
                                   AND flash_sale_multiplier OPERATOR(pg_catalog.<=) 100::numeric),
    flash_sale_discount_pct numeric(5,2) NOT NULL DEFAULT 40
                            CHECK (flash_sale_discount_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND flash_sale_discount_pct OPERATOR(pg_catalog.<=) 90::numeric),
    flash_sale_category     text
                            CHECK (flash_sale_category OPERATOR(pg_catalog.=) ANY (synthgen.category_names())),
    holiday_multiplier      numeric(6,2) NOT NULL DEFAULT 1
                            CHECK (holiday_multiplier OPERATOR(pg_catalog.>=) 1::numeric
                                   AND holiday_multiplier OPERATOR(pg_catalog.<=) 100::numeric),
    holiday_discount_pct    numeric(5,2) NOT NULL DEFAULT 0
                            CHECK (holiday_discount_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND holiday_discount_pct OPERATOR(pg_catalog.<=) 90::numeric),
    outage_every_days       integer NOT NULL DEFAULT 0
                            CHECK (outage_every_days OPERATOR(pg_catalog.>=) 0
                                   AND outage_every_days OPERATOR(pg_catalog.<=) 3660),
    outage_minutes_min      integer NOT NULL DEFAULT 60
                            CHECK (outage_minutes_min OPERATOR(pg_catalog.>=) 1
                                   AND outage_minutes_min OPERATOR(pg_catalog.<=) 1440),
    outage_minutes_max      integer NOT NULL DEFAULT 240
                            CHECK (outage_minutes_max OPERATOR(pg_catalog.>=) 1
                                   AND outage_minutes_max OPERATOR(pg_catalog.<=) 1440),
    outage_order_multiplier numeric(6,2) NOT NULL DEFAULT 0.1
                            CHECK (outage_order_multiplier OPERATOR(pg_catalog.>=) 0::numeric
                                   AND outage_order_multiplier OPERATOR(pg_catalog.<=) 1::numeric),
    disruption_every_days   integer NOT NULL DEFAULT 0
                            CHECK (disruption_every_days OPERATOR(pg_catalog.>=) 0
                                   AND disruption_every_days OPERATOR(pg_catalog.<=) 3660),
    disruption_days_min     integer NOT NULL DEFAULT 5
                            CHECK (disruption_days_min OPERATOR(pg_catalog.>=) 1
                                   AND disruption_days_min OPERATOR(pg_catalog.<=) 365),
    disruption_days_max     integer NOT NULL DEFAULT 21
                            CHECK (disruption_days_max OPERATOR(pg_catalog.>=) 1
                                   AND disruption_days_max OPERATOR(pg_catalog.<=) 365),
    cancel_rate_pct         numeric(5,2) NOT NULL DEFAULT 2
                            CHECK (cancel_rate_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND cancel_rate_pct OPERATOR(pg_catalog.<=) 100::numeric),
    return_rate_pct         numeric(5,2) NOT NULL DEFAULT 16
                            CHECK (return_rate_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND return_rate_pct OPERATOR(pg_catalog.<=) 100::numeric),
    ticket_rate_pct         numeric(5,2) NOT NULL DEFAULT 2
                            CHECK (ticket_rate_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND ticket_rate_pct OPERATOR(pg_catalog.<=) 100::numeric),
    abandon_rate_pct        numeric(6,2) NOT NULL DEFAULT 70
                            CHECK (abandon_rate_pct OPERATOR(pg_catalog.>=) 0::numeric
                                   AND abandon_rate_pct OPERATOR(pg_catalog.<=) 95::numeric),
    shipped                 boolean NOT NULL DEFAULT false,
    CONSTRAINT signups_span_up_to_50_years
        CHECK (signups_until OPERATOR(pg_catalog.>) signups_from
               AND signups_until OPERATOR(pg_catalog.<=)
                   (signups_from OPERATOR(pg_catalog.+) '50 years'::interval)),
    CONSTRAINT flash_sale_fits_between_sales
        CHECK (flash_sale_every_days OPERATOR(pg_catalog.=) 0
               OR flash_sale_hours OPERATOR(pg_catalog.<=) (flash_sale_every_days OPERATOR(pg_catalog.*) 24)),
    CONSTRAINT outage_minutes_in_order
        CHECK (outage_minutes_min OPERATOR(pg_catalog.<=) outage_minutes_max),
    CONSTRAINT outage_fits_its_period
        CHECK (outage_every_days OPERATOR(pg_catalog.=) 0
               OR outage_minutes_max OPERATOR(pg_catalog.<=) (outage_every_days OPERATOR(pg_catalog.*) 1440)),
    CONSTRAINT disruption_days_in_order
        CHECK (disruption_days_min OPERATOR(pg_catalog.<=) disruption_days_max)
);

COMMENT ON TABLE synthgen.scenarios IS
'scenario catalog: one row per scenario; add your own with INSERT, CHECK constraints refuse a bad row';
COMMENT ON COLUMN synthgen.scenarios.orders_per_day IS 'mean orders per day on a normal day, before curves and events (argument orders_per_day overrides: another world)';
COMMENT ON COLUMN synthgen.scenarios.customers IS 'customer count (argument customers overrides: another world)';
COMMENT ON COLUMN synthgen.scenarios.products IS 'product count (argument products overrides: another world)';
COMMENT ON COLUMN synthgen.scenarios.suppliers IS 'supplier count (argument suppliers overrides: another world)';
COMMENT ON COLUMN synthgen.scenarios.campaigns_per_month IS 'regular marketing campaigns starting in each calendar month';
COMMENT ON COLUMN synthgen.scenarios.signups_from IS 'first customer sign-up; products are created in the 180 days before it';
COMMENT ON COLUMN synthgen.scenarios.signups_until IS 'last customer sign-up; sign-ups accelerate (density grows linearly) toward it';
COMMENT ON COLUMN synthgen.scenarios.utc_offset_hours IS 'the store''s local time, in which the diurnal and weekly curves apply';
COMMENT ON COLUMN synthgen.scenarios.diurnal IS 'relative order rate for each local hour 0..23 (24 integers 0..1000)';
COMMENT ON COLUMN synthgen.scenarios.weekly IS 'relative order rate for each local weekday, Monday first (7 integers 0..1000)';
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
COMMENT ON COLUMN synthgen.scenarios.abandon_rate_pct IS 'share of shopping carts abandoned, percent (Baymard: 70): a/(100-a) abandoned carts per order, some of them recovered by a later order';
COMMENT ON COLUMN synthgen.scenarios.return_rate_pct IS 'percent of an average category''s order lines returned (Clothing 2.2x, Shoes 2x, Electronics 0.85x, Grocery 0.06x; late parcels and holiday gifts more): about 15 % of delivered orders at 16';
COMMENT ON COLUMN synthgen.scenarios.ticket_rate_pct IS 'everyday questions (product, account, billing) per 100 orders; late parcels, damage, returns, outages and cancellations bring their own tickets';
COMMENT ON COLUMN synthgen.scenarios.seed IS 'the world''s seed: calls without seed => use it (another seed is another world)';
COMMENT ON COLUMN synthgen.scenarios.shipped IS 'true for the rows the extension installs; pg_dump saves only the others';

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
     2, 16, 2, 70, true);

-- user-added scenarios survive pg_dump; shipped ones come back with the extension
SELECT pg_catalog.pg_extension_config_dump('synthgen.scenarios', 'WHERE NOT shipped');
GRANT SELECT ON synthgen.scenarios TO PUBLIC;
-- whoever created the extension (the database owner, for a trusted install)
-- manages the catalog; everybody may read it
GRANT INSERT, UPDATE, DELETE ON synthgen.scenarios TO @extowner@;

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
                                seed bigint DEFAULT NULL,
                                customers bigint DEFAULT NULL,
                                part integer DEFAULT 0,
                                parts integer DEFAULT 1)
RETURNS SETOF synthgen.customer_row
AS 'MODULE_PATHNAME', 'synth_customers'
LANGUAGE C STABLE PARALLEL SAFE ROWS 15000;
COMMENT ON FUNCTION synth_customers(text, bigint, bigint, integer, integer) IS
'customers of a scenario: ids 1..customers, unique e-mails, sign-ups between the scenario''s signups_from and signups_until';

CREATE FUNCTION synth_suppliers(scenario text,
                                seed bigint DEFAULT NULL,
                                suppliers integer DEFAULT NULL,
                                part integer DEFAULT 0,
                                parts integer DEFAULT 1)
RETURNS SETOF synthgen.supplier_row
AS 'MODULE_PATHNAME', 'synth_suppliers'
LANGUAGE C STABLE PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION synth_suppliers(text, bigint, integer, integer, integer) IS
'suppliers of a scenario: ids 1..suppliers';

CREATE FUNCTION synth_products(scenario text,
                               seed bigint DEFAULT NULL,
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
                                seed bigint DEFAULT NULL,
                                part integer DEFAULT 0,
                                parts integer DEFAULT 1)
RETURNS SETOF synthgen.campaign_row
AS 'MODULE_PATHNAME', 'synth_campaigns'
LANGUAGE C STABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION synth_campaigns(text, timestamptz, integer, bigint, integer, integer) IS
'the marketing calendar: every campaign running at some instant of [start, start + hours), by id; regular ones keyed by calendar month, flash-sale and holiday ones from the scenario''s schedule; a campaign is the same row in every window that sees it';

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
    cancelled_at        timestamptz,
    promised_at         timestamptz
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
    status              text,
    quantity            integer
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
                             seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                             customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                             suppliers integer DEFAULT NULL,
                             part integer DEFAULT 0, parts integer DEFAULT 1,
                             as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.order_row
AS 'MODULE_PATHNAME', 'synth_orders'
LANGUAGE C STABLE PARALLEL SAFE ROWS 10000;
COMMENT ON FUNCTION synth_orders(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'orders placed in [start, start + hours) of the scenario''s persistent world: ids count from the world''s first order, so any window gives every order the id it has in any other; statuses as known at as_of (default: the window''s end)';

CREATE FUNCTION synth_order_items(scenario text, start timestamptz, hours integer,
                                  seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                                  customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                  suppliers integer DEFAULT NULL,
                                  part integer DEFAULT 0, parts integer DEFAULT 1,
                                  as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.order_item_row
AS 'MODULE_PATHNAME', 'synth_order_items'
LANGUAGE C STABLE PARALLEL SAFE ROWS 20000;
COMMENT ON FUNCTION synth_order_items(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'the lines of synth_orders() with the same arguments';

CREATE FUNCTION synth_support_tickets(scenario text, start timestamptz, hours integer,
                                      seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                                      customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                      suppliers integer DEFAULT NULL,
                                      part integer DEFAULT 0, parts integer DEFAULT 1,
                                      as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.support_ticket_row
AS 'MODULE_PATHNAME', 'synth_support_tickets'
LANGUAGE C STABLE PARALLEL SAFE ROWS 500;
COMMENT ON FUNCTION synth_support_tickets(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'support tickets about the orders (and failed checkouts) of the same arguments, opened before as_of (default: the window''s end); ticket_id is 4 x order_id + 0..2 (the order''s cause, its return, an everyday question), or 4 x cart_id + 3';

CREATE FUNCTION synth_cart_abandonment(scenario text, start timestamptz, hours integer,
                                       seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                                       customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                       suppliers integer DEFAULT NULL,
                                       part integer DEFAULT 0, parts integer DEFAULT 1,
                                       as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.cart_abandonment_row
AS 'MODULE_PATHNAME', 'synth_cart_abandonment'
LANGUAGE C STABLE PARALLEL SAFE ROWS 7000;
COMMENT ON FUNCTION synth_cart_abandonment(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'carts abandoned in [start, start + hours); a recovered one names the order that recovered it, placed before as_of (default: the window''s end), possibly after the window';

CREATE FUNCTION synth_returns(scenario text, start timestamptz, hours integer,
                              seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                              customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                              suppliers integer DEFAULT NULL,
                              part integer DEFAULT 0, parts integer DEFAULT 1,
                              as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.return_row
AS 'MODULE_PATHNAME', 'synth_returns'
LANGUAGE C STABLE PARALLEL SAFE ROWS 200;
COMMENT ON FUNCTION synth_returns(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
'the lines sent back from the delivered orders of the same arguments, requested after delivery and before as_of (default: the window''s end); return_id is 16 x order_id + the line''s index';

CREATE FUNCTION synth_system_metrics(scenario text, start timestamptz, hours integer,
                                     seed bigint DEFAULT NULL, orders_per_day integer DEFAULT NULL,
                                     customers bigint DEFAULT NULL, products integer DEFAULT NULL,
                                     suppliers integer DEFAULT NULL,
                                     part integer DEFAULT 0, parts integer DEFAULT 1,
                                     as_of timestamptz DEFAULT NULL)
RETURNS SETOF synthgen.system_metric_row
AS 'MODULE_PATHNAME', 'synth_system_metrics'
LANGUAGE C STABLE PARALLEL SAFE ROWS 1440;
COMMENT ON FUNCTION synth_system_metrics(text, timestamptz, integer, bigint, integer, bigint, integer, integer, integer, integer, timestamptz) IS
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
    key_seconds         float8,
    analyze_seconds     float8,
    PRIMARY KEY (run_id, table_name)
);
CREATE SEQUENCE synthgen.run_log_run_id_seq OWNED BY synthgen.run_log.run_id;
COMMENT ON TABLE synthgen.run_log IS
'one row per table and generate() run: what was generated, how many rows, how long it took; written only by generate(), readable by everyone';
COMMENT ON COLUMN synthgen.run_log.seconds IS
'the table''s load (with its CREATE TABLE)';
COMMENT ON COLUMN synthgen.run_log.key_seconds IS
'its primary key and the foreign keys on it, built and validated (NULL: a run before 2.0)';
COMMENT ON COLUMN synthgen.run_log.analyze_seconds IS
'its ANALYZE (NULL: a run before 2.0)';
-- generate() writes the rows (and draws the run ids) as the table's owner:
-- nobody else may, so nobody can forge a run or take a future run id
GRANT SELECT ON synthgen.run_log TO PUBLIC;
GRANT DELETE ON synthgen.run_log TO @extowner@;
REVOKE ALL ON SEQUENCE synthgen.run_log_run_id_seq FROM PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('synthgen.run_log', '');
SELECT pg_catalog.pg_extension_config_dump('synthgen.run_log_run_id_seq', '');

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

CREATE FUNCTION synthgen.run_parallel(statements text[], groups integer[])
RETURNS TABLE (statement integer, rows bigint, seconds float8)
AS 'MODULE_PATHNAME', 'synthgen_run_parallel'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION synthgen.run_parallel(text[], integer[]) IS
'internal (superusers only): run statements in dynamic background workers as the calling role, the statements of group g in one transaction of one worker (with fewer free worker slots than groups, the started workers share the groups); waits for all and raises the first error';
-- generate() calls the C entry directly; the SQL wrapper is for superusers
REVOKE EXECUTE ON FUNCTION synthgen.run_parallel(text[], integer[]) FROM PUBLIC;

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
