-- The registry of tables (src/tables.c), as synthgen.tables() shows it:
-- every entry has its function, row type and golden digest, its slices add
-- up to the whole, and a row type that disagrees with its filler is a clean
-- error, never a crash.  A table added to the registry without one of its
-- pieces fails here.
SET synthgen.timing = off;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET extra_float_digits = 1;

SELECT table_name, function_name, row_type, needs_window, load_order, primary_key, foreign_keys
FROM synthgen.tables() ORDER BY load_order;

-- each function exists, in the extension's schema, and returns SETOF its row type
SELECT t.table_name, p.oid IS NOT NULL AS has_function, p.proretset AS returns_set,
       p.prorettype = t.row_type AS returns_row_type
FROM synthgen.tables() t
LEFT JOIN pg_proc p ON p.proname = t.function_name
     AND p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'synthgen')
ORDER BY t.load_order;

-- every foreign key names an earlier table of the registry and its key
SELECT t.table_name, fk
FROM synthgen.tables() t, unnest(t.foreign_keys) AS fk
WHERE NOT EXISTS (SELECT 1 FROM synthgen.tables() r
                  WHERE r.load_order < t.load_order
                    AND fk LIKE '% -> ' || r.table_name || '(' || array_to_string(r.primary_key, ',') || ')');

-- one call of every table, the same small world: a digest each (golden),
-- and the union of 3 slices equals the whole
CREATE FUNCTION pg_temp.call(fn text, win boolean, extra text) RETURNS text LANGUAGE sql AS $$
    -- the counts the function takes (its argument names), for a small world
    SELECT format('SELECT * FROM %I(%L%s, seed => 3%s%s)', fn, 'flash_sale',
                  CASE WHEN win THEN ', ''2025-12-01 00:00+00'', 240' ELSE '' END,
                  (SELECT string_agg(format(', %s => %s', a, v), '' ORDER BY o)
                   FROM pg_proc p, unnest(p.proargnames) WITH ORDINALITY AS n(a, o),
                        (VALUES ('customers', 300), ('products', 60), ('suppliers', 7),
                                ('orders_per_day', 2000)) AS c(name, v)
                   WHERE p.proname = fn AND a = c.name
                     AND p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'synthgen')),
                  extra)
$$;
CREATE FUNCTION pg_temp.digest(fn text, win boolean, pk text[]) RETURNS text LANGUAGE plpgsql AS $$
DECLARE d text;
BEGIN
    EXECUTE format('SELECT coalesce(md5(string_agg(x::text, E''\n'' ORDER BY %s)), ''no rows'') || '' '' || count(*) FROM (%s) x',
                   array_to_string(pk, ', '), pg_temp.call(fn, win, ''))
        INTO d;
    RETURN d;
END $$;
CREATE FUNCTION pg_temp.slices_differ(fn text, win boolean) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM ((%1$s EXCEPT ALL (%2$s UNION ALL %3$s UNION ALL %4$s))
                                          UNION ALL ((%2$s UNION ALL %3$s UNION ALL %4$s) EXCEPT ALL %1$s)) d',
                   pg_temp.call(fn, win, ''),
                   pg_temp.call(fn, win, ', part => 0, parts => 3'),
                   pg_temp.call(fn, win, ', part => 1, parts => 3'),
                   pg_temp.call(fn, win, ', part => 2, parts => 3'))
        INTO n;
    RETURN n;
END $$;
SELECT table_name, pg_temp.digest(function_name, needs_window, primary_key) AS digest_and_rows,
       pg_temp.slices_differ(function_name, needs_window) AS slices_differ
FROM synthgen.tables() ORDER BY load_order;

-- a row type that disagrees with the filler: 42804, checked once per call
\set VERBOSITY default
BEGIN;
ALTER TYPE synthgen.supplier_row ADD ATTRIBUTE extra integer;
SELECT count(*) FROM synth_suppliers('baseline');
ROLLBACK;
BEGIN;
ALTER TYPE synthgen.order_item_row ALTER ATTRIBUTE quantity TYPE bigint;
SELECT count(*) FROM synth_order_items('baseline', '2025-12-01 00:00+00', 1);
ROLLBACK;
-- a function declared over a row type with two columns swapped (it crashed
-- the backend before)
CREATE TYPE public.swapped_supplier AS (supplier_id integer, name text, country text, contact_email text,
                                        reliability numeric(4,3), lead_time_days integer);
CREATE FUNCTION public.swapped_suppliers(scenario text, seed bigint DEFAULT 1, suppliers integer DEFAULT NULL,
                                         part integer DEFAULT 0, parts integer DEFAULT 1)
RETURNS SETOF public.swapped_supplier AS '$libdir/synthgen', 'synth_suppliers' LANGUAGE C STABLE;
SELECT count(*) FROM public.swapped_suppliers('baseline');
-- the same through synthgen.load() into a table of that shape
CREATE TABLE public.swapped_table OF public.swapped_supplier;
SELECT synthgen.load('public.swapped_table', 'suppliers', 'baseline', NULL, NULL, 1, NULL, NULL, NULL, 5);
DROP TABLE public.swapped_table;
DROP FUNCTION public.swapped_suppliers;
DROP TYPE public.swapped_supplier;
-- and everything still works
SELECT count(*) FROM synth_suppliers('baseline');
