import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ModelWord } from '../../../../../shared/text/spell/model-words';
import type { Translate } from '../../../i18n/i18n';
import { EditorDialog } from '../../common/EditorDialog';
import './spellcheck.css';

export interface AddWordDialogProps {
  /** The word as the text has it. */
  word: string;
  /** Dictionary words it may decline like, best first; asked from the worker, so they come later. */
  models: Promise<ModelWord[]>;
  /** Writes a dictionary word as the text would (the outlet's apostrophe). */
  written(word: string): string;
  t: Translate;
  /** Adds the word: its dictionary form with the chosen model, or (null) the word as written only. */
  onAdd(choice: ModelWord | null): void;
  onClose(): void;
}

type Models = { kind: 'loading' } | { kind: 'ready'; list: ModelWord[] } | { kind: 'error'; reason: string };

/** The choice «лише цю форму» among the models. */
const ONLY_THIS_FORM = '';

/** A model's radio value: the same model may come with two stems of the word. */
function choiceKey(model: ModelWord): string {
  return `${model.word}/${model.model}`;
}

/**
 * «Додати до словника» for a word that declines (a surname in every case form): the dictionary words that
 * decline like it, the likeliest chosen, with the forms it will accept; or «лише цю форму». A real <dialog>:
 * the choices are radio buttons, Enter adds, Escape cancels.
 */
export function AddWordDialog({ word, models, written, t, onAdd, onClose }: AddWordDialogProps) {
  const id = useId();
  const [state, setState] = useState<Models>({ kind: 'loading' });
  const [choice, setChoice] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    models.then(
      (list) => alive && setState({ kind: 'ready', list }),
      (error: unknown) =>
        alive && setState({ kind: 'error', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      alive = false;
    };
  }, [models]);

  const list = state.kind === 'ready' ? state.list : [];
  // Until the journalist picks, the likeliest model (or this form only, when there is none).
  const chosen = choice ?? (list[0] ? choiceKey(list[0]) : ONLY_THIS_FORM);
  const model = list.find((m) => choiceKey(m) === chosen) ?? null;
  const forms = model?.forms ?? [word];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (state.kind === 'loading') return;
    onAdd(model);
  };

  const option = (value: string, label: string) => (
    <label key={value || 'only'} className="spell-add-choice">
      <input
        type="radio"
        name={`${id}-model`}
        value={value}
        checked={chosen === value}
        onChange={() => setChoice(value)}
      />{' '}
      {label}
    </label>
  );

  return (
    <EditorDialog title={t('spell.add.title', { word })} onClose={onClose} className="spell-add-dialog">
      <form onSubmit={submit}>
        <fieldset className="spell-add-models" aria-busy={state.kind === 'loading'}>
          <legend>{t('spell.add.declension')}</legend>
          {state.kind === 'loading' ? <p className="field-hint">{t('spell.add.loadingModels')}</p> : null}
          {state.kind === 'ready' && list.length === 0 ? <p className="field-hint">{t('spell.add.noModels')}</p> : null}
          {state.kind === 'error' ? (
            <p className="field-hint">{t('spell.add.modelsError', { reason: state.reason })}</p>
          ) : null}
          {list.map((m) =>
            option(choiceKey(m), t('spell.add.likeModel', { word: written(m.word), model: written(m.model) })),
          )}
          {state.kind === 'loading' ? null : option(ONLY_THIS_FORM, t('spell.add.onlyThisFormOf', { word }))}
        </fieldset>
        <p id={`${id}-forms`} className="spell-add-forms-label">
          {t('spell.add.forms')}
        </p>
        <ul className="spell-add-forms" aria-labelledby={`${id}-forms`} aria-live="polite">
          {forms.map((form) => (
            <li key={form} lang="uk">
              {written(form)}
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('spell.add.cancel')}
          </button>
          <button type="submit" className="primary" disabled={state.kind === 'loading'} autoFocus>
            {t('spell.add.confirm')}
          </button>
        </div>
      </form>
    </EditorDialog>
  );
}
