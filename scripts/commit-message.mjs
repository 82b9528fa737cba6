// The house rule for commit messages, checked by the commit-msg hook in .githooks/: a subject of at most
// 72 bytes, a blank line, then a body that says why. Git's own merge, revert, fixup and squash
// subjects are left alone, because Git writes them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SUBJECT_LIMIT = 72;
const GIT_WRITTEN = /^(Merge |Revert "|fixup! |squash! |amend! )/;

/** The problems of a commit message as Git hands it to the hook (comment lines are dropped first). */
export function commitMessageProblems(text) {
  const lines = text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.trimEnd());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  const [subject = '', separator, ...body] = lines;
  if (subject.trim() === '') return ['The subject line is empty.'];
  if (GIT_WRITTEN.test(subject)) return [];
  const problems = [];
  // Counted in bytes, as git's one-line views and the house check count it: a Cyrillic letter takes two.
  const bytes = Buffer.byteLength(subject, 'utf8');
  if (bytes > SUBJECT_LIMIT) {
    problems.push(`The subject has ${bytes} bytes; keep it to ${SUBJECT_LIMIT} (a Cyrillic letter takes two).`);
  }
  if (separator !== undefined && separator !== '') {
    problems.push('Leave a blank line between the subject and the body.');
  } else if (body.every((line) => line.trim() === '')) {
    problems.push('There is no body: add a blank line and a few lines that say why.');
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  const problems = commitMessageProblems(readFileSync(file, 'utf8'));
  if (problems.length > 0) {
    for (const problem of problems) console.error(`commit-msg: ${problem}`);
    process.exit(1);
  }
}
