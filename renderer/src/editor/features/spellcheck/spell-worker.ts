/**
 * The spellcheck worker: hunspell (WebAssembly) with the uk dictionary, off the page's thread. It starts
 * loading the dictionary as soon as it runs; requests wait for it. Errors go back as Ukrainian messages.
 */
import { ukDictionaryFiles } from './dictionary-files';
import { HunspellChecker } from './hunspell-checker';
import { reasonOf } from './reason-of';
import type { DictionaryLoadReport } from './spell-checker';
import type { SpellRequest, SpellResponse, SpellResults } from './spell-worker-protocol';

/** The part of DedicatedWorkerGlobalScope used here (the renderer's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SpellRequest>) => void) | null;
  postMessage(message: SpellResponse): void;
}

const scope = self as unknown as WorkerScope;

const loading = load();
// An unhandled rejection would be reported twice; every request reports the failure itself.
loading.catch(() => undefined);

async function load(): Promise<{ checker: HunspellChecker; report: DictionaryLoadReport }> {
  const started = performance.now();
  const files = ukDictionaryFiles(self.location.href);
  const [aff, dic] = await Promise.all([fetchFile(files.aff, 'uk_UA.aff'), fetchFile(files.dic, 'uk_UA.dic')]);
  const fetched = performance.now();
  const checker = await HunspellChecker.load(aff, dic);
  return {
    checker,
    report: { fetchMs: fetched - started, initMs: performance.now() - fetched, bytes: aff.byteLength + dic.byteLength },
  };
}

async function fetchFile(url: string, name: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`файл словника ${name} недоступний (${reasonOf(error)})`);
  }
  if (!response.ok) throw new Error(`файл словника ${name} не завантажився (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

async function answer(request: SpellRequest): Promise<SpellResults[SpellRequest['type']]> {
  const { checker, report } = await loading;
  switch (request.type) {
    case 'load':
      return report;
    case 'check':
      return checker.checkNow(request.words);
    case 'advise':
      return checker.adviseNow(request.words);
    case 'suggest':
      return checker.suggestNow(request.word);
    case 'models':
      return checker.modelsNow(request.word, request.related);
    case 'add':
      checker.addWordsNow(request.words);
      return null;
    case 'remove':
      checker.removeWordsNow(request.words);
      return null;
  }
}

scope.onmessage = ({ data: request }) => {
  answer(request).then(
    (result) => scope.postMessage({ id: request.id, ok: true, result }),
    (error: unknown) => scope.postMessage({ id: request.id, ok: false, error: reasonOf(error) }),
  );
};
