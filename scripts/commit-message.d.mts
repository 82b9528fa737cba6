export const SUBJECT_LIMIT: number;
export function commitMessageProblems(text: string): string[];
