-- users.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'username', "p0"."username", 'displayName', "p0"."display_name", 'role', upper("p0"."role"::text), 'active', "p0"."active", 'version', "p0"."version"))::text as "j" from "users" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'username', "p0"."username", 'displayName', "p0"."display_name", 'role', "p0"."role", 'active', "p0"."active", 'version', "p0"."version") as "j" from "users" "p0" where "p0"."id" = $1;
