import { useState } from 'react';
import { cutToLimit } from './cut-to-limit';

/**
 * A typed field's limit from the article schema: what goes past it is cut at the field, never sent to a
 * save that would fail on it, and how much was cut stays on screen while the field is full.
 */
export function useFieldLimit(limit: number): { cut(value: string): string; cutCount: number } {
  const [cutCount, setCutCount] = useState(0);
  return {
    cutCount,
    cut: (value) => {
      const result = cutToLimit(value, limit);
      if (result.cut > 0) setCutCount(result.cut);
      else if (value.length < limit) setCutCount(0);
      return result.value;
    },
  };
}
