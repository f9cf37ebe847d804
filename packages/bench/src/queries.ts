// The benchmark's queries, each written three times: in daibiao's grammar, in PostGraphile's, and as
// the one hand-written SQL statement of the floor (which builds the whole JSON answer itself).
// Every version asks for the same fields in the same order of records. A new query is one more entry
// in QUERIES (query 5, the yearly review, when it exists).

export type Params = {
  // a county with county-level mandates (query 1)
  districtId: number;
  // a deputy with mandates, stations, trainings and proposals (query 2)
  deputyId: number;
  // the records before the deep page (query 3): page 2,000 of 50 starts after record 99,950
  deepOffset: number;
  term: number;
  session: number;
  // the year of the review (query 5): the latest year with activities
  year: number;
};

export const PAGE = 50;

// What is sent: a GraphQL operation (daibiao, PostGraphile) or the floor's statement name and parameters.
export type GraphQLRequest = { query: string; variables?: Record<string, unknown> };
export type FloorRequest = { op: string; params: unknown[] };
export type Post = (body: unknown) => Promise<any>;

type Side<R> = {
  // the request to measure; `post` sends a preparatory request to the same server (e.g. for a cursor)
  request: (p: Params, post: Post) => R | Promise<R>;
  // records in a response, to check that all three servers answer alike
  count: (data: any) => number;
};

export type Query = {
  id: string;
  title: string;
  daibiao: Side<GraphQLRequest> & {
    // a root field the daibiao schema must have (else the query is "n/a" for daibiao)
    needs?: string;
  };
  // absent where PostGraphile has nothing that answers the question in one request
  postgraphile?: Side<GraphQLRequest>;
  postgraphileNote?: string;
  floor: Side<FloorRequest> & { sql: string; wrap: (json: string) => string };
};

const nodes = (d: any, key: string) => d?.[key]?.nodes?.length ?? -1;

// JSON for a list of rows: '[]' rather than null when there is none.
const list = (expr: string, from: string) => `(select coalesce(json_agg(${expr}), '[]'::json) ${from})`;

const q1: Query = {
  id: "q1",
  title: "page of 50 deputies by district and level, by name, with mandates and stations",
  daibiao: {
    request: (p) => ({
      query: `query Q1($district: ID!) {
  deputies(filter: { mandate: { districtId: { eq: $district }, level: { eq: COUNTY } } }, orderBy: [NAME_ASC], first: 50) {
    nodes { id name mandates { level district { name } } stations { role station { name } } }
  }
}`,
      variables: { district: String(p.districtId) },
    }),
    count: (d) => nodes(d, "deputies"),
  },
  postgraphile: {
    request: (p) => ({
      query: `query Q1($district: Int!) {
  deputies(filter: { deputyMandates: { some: { districtId: { equalTo: $district }, level: { equalTo: county } } } }, orderBy: [NAME_ASC], first: 50) {
    nodes { rowId name deputyMandates { nodes { level district { name } } } stationDeputies { nodes { role station { name } } } }
  }
}`,
      variables: { district: p.districtId },
    }),
    count: (d) => nodes(d, "deputies"),
  },
  floor: {
    request: (p) => ({ op: "q1", params: [p.districtId] }),
    sql: `select coalesce(json_agg(json_build_object(
    'id', d.id::text, 'name', d.name,
    'mandates', ${list(
      `json_build_object('level', upper(m.level::text), 'district', (select json_build_object('name', x.name) from districts x where x.id = m.district_id)) order by m.start_date, m.id`,
      "from deputy_mandates m where m.deputy_id = d.id",
    )},
    'stations', ${list(
      `json_build_object('role', upper(s.role::text), 'station', (select json_build_object('name', st.name) from stations st where st.id = s.station_id)) order by s.id`,
      "from station_deputies s where s.deputy_id = d.id",
    )}
  ) order by d.name, d.id), '[]'::json)::text as json
from (
  select id, name from deputies d
  where exists (select 1 from deputy_mandates m where m.deputy_id = d.id and m.district_id = $1 and m.level = 'county')
  order by name, id limit 50
) d`,
    wrap: (json) => `{"data":{"deputies":{"nodes":${json}}}}`,
    count: (d) => nodes(d, "deputies"),
  },
};

const q2: Query = {
  id: "q2",
  title: "one deputy by id with mandates, stations, trainings and proposals",
  daibiao: {
    request: (p) => ({
      query: `query Q2($id: ID!) {
  deputy(id: $id) {
    id name gender birthDate
    mandates { level congressTerm startDate district { name } }
    stations { role station { name } }
    trainings { status hours training { title startDate } }
    proposals { title status submittedAt }
  }
}`,
      variables: { id: String(p.deputyId) },
    }),
    count: (d) => (d?.deputy ? d.deputy.mandates.length + d.deputy.stations.length + d.deputy.trainings.length + d.deputy.proposals.length : -1),
  },
  postgraphile: {
    request: (p) => ({
      query: `query Q2($id: Int!) {
  deputy(rowId: $id) {
    rowId name gender birthDate
    deputyMandates { nodes { level congressTerm startDate district { name } } }
    stationDeputies { nodes { role station { name } } }
    trainingAttendances { nodes { status hours training { title startDate } } }
    proposalsByLeadDeputyId { nodes { title status submittedAt } }
  }
}`,
      variables: { id: p.deputyId },
    }),
    count: (d) =>
      d?.deputy
        ? d.deputy.deputyMandates.nodes.length +
          d.deputy.stationDeputies.nodes.length +
          d.deputy.trainingAttendances.nodes.length +
          d.deputy.proposalsByLeadDeputyId.nodes.length
        : -1,
  },
  floor: {
    request: (p) => ({ op: "q2", params: [p.deputyId] }),
    sql: `select json_build_object(
    'id', d.id::text, 'name', d.name, 'gender', upper(d.gender::text), 'birthDate', d.birth_date,
    'mandates', ${list(
      `json_build_object('level', upper(m.level::text), 'congressTerm', m.congress_term, 'startDate', m.start_date,
        'district', (select json_build_object('name', x.name) from districts x where x.id = m.district_id)) order by m.start_date, m.id`,
      "from deputy_mandates m where m.deputy_id = d.id",
    )},
    'stations', ${list(
      `json_build_object('role', upper(s.role::text), 'station', (select json_build_object('name', st.name) from stations st where st.id = s.station_id)) order by s.id`,
      "from station_deputies s where s.deputy_id = d.id",
    )},
    'trainings', ${list(
      `json_build_object('status', upper(a.status::text), 'hours', a.hours,
        'training', (select json_build_object('title', t.title, 'startDate', t.start_date) from trainings t where t.id = a.training_id)) order by a.id`,
      "from training_attendances a where a.deputy_id = d.id",
    )},
    'proposals', ${list(
      `json_build_object('title', p.title, 'status', upper(p.status::text), 'submittedAt', p.submitted_at) order by p.submitted_at desc, p.number, p.id`,
      "from proposals p where p.lead_deputy_id = d.id",
    )}
  )::text as json
from deputies d where d.id = $1`,
    wrap: (json) => `{"data":{"deputy":${json}}}`,
    count: (d) => (d?.deputy ? d.deputy.mandates.length + d.deputy.stations.length + d.deputy.trainings.length + d.deputy.proposals.length : -1),
  },
};

const q3: Query = {
  id: "q3",
  title: "deep page: page 2,000 of 50 deputies by name, by cursor",
  daibiao: {
    // The cursor is fetched once, before measuring; the measured request pages by it.
    request: async (p, post) => {
      const r = await post({
        query: `query($offset: Int!) { deputies(orderBy: [NAME_ASC], first: 1, offset: $offset) { pageInfo { endCursor } } }`,
        variables: { offset: p.deepOffset - 1 },
      });
      return {
        query: `query Q3($after: String!) {
  deputies(first: 50, after: $after, orderBy: [NAME_ASC]) { nodes { id name gender birthDate } pageInfo { endCursor hasNextPage } }
}`,
        variables: { after: r.data.deputies.pageInfo.endCursor },
      };
    },
    count: (d) => nodes(d, "deputies"),
  },
  postgraphile: {
    request: async (p, post) => {
      const r = await post({
        query: `query($offset: Int!) { deputies(orderBy: [NAME_ASC], first: 1, offset: $offset) { edges { cursor } } }`,
        variables: { offset: p.deepOffset - 1 },
      });
      return {
        query: `query Q3($after: Cursor!) {
  deputies(first: 50, after: $after, orderBy: [NAME_ASC]) { nodes { rowId name gender birthDate } pageInfo { endCursor hasNextPage } }
}`,
        variables: { after: r.data.deputies.edges[0].cursor },
      };
    },
    count: (d) => nodes(d, "deputies"),
  },
  floor: {
    request: async (p, post) => {
      const r = await post({ op: "q3-cursor", params: [p.deepOffset - 1] });
      return { op: "q3", params: r.data.cursor };
    },
    sql: `with page as (
  select id, name, gender, birth_date from deputies where (name, id) > ($1, $2) order by name, id limit 51
), shown as (select * from page order by name, id limit 50)
select json_build_object(
    'nodes', ${list(`json_build_object('id', id::text, 'name', name, 'gender', upper(gender::text), 'birthDate', birth_date) order by name, id`, "from shown")},
    'pageInfo', json_build_object(
      'endCursor', (select json_build_array(name, id) from shown order by name desc, id desc limit 1),
      'hasNextPage', (select count(*) from page) > 50)
  )::text as json`,
    wrap: (json) => `{"data":{"deputies":${json}}}`,
    count: (d) => nodes(d, "deputies"),
  },
};

const q4: Query = {
  id: "q4",
  title: "proposals of a session grouped by status and category: count and sum of people benefited",
  daibiao: {
    needs: "proposalsAggregate",
    request: (p) => ({
      query: `query Q4($term: Int!, $session: Int!) {
  proposalsAggregate(filter: { congressTerm: { eq: $term }, sessionNumber: { eq: $session } }, groupBy: [STATUS, CATEGORY]) {
    groups { key { status category } count sum { peopleBenefited } }
  }
}`,
      variables: { term: p.term, session: p.session },
    }),
    count: (d) => d?.proposalsAggregate?.groups?.length ?? -1,
  },
  postgraphile: {
    request: (p) => ({
      query: `query Q4($term: Int!, $session: Int!) {
  proposals(filter: { congressTerm: { equalTo: $term }, sessionNumber: { equalTo: $session } }) {
    groupedAggregates(groupBy: [STATUS, CATEGORY]) { keys count { rowId } sum { peopleBenefited } }
  }
}`,
      variables: { term: p.term, session: p.session },
    }),
    count: (d) => d?.proposals?.groupedAggregates?.length ?? -1,
  },
  floor: {
    request: (p) => ({ op: "q4", params: [p.term, p.session] }),
    sql: `select coalesce(json_agg(json_build_object(
    'key', json_build_object('status', upper(status::text), 'category', upper(category::text)),
    'count', n, 'sum', json_build_object('peopleBenefited', s)) order by status, category), '[]'::json)::text as json
from (
  select status, category, count(*) as n, sum(people_benefited) as s
  from proposals where congress_term = $1 and session_number = $2 group by status, category
) g`,
    wrap: (json) => `{"data":{"proposalsAggregate":{"groups":${json}}}}`,
    count: (d) => d?.proposalsAggregate?.groups?.length ?? -1,
  },
};

// The yearly review: every figure of Bijie's 2024 review, for one year, in one request. The floor
// computes the same figures with the same definitions (packages/api/src/review/review.figures.ts),
// reading the same summaries the database keeps for the four that would count millions of rows
// (review_activity_totals, review_trained_deputies; drizzle/0010).
const within = (col: string) => `${col} between make_date($1, 1, 1) and make_date($1, 12, 31)`;
const standing = (kind: string) => `kind = '${kind}' and active and opened_on <= make_date($1, 12, 31)`;
const sessionProposals = `session_number is not null and ${within("submitted_at")}`;
const figure = (key: string, value: string) => `json_build_object('key', '${key}', 'value', (${value})::float8)`;
const q5: Query = {
  id: "q5",
  title: "the yearly review of a year: all its figures",
  daibiao: {
    needs: "yearlyReview",
    request: (p) => ({ query: `query Q5($year: Int!) { yearlyReview(year: $year) { figures { key value } } }`, variables: { year: p.year } }),
    count: (d) => d?.yearlyReview?.figures?.length ?? -1,
  },
  postgraphileNote: "n/a (PostGraphile has no yearly review: 17 filtered aggregates, one request each)",
  floor: {
    request: (p) => ({ op: "q5", params: [p.year] }),
    sql: `select json_build_object('figures', json_build_array(
  ${figure("trainingClasses", `select count(*) from trainings where form = 'class' and ${within("start_date")}`)},
  ${figure("deputiesTrained", `select count(*) from review_trained_deputies where year = $1`)},
  ${figure("activityPersonTimes", `select sum(participants) from review_activity_totals where ${within("date")}`)},
  ${figure("legislationPersonTimes", `select sum(participants) from review_activity_totals where area = 'legislation' and ${within("date")}`)},
  ${figure("supervisionItems", `select count(*) from activities where area = 'supervision' and ${within("date")}`)},
  ${figure("supervisionPersonTimes", `select sum(city_participants) from review_activity_totals where area = 'supervision' and ${within("date")}`)},
  ${figure("supervisionSuggestions", `select sum(suggestions_count) from activities where area = 'supervision' and ${within("date")}`)},
  ${figure("stations", `select count(*) from stations where ${standing("station")}`)},
  ${figure("rooms", `select count(*) from stations where ${standing("room")}`)},
  ${figure("onlineStations", `select count(*) from stations where ${standing("online")}`)},
  ${figure("modelStations", `select count(*) from stations where ${standing("station")} and is_model and model_year <= $1`)},
  ${figure("modelRooms", `select count(*) from stations where ${standing("room")} and is_model and model_year <= $1`)},
  ${figure("industryStations", `select count(*) from stations where ${standing("station")} and is_industry`)},
  ${figure("sessionProposals", `select count(*) from proposals where ${sessionProposals}`)},
  ${figure("sessionProposalsAnswered", `select count(*) from proposals where ${sessionProposals} and status in ('answered', 'evaluated', 'closed')`)},
  ${figure("specialFundProposals", `select count(*) from proposals where ${sessionProposals} and special_fund`)},
  ${figure("peopleBenefited", `select coalesce(sum(people_benefited), 0) from proposals where ${sessionProposals} and special_fund`)}
))::text as json`,
    wrap: (json) => `{"data":{"yearlyReview":${json}}}`,
    count: (d) => d?.yearlyReview?.figures?.length ?? -1,
  },
};

export const QUERIES: Query[] = [q1, q2, q3, q4, q5];

// Statements the floor needs besides the measured ones (fetching the deep page's cursor).
export const FLOOR_EXTRA: Record<string, { sql: string; wrap: (json: string) => string }> = {
  "q3-cursor": {
    sql: `select json_build_array(name, id)::text as json from deputies order by name, id offset $1 limit 1`,
    wrap: (json) => `{"data":{"cursor":${json}}}`,
  },
};
