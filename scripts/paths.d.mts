export declare const root: string;
export declare const composeSchemaPath: string;
