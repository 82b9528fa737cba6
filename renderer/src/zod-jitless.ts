import { z } from 'zod';

/**
 * Imported first by main.tsx, before any module builds a schema: zod reads this setting as each object schema is
 * made. Left on, it tries `new Function('')` to see whether it may compile fast parsers, and the page's policy
 * (no eval) refuses it and reports a blocked eval on every start. The parsers without eval are the ones the page
 * ran anyway.
 */
z.config({ jitless: true });
