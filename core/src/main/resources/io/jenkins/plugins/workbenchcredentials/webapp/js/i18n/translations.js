/* The page's messages, English or Simplified Chinese, from i18n/en.json or i18n/zh-CN.json. */

/** Simplified Chinese for any Chinese browser language, English otherwise. */
function chooseLanguage() {
  const language = (navigator.language || 'en').toLowerCase();
  return language.indexOf('zh') === 0 ? 'zh-CN' : 'en';
}

function formatMessage(text, args) {
  return text.replace(/\{(\d+)\}/g, (match, index) => (Number(index) < args.length ? String(args[Number(index)]) : match));
}

export class Translations {
  constructor(language, messages) {
    this.language = language;
    this.messages = messages;
    this.plurals = new Intl.PluralRules(language);
  }

  /** Whether the key has a message, e.g. for a name the server sent (a source, a reason) and the page built a key of. */
  has(key) {
    return this.messages[key] !== undefined;
  }

  /** The message of prefix + name when there is one, else the name itself, as the server sent it. */
  named(prefix, name) {
    return this.has(prefix + name) ? this.t(prefix + name) : String(name);
  }

  /** The message of a key with its {0}, {1}… filled in; the key itself when a translation is missing. */
  t(key, ...args) {
    const text = this.messages[key];
    return text === undefined ? key : formatMessage(text, args);
  }

  /** A counted message: key.one or key.other by the language's plural rules; {0} is the count. */
  n(key, count, ...args) {
    const form = key + '.' + this.plurals.select(count);
    const chosen = this.messages[form] !== undefined ? form : key + '.other';
    return this.t(chosen, count, ...args);
  }
}

/**
 * Fetches the translations of the browser's language: from the mount point's data-i18n-base when the
 * host names a folder (Jenkins serves them under the page's own URL), else from defaultBase.
 */
export function loadTranslations(root, defaultBase) {
  const language = chooseLanguage();
  const base = root.dataset.i18nBase ? new URL(root.dataset.i18nBase, document.baseURI) : defaultBase;
  return fetch(new URL(language + '.json', base), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => {
      if (!response.ok) {
        throw new Error('translations ' + response.status);
      }
      return response.json();
    })
    .then((messages) => new Translations(language, messages));
}
