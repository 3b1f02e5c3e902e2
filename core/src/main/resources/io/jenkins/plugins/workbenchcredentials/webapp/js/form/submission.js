/* What the credential form sends: the checks the browser can make first, then the JSON body. */

import { ID_MAX, ID_PATTERN, NAMESPACE_PATTERN } from '../credential-rules.js';

/** The fields each type needs; on edit a secret may stay blank, which keeps the stored one. */
function requiredFields(type, editing) {
  return {
    'username-password': ['username'].concat(editing ? [] : ['password']),
    'secret-text': editing ? [] : ['token'],
    kubeconfig: editing ? [] : ['kubeconfig']
  }[type] || [];
}

/**
 * What the browser can tell at once, as [field name, message] pairs; the server checks everything again.
 * form: the credential form (its editing flag, typeValue() and fields).
 */
export function localProblems(form, t) {
  const problems = [];
  const fields = form.fields;
  const type = form.typeValue();
  if (!form.editing) {
    const id = fields.value('id');
    if (!id) {
      problems.push(['id', t('check.idRequired')]);
    } else if (!ID_PATTERN.test(id)) {
      problems.push(['id', t('check.idPattern')]);
    } else if (id.length > ID_MAX) {
      problems.push(['id', t('check.idTooLong', ID_MAX)]);
    }
    if (!type) {
      problems.push(['type', t('check.typeRequired')]);
    }
  }
  requiredFields(type, form.editing).forEach((name) => {
    if (!fields.value(name).trim()) {
      problems.push([name, t('check.required', fields.get(name).label)]);
    }
  });
  const namespace = type === 'kubeconfig' ? fields.value('defaultNamespace').trim() : '';
  if (namespace && !NAMESPACE_PATTERN.test(namespace)) {
    problems.push(['defaultNamespace', t('check.namespace')]);
  }
  return problems;
}

/**
 * The JSON body: the chosen type's fields only. On edit it carries the revision that was read, so a
 * stale edit is refused, and leaves a blank secret out, keeping the stored one.
 */
export function requestBody(form) {
  const fields = form.fields;
  const type = form.typeValue();
  const body = { description: fields.value('description') };
  if (form.editing) {
    body.revision = form.credential.revision;
  } else {
    body.id = fields.value('id');
    body.type = type;
  }
  const secret = (name, value) => {
    if (value !== '' || !form.editing) {
      body[name] = value;
    }
  };
  if (type === 'username-password') {
    body.username = fields.value('username');
    secret('password', fields.value('password'));
  } else if (type === 'secret-text') {
    secret('token', fields.value('token'));
  } else if (type === 'kubeconfig') {
    secret('kubeconfig', fields.value('kubeconfig').trim() ? fields.value('kubeconfig') : '');
    body.defaultContext = fields.value('defaultContext');
    body.defaultNamespace = fields.value('defaultNamespace').trim();
  }
  return body;
}
