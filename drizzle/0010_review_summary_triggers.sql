-- The yearly review's summaries (review_activity_totals, review_trained_deputies) kept up to date by
-- triggers, in the same transaction as each change of the records behind them; then filled from the
-- records already there.
--
-- Every trigger applies the change its statement made (a delta), never a recount that could overwrite
-- a concurrent transaction's delta. Where the delta depends on another table, the triggers that can
-- change the two sides take the same lock first, so whichever comes second waits for the first to
-- commit and then sees its rows (READ COMMITTED: each statement in a trigger function reads the rows
-- committed when it starts):
--   an activity's date or area  <->  its participations: the activity row (FOR SHARE / the UPDATE's own lock);
--   a deputy's city mandates    <->  the deputy's participations: advisory lock (7301, deputy id),
--                                     exclusive for mandates, shared for participations;
--   a training's form or start  <->  its attendances: the training row.
-- Locks of one kind are taken in id order. A participation trigger holds its activities (shared) and
-- waits for its deputies; a mandate trigger holds its deputies and waits for their activities, shared
-- as well: the two never wait for each other in a circle.

-- Whether deputy d held a city congress mandate at some time in year y (the review's 市人大代表).
CREATE FUNCTION review_city_deputy(d integer, y integer) RETURNS boolean LANGUAGE sql STABLE AS $$
  select exists (select 1 from deputy_mandates m where m.deputy_id = d and m.level = 'city'
    and m.start_date <= make_date(y, 12, 31) and (m.end_date is null or m.end_date >= make_date(y, 1, 1)))
$$;
--> statement-breakpoint

-- Participations added (+1) or removed (-1): activity ids a, deputy ids d, signs s.
CREATE FUNCTION review_participations_apply(a integer[], d integer[], s integer[]) RETURNS void LANGUAGE plpgsql AS $$
begin
  perform 1 from activities x where x.id = any(a) order by x.id for share;
  perform pg_advisory_xact_lock_shared(7301, k) from (select distinct k from unnest(d) k order by k) z;
  update review_activity_totals t
    set participants = t.participants + c.n, city_participants = t.city_participants + c.city
    from (
      select u.a, sum(u.s)::int as n,
        coalesce(sum(u.s) filter (where review_city_deputy(u.d, extract(year from x.date)::int)), 0)::int as city
      from unnest(a, d, s) u(a, d, s) join activities x on x.id = u.a
      group by u.a
    ) c
    where t.activity_id = c.a and (c.n <> 0 or c.city <> 0);
end
$$;
--> statement-breakpoint
CREATE FUNCTION review_participations_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform review_participations_apply(array_agg(activity_id), array_agg(deputy_id), array_agg(1)) from new_rows having count(*) > 0;
  return null;
end
$$;
--> statement-breakpoint
CREATE FUNCTION review_participations_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform review_participations_apply(array_agg(activity_id), array_agg(deputy_id), array_agg(-1)) from old_rows having count(*) > 0;
  return null;
end
$$;
--> statement-breakpoint
CREATE FUNCTION review_participations_updated() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform review_participations_apply(array_agg(c.activity_id), array_agg(c.deputy_id), array_agg(c.s))
  from (
    select o.activity_id, o.deputy_id, -1 as s from old_rows o join new_rows n on n.id = o.id
      where (o.activity_id, o.deputy_id) is distinct from (n.activity_id, n.deputy_id)
    union all
    select n.activity_id, n.deputy_id, 1 from old_rows o join new_rows n on n.id = o.id
      where (o.activity_id, o.deputy_id) is distinct from (n.activity_id, n.deputy_id)
  ) c having count(*) > 0;
  return null;
end
$$;
--> statement-breakpoint
CREATE TRIGGER review_participations_inserted AFTER INSERT ON activity_participations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_participations_inserted();
--> statement-breakpoint
CREATE TRIGGER review_participations_deleted AFTER DELETE ON activity_participations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION review_participations_deleted();
--> statement-breakpoint
CREATE TRIGGER review_participations_updated AFTER UPDATE ON activity_participations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_participations_updated();
--> statement-breakpoint

-- A new activity gets its row (no participants yet); a deleted one loses it by the foreign key's cascade.
CREATE FUNCTION review_activities_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  insert into review_activity_totals (activity_id, date, area) select id, date, area from new_rows;
  return null;
end
$$;
--> statement-breakpoint
-- An activity moved to another date or area: its row follows; moved to another year, its city
-- participants are counted again for that year (the UPDATE holds the activity's row lock, which the
-- participation and mandate triggers wait for, so no delta of theirs can be lost by this count).
CREATE FUNCTION review_activities_updated() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  update review_activity_totals t
    set date = n.date, area = n.area,
      city_participants = case when extract(year from n.date) = extract(year from o.date) then t.city_participants else (
        select count(*)::int from activity_participations p
        where p.activity_id = n.id and review_city_deputy(p.deputy_id, extract(year from n.date)::int)) end
    from old_rows o join new_rows n on n.id = o.id
    where t.activity_id = n.id and (o.date, o.area) is distinct from (n.date, n.area);
  return null;
end
$$;
--> statement-breakpoint
CREATE TRIGGER review_activities_inserted AFTER INSERT ON activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_activities_inserted();
--> statement-breakpoint
CREATE TRIGGER review_activities_updated AFTER UPDATE ON activities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_activities_updated();
--> statement-breakpoint

-- Mandates changed: for every activity of the deputies whose city mandates changed, the difference
-- between being a city deputy in the activity's year after the statement and before it (the rows as
-- they are, less the statement's new rows, plus its old ones).
-- (the rows as JSON: a transition table's rows are records, which PL/pgSQL cannot pass as deputy_mandates[])
CREATE FUNCTION review_mandates_apply(old_json jsonb, new_json jsonb) RETURNS void LANGUAGE plpgsql AS $$
declare
  olds deputy_mandates[] := array(select m from jsonb_populate_recordset(null::deputy_mandates, old_json) m);
  news deputy_mandates[] := array(select m from jsonb_populate_recordset(null::deputy_mandates, new_json) m);
  ds integer[];
begin
  select array_agg(distinct m.deputy_id order by m.deputy_id) into ds
    from (select * from unnest(olds) union all select * from unnest(news)) m where m.level = 'city';
  if ds is null then return; end if;
  perform pg_advisory_xact_lock(7301, k) from unnest(ds) k order by k;
  perform 1 from activities x where x.id in (select p.activity_id from activity_participations p where p.deputy_id = any(ds))
    order by x.id for share;
  update review_activity_totals t set city_participants = t.city_participants + c.delta
    from (
      select q.activity_id, sum(q.after::int - q.before::int)::int as delta
      from (
        select p.activity_id, review_city_deputy(p.deputy_id, y.y) as after,
          exists (
            select 1 from (
              select m.level, m.start_date, m.end_date from deputy_mandates m
                where m.deputy_id = p.deputy_id and m.id <> all (select n.id from unnest(news) n)
              union all
              select o.level, o.start_date, o.end_date from unnest(olds) o where o.deputy_id = p.deputy_id
            ) m
            where m.level = 'city' and m.start_date <= make_date(y.y, 12, 31) and (m.end_date is null or m.end_date >= make_date(y.y, 1, 1))
          ) as before
        from activity_participations p
          join activities x on x.id = p.activity_id
          cross join lateral (select extract(year from x.date)::int as y) y
        where p.deputy_id = any(ds)
      ) q
      group by q.activity_id
    ) c
    where t.activity_id = c.activity_id and c.delta <> 0;
end
$$;
--> statement-breakpoint
CREATE FUNCTION review_mandates_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform review_mandates_apply('[]', (select coalesce(jsonb_agg(n), '[]') from new_rows n));
  return null;
end
$$;
--> statement-breakpoint
CREATE FUNCTION review_mandates_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform review_mandates_apply((select coalesce(jsonb_agg(o), '[]') from old_rows o), '[]');
  return null;
end
$$;
--> statement-breakpoint
CREATE FUNCTION review_mandates_updated() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform review_mandates_apply(
    (select coalesce(jsonb_agg(o), '[]') from old_rows o join new_rows n on n.id = o.id
      where (o.deputy_id, o.level, o.start_date, o.end_date) is distinct from (n.deputy_id, n.level, n.start_date, n.end_date)),
    (select coalesce(jsonb_agg(n), '[]') from old_rows o join new_rows n on n.id = o.id
      where (o.deputy_id, o.level, o.start_date, o.end_date) is distinct from (n.deputy_id, n.level, n.start_date, n.end_date)));
  return null;
end
$$;
--> statement-breakpoint
CREATE TRIGGER review_mandates_inserted AFTER INSERT ON deputy_mandates
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_mandates_inserted();
--> statement-breakpoint
CREATE TRIGGER review_mandates_deleted AFTER DELETE ON deputy_mandates
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION review_mandates_deleted();
--> statement-breakpoint
CREATE TRIGGER review_mandates_updated AFTER UPDATE ON deputy_mandates
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_mandates_updated();
--> statement-breakpoint

-- Trained deputies: add n (positive or negative) classes to (year, deputy); rows that reach 0 go.
CREATE FUNCTION review_trained_add(ys integer[], ds integer[], ns integer[]) RETURNS void LANGUAGE plpgsql AS $$
declare
  zy integer[];
  zd integer[];
begin
  with c as (
    select u.y, u.d, sum(u.n)::int as n from unnest(ys, ds, ns) u(y, d, n) group by u.y, u.d having sum(u.n) <> 0
  ), up as (
    insert into review_trained_deputies as r (year, deputy_id, classes) select c.y, c.d, c.n from c order by c.y, c.d
    on conflict (year, deputy_id) do update set classes = r.classes + excluded.classes
    returning r.year, r.deputy_id, r.classes
  )
  select array_agg(up.year), array_agg(up.deputy_id) into zy, zd from up where up.classes = 0;
  if zy is not null then
    delete from review_trained_deputies r using unnest(zy, zd) z(y, d) where r.year = z.y and r.deputy_id = z.d and r.classes = 0;
  end if;
end
$$;
--> statement-breakpoint
-- Attendances added (+1) or removed (-1): training ids t, deputy ids d, signs s, only ATTENDED ones.
CREATE FUNCTION review_attendances_apply(t integer[], d integer[], s integer[]) RETURNS void LANGUAGE plpgsql AS $$
declare
  ys integer[];
  ds integer[];
  ns integer[];
begin
  perform 1 from trainings x where x.id = any(t) order by x.id for share;
  select array_agg(extract(year from x.start_date)::int), array_agg(u.d), array_agg(u.s) into ys, ds, ns
    from unnest(t, d, s) u(t, d, s) join trainings x on x.id = u.t
    where x.form = 'class';
  if ys is not null then perform review_trained_add(ys, ds, ns); end if;
end
$$;
--> statement-breakpoint
CREATE FUNCTION review_attendances_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform review_attendances_apply(array_agg(training_id), array_agg(deputy_id), array_agg(1))
    from new_rows where status = 'attended' having count(*) > 0;
  return null;
end
$$;
--> statement-breakpoint
CREATE FUNCTION review_attendances_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform review_attendances_apply(array_agg(training_id), array_agg(deputy_id), array_agg(-1))
    from old_rows where status = 'attended' having count(*) > 0;
  return null;
end
$$;
--> statement-breakpoint
CREATE FUNCTION review_attendances_updated() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  perform review_attendances_apply(array_agg(c.training_id), array_agg(c.deputy_id), array_agg(c.s))
  from (
    select o.training_id, o.deputy_id, -1 as s from old_rows o join new_rows n on n.id = o.id
      where o.status = 'attended' and (o.training_id, o.deputy_id, o.status) is distinct from (n.training_id, n.deputy_id, n.status)
    union all
    select n.training_id, n.deputy_id, 1 from old_rows o join new_rows n on n.id = o.id
      where n.status = 'attended' and (o.training_id, o.deputy_id, o.status) is distinct from (n.training_id, n.deputy_id, n.status)
  ) c having count(*) > 0;
  return null;
end
$$;
--> statement-breakpoint
CREATE TRIGGER review_attendances_inserted AFTER INSERT ON training_attendances
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_attendances_inserted();
--> statement-breakpoint
CREATE TRIGGER review_attendances_deleted AFTER DELETE ON training_attendances
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION review_attendances_deleted();
--> statement-breakpoint
CREATE TRIGGER review_attendances_updated AFTER UPDATE ON training_attendances
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_attendances_updated();
--> statement-breakpoint

-- A training whose form or start moved: its attended attendances move with it (the UPDATE holds the
-- training's row lock, which the attendance triggers wait for).
CREATE FUNCTION review_trainings_updated() RETURNS trigger LANGUAGE plpgsql AS $$
declare
  ys integer[];
  ds integer[];
  ns integer[];
begin
  select array_agg(c.y), array_agg(c.d), array_agg(c.n) into ys, ds, ns from (
    select extract(year from o.start_date)::int as y, a.deputy_id as d, -1 as n
      from old_rows o join new_rows n on n.id = o.id join training_attendances a on a.training_id = o.id
      where a.status = 'attended' and o.form = 'class'
        and (o.form, extract(year from o.start_date)) is distinct from (n.form, extract(year from n.start_date))
    union all
    select extract(year from n.start_date)::int, a.deputy_id, 1
      from old_rows o join new_rows n on n.id = o.id join training_attendances a on a.training_id = n.id
      where a.status = 'attended' and n.form = 'class'
        and (o.form, extract(year from o.start_date)) is distinct from (n.form, extract(year from n.start_date))
  ) c;
  if ys is not null then perform review_trained_add(ys, ds, ns); end if;
  return null;
end
$$;
--> statement-breakpoint
CREATE TRIGGER review_trainings_updated AFTER UPDATE ON trainings
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION review_trainings_updated();
--> statement-breakpoint
-- A training deleted: its attendances go by the foreign key's cascade after the training row is gone,
-- when their trigger can no longer read its form and year; so they are taken off here, before.
CREATE FUNCTION review_trainings_deleting() RETURNS trigger LANGUAGE plpgsql AS $$
declare
  ys integer[];
  ds integer[];
  ns integer[];
begin
  if old.form = 'class' then
    select array_agg(extract(year from old.start_date)::int), array_agg(a.deputy_id), array_agg(-1) into ys, ds, ns
      from training_attendances a where a.training_id = old.id and a.status = 'attended';
    if ys is not null then perform review_trained_add(ys, ds, ns); end if;
  end if;
  return old;
end
$$;
--> statement-breakpoint
CREATE TRIGGER review_trainings_deleting BEFORE DELETE ON trainings FOR EACH ROW EXECUTE FUNCTION review_trainings_deleting();
--> statement-breakpoint

-- Both summaries counted afresh from the records (this migration's fill; `pnpm bench:data` after a
-- load with the triggers off). Takes the tables' locks, so no change runs beside it.
CREATE FUNCTION review_summary_rebuild() RETURNS void LANGUAGE plpgsql AS $$
begin
  lock table activities, activity_participations, deputy_mandates, trainings, training_attendances in share mode;
  delete from review_activity_totals;
  insert into review_activity_totals (activity_id, date, area, participants, city_participants)
    select x.id, x.date, x.area, coalesce(c.n, 0), coalesce(c.city, 0)
    from activities x left join (
      select p.activity_id, count(*)::int as n, count(*) filter (where exists (
          select 1 from deputy_mandates m where m.deputy_id = p.deputy_id and m.level = 'city'
            and m.start_date <= make_date(extract(year from a.date)::int, 12, 31)
            and (m.end_date is null or m.end_date >= make_date(extract(year from a.date)::int, 1, 1))))::int as city
      from activity_participations p join activities a on a.id = p.activity_id
      group by p.activity_id
    ) c on c.activity_id = x.id;
  delete from review_trained_deputies;
  insert into review_trained_deputies (year, deputy_id, classes)
    select extract(year from x.start_date)::int, a.deputy_id, count(*)::int
    from training_attendances a join trainings x on x.id = a.training_id
    where a.status = 'attended' and x.form = 'class'
    group by 1, 2;
end
$$;
--> statement-breakpoint
SELECT review_summary_rebuild();
