/** The parts of an ajv error that reports use. */
export interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A generated standalone ajv validator (imports/validators). */
export interface Validator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}
