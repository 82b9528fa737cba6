import type { FuseDifference } from '../build/fuses.mjs';

/** The differences between a packaged binary's fuses and build/fuses.mjs ([] when they match). */
export declare function checkFuses(binary: string): Promise<FuseDifference[]>;
