-- apiTokens.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'name', "page"."name", 'prefix', "page"."prefix", 'savedQueriesOnly', "page"."saved_queries_only") order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "api_tokens") as "total" from (
  select "api_tokens"."id", "api_tokens"."name", "api_tokens"."prefix", "api_tokens"."saved_queries_only", row_number() over (order by "api_tokens"."id" asc) as "__rn" from "api_tokens" order by "api_tokens"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'name', "page"."name", 'prefix', "page"."prefix", 'savedQueriesOnly', "page"."saved_queries_only") order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "api_tokens") as "total" from (
  select "api_tokens"."id", "api_tokens"."name", "api_tokens"."prefix", "api_tokens"."saved_queries_only", row_number() over (order by "api_tokens"."id" asc) as "__rn" from "api_tokens" order by "api_tokens"."id" asc limit 4 offset 0) "page";
