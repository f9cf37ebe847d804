// The API's schema as the console was built with it: the SDL emitted from the API's code.
import { buildSchema, introspectionFromSchema } from "graphql";
import sdl from "../../../api/schema.graphql?raw";

export const apiSchema = introspectionFromSchema(buildSchema(sdl)).__schema;
