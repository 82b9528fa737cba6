/**
 * The page of a window the desktop host reloaded after its renderer died is opened with this query
 * parameter, so the page knows it was a crash (not the journalist's reload) even if it lost its own notes.
 */
export const CRASH_RELOAD_PARAM = 'recovered';
export const CRASH_RELOAD_VALUE = 'crash';
