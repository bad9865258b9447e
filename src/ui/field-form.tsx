import { createContext, useContext, type FormEvent, type FormHTMLAttributes } from 'react';

const noSubmit = (e: FormEvent) => e.preventDefault();

/** Whether a FieldForm is already around: a form cannot hold another. */
const InFieldForm = createContext(false);

/**
 * A group of fields in a form of its own, which never submits (Enter does nothing). Why: on every
 * keystroke the browser's autofill reads the fields of the form being typed in — or, for fields in
 * no form, every such field of the page. Measured in Chromium (trace, 4× throttle): typing in the
 * profile's company name while it shared one form with the step's 60 controls cost about 41
 * style-and-layout checks a key in autofill's task; alone in a form, about 5. So each text field,
 * or each small card of them, gets one. Inside another FieldForm it is a plain <div> with its class
 * and children: the outer one already keeps autofill's reading small. Never put one inside a plain
 * <form> (the share dialog's, the start page's): that would nest forms.
 */
export function FieldForm(props: FormHTMLAttributes<HTMLFormElement>) {
  const nested = useContext(InFieldForm);
  if (nested) return <div className={props.className}>{props.children}</div>;
  return (
    <InFieldForm.Provider value>
      <form noValidate onSubmit={noSubmit} {...props} />
    </InFieldForm.Provider>
  );
}
