import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

it("creates a training with attendees, changes their status, and lists trainings a deputy attended", async () => {
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'female' from generate_series(1, 5) i`;
  const c = await t().gql(
    `mutation ($i: CreateTrainingInput!) { createTraining(input: $i) { id title form online attendances { deputy { name } status hours } } }`,
    {
      i: {
        title: "2024年第一期代表学习培训班",
        form: "CLASS",
        organiser: "毕节市人大常委会",
        venue: "江苏地方人大干部培训基地",
        startDate: "2024-05-13",
        endDate: "2024-05-17",
        hours: 40,
        attendances: [1, 2, 3].map((d) => ({ deputyId: String(d), status: "ATTENDED", hours: 40 })),
      },
    },
  );
  expect(c.errors).toBeUndefined();
  const training = c.data!.createTraining;
  expect(training.attendances).toHaveLength(3);
  const u = await t().gql(
    `mutation ($id: ID!, $i: UpdateTrainingInput!) { updateTraining(id: $id, input: $i) { attendances(orderBy: [ID_ASC]) { deputyId status } } }`,
    {
      id: training.id,
      i: { version: 1, attendances: [{ deputyId: "1", status: "ATTENDED" }, { deputyId: "3", status: "ON_LEAVE" }, { deputyId: "4" }] },
    },
  );
  expect(u.data!.updateTraining.attendances).toEqual([
    { deputyId: "1", status: "ATTENDED" },
    { deputyId: "3", status: "ON_LEAVE" },
    { deputyId: "4", status: "ENROLLED" },
  ]);
  const byDeputy = await t().gql(`{ trainings(filter: { attendance: { deputyId: { eq: "3" }, status: { eq: ON_LEAVE } } }) { totalCount } }`);
  expect(byDeputy.data!.trainings.totalCount).toBe(1);
  const fromDeputy = await t().gql(`{ deputy(id: "1") { trainings { status training { title } } } }`);
  expect(fromDeputy.data!.deputy.trainings).toEqual([{ status: "ATTENDED", training: { title: "2024年第一期代表学习培训班" } }]);
  const dup = await t().gql(`mutation ($id: ID!) { updateTraining(id: $id, input: { version: 2, attendances: [{ deputyId: "1" }, { deputyId: "1" }] }) { id } }`, {
    id: training.id,
  });
  expect(dup.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.attendances.1.deputyId" });
  expect((await t().gql(`mutation ($id: ID!) { deleteTraining(id: $id) { id } }`, { id: training.id })).errors).toBeUndefined();
  expect((await t().sql`select count(*)::int as n from training_attendances`)[0]!.n).toBe(0);
});
