/* synthgen--1.2--2.0.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION synthgen UPDATE TO '2.0'" to load this file. \quit

/*
 * 2.0: algorithm 2, one persistent world in absolute time (docs/design.md,
 * "The persistent world").  Every generated value changes.
 */

-- people and places that fit their country: the name pools, as SQL sees them
CREATE FUNCTION synthgen.name_pools()
RETURNS TABLE (country text, pool text, native boolean, kind text, name text)
AS 'MODULE_PATHNAME', 'synthgen_name_pools'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4000;
COMMENT ON FUNCTION synthgen.name_pools() IS
'the given names (kind first) and surnames (kind last) each country''s customers are drawn from, by name pool; native pools are the country''s own population, the others its small share of foreign-born customers';
