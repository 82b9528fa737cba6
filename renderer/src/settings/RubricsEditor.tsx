import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { RUBRIC_MAX_LENGTH, RUBRICS_MAX } from '../../../shared/outlet/outlet-profile';
import { useI18n } from '../i18n/i18n';

interface Props {
  /** Prefix of the ids inside, unique in the page. */
  id: string;
  rubrics: readonly string[];
  onChange(next: string[]): void;
  /** Why the list as a whole was refused by the save; null when it was not. */
  error: string | null;
}

type Action = 'up' | 'down' | 'remove';

/**
 * The outlet's rubrics, in the order the metadata panel offers them: added by typing a name and Enter,
 * moved and removed by buttons named after their rubric. Keyboard first: the focus stays on the rubric that
 * moved and goes to the next one after a removal; each change is said to a screen reader.
 */
export function RubricsEditor({ id, rubrics, onChange, error }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  /** Where the focus goes once the list has re-rendered: a button of a rubric, or the new-rubric field. */
  const focusNext = useRef<{ rubric: string; action: Action } | 'input' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'input') inputRef.current?.focus();
    else if (target) {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>(`button[data-action="${target.action}"]`);
      [...(buttons ?? [])].find((button) => button.dataset.rubric === target.rubric)?.focus();
    }
  }, [rubrics]);

  const add = () => {
    const rubric = draft.trim();
    if (!rubric) return;
    if (rubrics.includes(rubric)) return setProblem(t('settings.outletRubricTwice', { rubric }));
    setProblem(null);
    setDraft('');
    onChange([...rubrics, rubric]);
    setSaid(t('settings.outletRubricAdded', { rubric }));
  };

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const rubric = rubrics[index];
    if (rubric === undefined || to < 0 || to >= rubrics.length) return;
    const next = [...rubrics];
    next.splice(index, 1);
    next.splice(to, 0, rubric);
    focusNext.current = { rubric, action: by < 0 ? 'up' : 'down' };
    onChange(next);
    setSaid(t('settings.outletRubricMoved', { rubric, position: to + 1 }));
  };

  const remove = (index: number) => {
    const rubric = rubrics[index];
    if (rubric === undefined) return;
    const next = rubrics.filter((_, i) => i !== index);
    const neighbour = next[index] ?? next[index - 1];
    focusNext.current = neighbour === undefined ? 'input' : { rubric: neighbour, action: 'remove' };
    onChange(next);
    setSaid(t('settings.outletRubricRemoved', { rubric }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the rubric; it must not submit the whole settings form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  const shownError = problem ?? error;
  return (
    <div className="field outlet-rubrics" role="group" aria-labelledby={`${id}-rubrics-label`}>
      <span id={`${id}-rubrics-label`} className="outlet-label">
        {t('settings.outletRubrics')}
      </span>
      {rubrics.length === 0 ? (
        <p className="hint">{t('settings.outletRubricsEmpty')}</p>
      ) : (
        <ol ref={listRef} className="outlet-rubric-list" aria-labelledby={`${id}-rubrics-label`}>
          {rubrics.map((rubric, index) => (
            <li key={rubric}>
              <span className="outlet-rubric-name">{rubric}</span>
              {(['up', 'down', 'remove'] as const).map((action) => {
                const inert = (action === 'up' && index === 0) || (action === 'down' && index === rubrics.length - 1);
                return (
                  <button
                    key={action}
                    type="button"
                    className="outlet-rubric-button"
                    data-rubric={rubric}
                    data-action={action}
                    // aria-disabled, not disabled: a button that moved to the end keeps the focus.
                    aria-disabled={inert}
                    aria-label={t(ACTION_LABEL[action], { rubric })}
                    onClick={() => {
                      if (inert) return;
                      if (action === 'remove') remove(index);
                      else move(index, action === 'up' ? -1 : 1);
                    }}
                  >
                    {ACTION_GLYPH[action]}
                  </button>
                );
              })}
            </li>
          ))}
        </ol>
      )}
      <div className="outlet-rubric-add">
        <label htmlFor={`${id}-rubricNew`} className="visually-hidden">
          {t('settings.outletRubricNew')}
        </label>
        <input
          ref={inputRef}
          id={`${id}-rubricNew`}
          value={draft}
          maxLength={RUBRIC_MAX_LENGTH}
          placeholder={t('settings.outletRubricNew')}
          disabled={rubrics.length >= RUBRICS_MAX}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          {...(shownError
            ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-rubrics-error` }
            : { 'aria-invalid': false as const })}
        />
        <button type="button" onClick={add} disabled={rubrics.length >= RUBRICS_MAX}>
          {t('settings.outletRubricAdd')}
        </button>
      </div>
      {shownError ? (
        <span id={`${id}-rubrics-error`} className="field-error">
          {shownError}
        </span>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}

const ACTION_LABEL = {
  up: 'settings.outletRubricUp',
  down: 'settings.outletRubricDown',
  remove: 'settings.outletRubricRemove',
} as const;

const ACTION_GLYPH: Record<Action, string> = { up: '↑', down: '↓', remove: '×' };
