/* synthgen--1.2--2.0.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION synthgen UPDATE TO '2.0'" to load this file. \quit

/*
 * 2.0: algorithm 2, one persistent world in absolute time (docs/design.md,
 * "The persistent world").  Every generated value changes.
 */
