import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();
const count = async (table: string) => (await t().sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n as number;

it("records a meeting with its attending deputies, replaces them, and links both ways", async () => {
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 3) i`;
  const c = await t().gql(
    `mutation ($i: CreateMeetingInput!) { createMeeting(input: $i) { id version forumDate attendees { atForum deputy { name } } } }`,
    {
      i: {
        title: "市三届人大常委会第二十次会议",
        startDate: "2024-08-27",
        endDate: "2024-08-29",
        forumDate: "2024-08-28",
        attendees: [{ deputyId: "1", atForum: true }, { deputyId: "2" }],
      },
    },
  );
  expect(c.errors).toBeUndefined();
  const m = c.data!.createMeeting;
  expect(m.attendees).toEqual([{ atForum: true, deputy: { name: "代表1" } }, { atForum: false, deputy: { name: "代表2" } }]);
  const u = await t().gql(
    `mutation ($id: ID!) { updateMeeting(id: $id, input: { version: 1, attendees: [{ deputyId: "2", atForum: true }, { deputyId: "3" }] }) { version attendees { deputyId atForum } } }`,
    { id: m.id },
  );
  expect(u.data!.updateMeeting.version).toBe(2);
  expect([...u.data!.updateMeeting.attendees].sort((a, b) => a.deputyId.localeCompare(b.deputyId))).toEqual([
    { deputyId: "2", atForum: true },
    { deputyId: "3", atForum: false },
  ]);
  const stale = await t().gql(`mutation ($id: ID!) { updateMeeting(id: $id, input: { title: "x", version: 1 }) { id } }`, { id: m.id });
  expect(stale.errors![0]!.extensions!.code).toBe("CONFLICT");
  const d = await t().gql(`{ deputy(id: "2") { meetings { atForum meeting { title } } } }`);
  expect(d.data!.deputy.meetings).toEqual([{ atForum: true, meeting: { title: "市三届人大常委会第二十次会议" } }]);
  const lists = await t().gql(`{
    meetings(filter: { attendee: { deputyId: { eq: "3" } }, startDate: { gte: "2024-01-01", lte: "2024-12-31" }, q: "二十" }) { totalCount }
    gone: meetings(filter: { attendee: { deputyId: { eq: "1" } } }) { totalCount }
    meetingAttendees(filter: { atForum: { eq: true } }) { totalCount nodes { deputy { name } } }
    meetingAttendeesAggregate(groupBy: [MEETING_START_DATE_YEAR, AT_FORUM]) { groups { key { meetingStartDateYear atForum } count } }
  }`);
  expect(lists.errors).toBeUndefined();
  expect(lists.data).toMatchObject({ meetings: { totalCount: 1 }, gone: { totalCount: 0 }, meetingAttendees: { totalCount: 1, nodes: [{ deputy: { name: "代表2" } }] } });
  expect(lists.data!.meetingAttendeesAggregate.groups).toHaveLength(2);
  expect((await t().gql(`mutation ($id: ID!) { deleteMeeting(id: $id) { id } }`, { id: m.id })).errors).toBeUndefined();
  expect([await count("meetings"), await count("meeting_attendees")]).toEqual([0, 0]);
});

it("keeps the end after the start and the forum within the meeting, naming the field; writes nothing otherwise", async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ endDate: "2024-08-26" }, "input.endDate"],
    [{ endDate: "2024-08-29", forumDate: "2024-08-30" }, "input.forumDate"],
    [{ forumDate: "2024-08-26" }, "input.forumDate"],
    [{ title: " " }, "input.title"],
    [{ title: "会".repeat(201) }, "input.title"],
  ];
  for (const [bad, field] of cases) {
    const r = await t().gql(`mutation ($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }`, { i: { title: "会议", startDate: "2024-08-27", ...bad } });
    expect(r.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
  }
  expect(await count("meetings")).toBe(0);
  // a forum with no end date only needs to be on or after the start
  await t().sql`insert into meetings (id, title, start_date, forum_date) values (1, '会议', '2024-08-27', '2024-08-28')`;
  const u = await t().gql(`mutation { updateMeeting(id: "1", input: { endDate: "2024-08-27", version: 1 }) { id } }`);
  expect(u.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.forumDate" });
  expect((await t().sql`select end_date, version from meetings`)[0]).toEqual({ end_date: null, version: 1 });
});

it("records the opinions attending deputies gave: on the forum's date unless told, counted on their duty record", async () => {
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 2) i`;
  const m = await t().gql(
    `mutation ($i: CreateMeetingInput!) { createMeeting(input: $i) { id opinions { raisedOn status deputyId meeting { title } } } }`,
    {
      i: {
        title: "市三届人大常委会第二十次会议", startDate: "2024-02-27", endDate: "2024-02-29", forumDate: "2024-02-28",
        attendees: [{ deputyId: "1", atForum: true }, { deputyId: "2" }],
        opinions: [{ content: "加快保交楼项目进度", category: "URBAN_CONSTRUCTION_ENVIRONMENT", deputyId: "1" }],
      },
    },
  );
  expect(m.errors).toBeUndefined();
  expect(m.data!.createMeeting.opinions).toEqual([{ raisedOn: "2024-02-28", status: "OPEN", deputyId: "1", meeting: { title: "市三届人大常委会第二十次会议" } }]);
  const d = await t().gql(`{ deputies(orderBy: ID_ASC) { nodes { dutyRecord(year: 2024) { counts { meetings forums opinions } } } } }`);
  expect(d.data!.deputies.nodes.map((n: any) => n.dutyRecord.counts)).toEqual([
    { meetings: 1, forums: 1, opinions: 1 },
    { meetings: 1, forums: 0, opinions: 0 },
  ]);
});
