export declare const BASELINE_FLAG: string;
/** Whether this start should hand over to a child Node on V8's baseline compiler (every command but `serve`). */
export declare function wantsBaselineCompiler(argv?: string[], execArgv?: string[]): boolean;
/** Runs `script` again with the same arguments on the baseline compiler; the process ends with the child. */
export declare function rerunOnBaselineCompiler(script: string): Promise<never>;
