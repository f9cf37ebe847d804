// The opinions raised at a reception, or given by deputies in a contact or at a meeting, written in
// the same form as where they were raised. A new opinion is OPEN; its course (forward, answer, close,
// proposal) is taken on the opinion's own page. At a reception constituents raise them (their name
// and phone); in a contact or a meeting a deputy gives them (which one, when known).
import { ArrayInput, regex, required, SimpleFormIterator, TextInput } from "react-admin";
import { DeputyInput, EnumInput } from "../common/inputs";

// the API's phone rule (PHONE in packages/db/src/pii.ts)
const phone = regex(/^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$/, "errors.field.phone");

export const OpinionsInput = ({ from }: { from: "constituents" | "deputies" }) => (
  <ArrayInput source="opinions" label={false}>
    <SimpleFormIterator inline disableReordering>
      <TextInput source="content" label="resources.opinions.fields.content" validate={required()} multiline helperText={false} sx={{ width: 420 }} />
      <EnumInput enumName="ProposalCategory" source="category" label="resources.opinions.fields.category" validate={required()} helperText={false} />
      {from === "constituents" && <TextInput source="constituentName" label="resources.opinions.fields.constituentName" helperText={false} />}
      {from === "constituents" && <TextInput source="constituentPhone" label="resources.opinions.fields.constituentPhone" validate={phone} helperText={false} />}
      {from === "deputies" && <DeputyInput source="deputyId" label="resources.opinions.fields.deputyId" />}
    </SimpleFormIterator>
  </ArrayInput>
);
