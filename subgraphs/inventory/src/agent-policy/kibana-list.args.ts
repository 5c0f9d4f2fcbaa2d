// Kibana's list arguments (page from 1, perPage, sortField, sortOrder, kuery), shared by the Kibana lists.
import { ArgsType, Field, Int } from 'type-graphql'

@ArgsType()
export class KibanaListArgs {
  @Field(() => Int, { nullable: true, description: 'The page, from 1 (default 1).' }) page?: number | null
  @Field(() => Int, { nullable: true, description: 'The page size, 0 to 10,000 (default 20); page * perPage at most 10,000.' }) perPage?: number | null
  @Field(() => String, { nullable: true, description: "The field to sort on (Kibana's saved-object field names, with or without the type prefix)." }) sortField?: string | null
  @Field(() => String, { nullable: true, description: 'asc or desc.' }) sortOrder?: string | null
  @Field(() => String, { nullable: true, description: "A KQL filter over Kibana's fields (ADR 0013); unknown fields are a validation error." }) kuery?: string | null
}
