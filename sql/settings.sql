-- synthgen's settings take their values from wherever PostgreSQL reads
-- settings, even when they were set before the library was loaded:
-- postgresql.conf, ALTER DATABASE/ROLE ... SET, PGOPTIONS.  (The prefix
-- "synthgen." is reserved only once every setting is defined; reserving it
-- earlier threw away the value of synthgen.parquet_copy.)
SELECT current_database() AS db \gset
ALTER DATABASE :"db" SET synthgen.parquet_copy = off;
ALTER DATABASE :"db" SET synthgen.max_jobs = 3;
ALTER DATABASE :"db" SET synthgen.timing = log;
-- a new session: the values are placeholders until the library loads
\c
SELECT synthgen.version() IS NOT NULL AS loaded;
SELECT name, setting, source FROM pg_settings WHERE name LIKE 'synthgen.%' ORDER BY name;
SHOW synthgen.parquet_copy;
ALTER DATABASE :"db" RESET synthgen.parquet_copy;
ALTER DATABASE :"db" RESET synthgen.max_jobs;
ALTER DATABASE :"db" RESET synthgen.timing;
\c
-- an unknown synthgen setting is refused once the library is loaded
SELECT synthgen.version() IS NOT NULL AS loaded;
SET synthgen.no_such_setting = 1;
-- synthgen.max_jobs: only a superuser sets it, between 1 and 1024
SET synthgen.max_jobs = 0;
SET synthgen.max_jobs = 2000;
SHOW synthgen.max_jobs;
