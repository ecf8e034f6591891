export declare const PACKAGE_DIR: string;
export declare const DEFAULT_OUTDIR: string;
export declare function buildCli(outdir?: string): Promise<string>;
