export declare const validatorDir: string;
export declare const validatorPath: string;
export declare function generateValidator(options?: { force?: boolean }): Promise<boolean>;
