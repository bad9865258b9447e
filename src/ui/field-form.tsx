import type { FormEvent, FormHTMLAttributes } from 'react';

const noSubmit = (e: FormEvent) => e.preventDefault();

/**
 * A group of fields in a form of its own, which never submits (Enter does nothing). Why: on every
 * keystroke the browser's autofill reads the fields of the form being typed in — or, for fields in
 * no form, every such field of the page. Measured in Chromium, that was most of a keystroke's work
 * on a long page. Do not nest it in another form.
 */
export function FieldForm(props: FormHTMLAttributes<HTMLFormElement>) {
  return <form noValidate onSubmit={noSubmit} {...props} />;
}
