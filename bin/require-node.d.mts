export declare const MINIMUM_NODE_MAJOR: number;
/** Exits the process with a clear message when `version` (default: this process's) is older than Node 22. */
export declare function requireSupportedNode(version?: string): void;
