/**
 * Each text field sits in a small form of its own (ui/field-form.tsx): on a keystroke the
 * browser's autofill reads the form typed in (or, outside any form, every unowned control of the
 * page), so a step-wide form made every key read 60 controls. Checked here on the steps with text
 * fields: every place to type has a form, no form holds more than one card's controls, and no form
 * sits inside another.
 */
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { ProfileStep } from '../../src/features/wizard/profile-step';
import EsgCbamStep from '../../src/features/esg-cbam/esg-cbam-step';
import WorkforceStep from '../../src/features/workforce/workforce-step';
import { FieldForm } from '../../src/ui/field-form';
import { appStore } from '../../src/store/app-store';
import { P1 } from '../fixtures/personas';
import { renderWithI18n } from './render';

const TYPED = 'input[type="text"], input[type="date"], input:not([type]), textarea';

/** The forms the text fields are in, after checking each has one and none is nested. */
function textFieldForms(root: HTMLElement): HTMLFormElement[] {
  const fields = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TYPED)];
  expect(fields.length).toBeGreaterThan(0);
  for (const f of fields) expect(f.form, `#${f.id} has a form`).not.toBeNull();
  for (const form of root.querySelectorAll('form')) expect(form.parentElement?.closest('form')).toBeNull();
  return fields.map((f) => f.form!);
}

describe('text fields in forms of their own', () => {
  it('profile: each of its text fields alone in its form, however many controls the step has', () => {
    renderWithI18n(<ProfileStep registerValidate={() => {}} />, 'vi');
    const root = document.body;
    const forms = textFieldForms(root);
    for (const form of forms) expect(form.elements).toHaveLength(1);
    expect(new Set(forms).size).toBe(forms.length);
    // the step itself has far more controls than any form
    expect(root.querySelectorAll('input, select, textarea').length).toBeGreaterThan(40);
  });

  it('ESG & CBAM and workforce: number fields in their own form, a product or request card in one form, never nested', async () => {
    act(() => {
      appStore.getState().replaceCurrent(structuredClone(P1));
    });
    const esg = renderWithI18n(<Suspense fallback="loading"><EsgCbamStep /></Suspense>, 'en');
    await screen.findAllByLabelText('Description', undefined, { timeout: 10_000 });
    const esgForms = textFieldForms(document.body);
    for (const form of esgForms) expect(form.elements.length).toBeLessThanOrEqual(15);
    esg.unmount();
    renderWithI18n(<Suspense fallback={null}><WorkforceStep /></Suspense>, 'en');
    await screen.findAllByLabelText('Number of people', undefined, { timeout: 10_000 });
    for (const form of textFieldForms(document.body)) expect(form.elements).toHaveLength(1);
  });

  it('a FieldForm inside another is a plain box, and Enter never submits', () => {
    const { container } = render(
      <FieldForm className="outer">
        <input aria-label="a" />
        <FieldForm className="inner"><input aria-label="b" /></FieldForm>
      </FieldForm>,
    );
    expect(container.querySelectorAll('form')).toHaveLength(1);
    expect(container.querySelector('div.inner')).not.toBeNull();
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    fireEvent(container.querySelector('form')!, submit);
    expect(submit.defaultPrevented).toBe(true);
  });
});
