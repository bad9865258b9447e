import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { CbamProducts } from '../../src/features/esg-cbam/cbam-products';
import { appStore } from '../../src/store/app-store';
import { renderWithI18n } from './render';

function setup(lng: 'vi' | 'en' = 'en') {
  return renderWithI18n(<Suspense fallback={null}><CbamProducts /></Suspense>, lng);
}
const products = () => appStore.getState().current().cbam.products;

async function addProduct(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /Add a product/ }));
  const cards = screen.getAllByRole('article');
  return cards[cards.length - 1]!;
}
/** the live status under the CN code field */
const status = (card: HTMLElement) => card.querySelector('[aria-live="polite"]')!;

// Typing key by key in jsdom is slow on a busy machine.
describe('CBAM product editor', { timeout: 20_000 }, () => {
  it('says live whether a typed code is in scope, with its category and which emissions count', async () => {
    const user = userEvent.setup();
    setup();
    const card = await addProduct(user);
    const cn = within(card).getByLabelText('CN code (8 digits; 4 or 6 if you are not sure)');
    expect(cn).toHaveFocus();
    expect(cn).toHaveAttribute('inputmode', 'numeric');
    // a code is not a word: no red underline (written as the attribute, which Preact needs as a string)
    expect(cn).toHaveAttribute('spellcheck', 'false');
    await user.type(cn, '7318 15');
    expect(status(card)).toHaveTextContent('In scope');
    expect(status(card)).toHaveTextContent('7318 15: iron and steel articles, in CBAM scope');
    expect(status(card)).toHaveTextContent('Category: Iron and steel · Emissions counted: Direct emissions only');
    expect(cn.getAttribute('aria-describedby')).toContain(status(card).id);
    // The Vietnam default, with its date and source.
    expect(card).toHaveTextContent("Viet Nam's default value for 7318 15: 2.75 tCO₂e per tonne");
    expect(card).toHaveTextContent('Data as of 6 August 2026');
    expect(card).toHaveTextContent('Implementing Regulation 2025/2621');
    // 7318 15 covers carbon and stainless fasteners with different benchmarks: ask for 8 digits.
    expect(card).toHaveTextContent('Enter the full 8-digit code: the goods under 7318 15 have different EU benchmarks (1.154–1.364');
    // Saved once typing pauses (the status above follows each keystroke).
    await waitFor(() => expect(products()[0]!.cnCode).toBe('7318 15'));
    await user.type(cn, ' 95');
    expect(card).toHaveTextContent('EU benchmark for the free allocation adjustment (carbon steel, BF/BOF, 2026): 1.364 tCO₂e per tonne');
    expect(card).not.toHaveTextContent('Enter the full 8-digit code');
  });

  it('says 7317 and 8504 are not in scope, and gives errors for malformed codes, never a guess', async () => {
    const user = userEvent.setup();
    setup();
    const card = await addProduct(user);
    const cn = within(card).getByLabelText('CN code (8 digits; 4 or 6 if you are not sure)');
    await user.type(cn, '7317');
    expect(status(card)).toHaveTextContent('Not in scope');
    expect(status(card)).toHaveTextContent('7317: not in scope (this iron or steel article is not listed in CBAM Annex I)');
    expect(status(card)).not.toHaveTextContent('Emissions counted');

    await user.clear(cn);
    await user.type(cn, '8504');
    expect(status(card)).toHaveTextContent('8504: electrical equipment, not in scope today');

    await user.clear(cn);
    await user.type(cn, '73A8');
    expect(status(card)).toHaveTextContent('“73A8” contains characters other than digits');
    expect(status(card)).not.toHaveTextContent('scope');
    expect(cn).toHaveAttribute('aria-invalid', 'true');

    await user.clear(cn);
    await user.type(cn, '731');
    expect(status(card)).toHaveTextContent('“731” is too short: a CN code has at least 4 digits.');
    // The text is kept as typed.
    expect(cn).toHaveValue('731');
  });

  it('shows tonnage errors inline and stores only schema-valid values', async () => {
    const user = userEvent.setup();
    setup();
    const card = await addProduct(user);
    await user.type(within(card).getByLabelText('CN code (8 digits; 4 or 6 if you are not sure)'), '7318 21 00');
    const eu = within(card).getByLabelText('Tonnes a year to EU customers');
    await user.type(eu, '60');
    await waitFor(() => expect(products()[0]!.tonnesEu).toBe(60));
    await user.tab(); // done with the field; the user comes back to change it

    await user.clear(eu);
    await user.type(eu, '1000000000');
    expect(within(card).getByText('Too large (at most 10,000,000); please check the figure.')).toBeInTheDocument();
    expect(eu).toHaveValue('1000000000');
    expect(eu).toHaveAttribute('aria-invalid', 'true');
    // An invalid figure never erases what was saved: the store keeps the value from before this edit.
    expect(products()[0]!.tonnesEu).toBe(60);
    expect(within(card).getByText('Not saved: the saved value stays 60 until you correct the figure.')).toBeInTheDocument();

    await user.clear(eu);
    await user.type(eu, '-5');
    expect(within(card).getByText('Cannot be negative.')).toBeInTheDocument();
    expect(products()[0]!.tonnesEu).toBe(60);

    await user.clear(eu);
    // English conventions: "1,200" is twelve hundred, "1.200" is 1.2 — and the field says how it read it.
    await user.type(eu, '1,200');
    expect(within(card).queryByRole('alert')).toBeNull();
    expect(products()[0]!.tonnesEu).toBe(1200);
    expect(within(card).getByText('Read as 1,200')).toBeInTheDocument();
    await user.clear(eu);
    await user.type(eu, '1.200');
    expect(products()[0]!.tonnesEu).toBe(1.2);
    expect(within(card).getByText('Read as 1.2')).toBeInTheDocument();
    await user.clear(eu);
    await user.type(eu, '1200');

    // The benchmark comes from the EU tables: no field for it on a new product.
    expect(within(card).queryByLabelText(/benchmark/i)).toBeNull();
    await user.click(within(card).getByRole('radio', { name: 'Actual, verified (tCO₂e/t)' }));
    const actual = within(card).getByLabelText('Actual specific embedded emissions (tCO₂e per tonne)');
    await user.type(actual, '250');
    expect(within(card).getByText('Too large (at most 100); please check the figure.')).toBeInTheDocument();
    expect(products()[0]!.actualIntensity).toBeNull();
    expect(within(card).getByText('Not saved: the field stays empty until you correct the figure.')).toBeInTheDocument();
  });

  it('asks for an own estimate, marked as such, and removes a product with undo', async () => {
    const user = userEvent.setup();
    setup();
    const card = await addProduct(user);
    await user.type(within(card).getByLabelText('CN code (8 digits; 4 or 6 if you are not sure)'), '7326');
    await user.click(within(card).getByRole('radio', { name: 'Our own estimate' }));
    expect(within(card).getByLabelText('Your own estimate (tCO₂e per tonne)')).toBeInTheDocument();
    expect(card).toHaveTextContent('You chose your own estimate but entered no figure.');
    await user.type(within(card).getByLabelText('Your own estimate (tCO₂e per tonne)'), '2,1');
    expect(products()[0]).toMatchObject({ emissionsSource: 'estimate', estimateIntensity: 2.1 });

    await user.click(within(card).getByRole('button', { name: /Remove Product 1: 7326/ }));
    expect(products()).toEqual([]);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Product 1: 7326 removed.');
    await user.click(undo);
    expect(products()).toHaveLength(1);
    expect(screen.getByLabelText('CN code (8 digits; 4 or 6 if you are not sure)')).toHaveValue('7326');
  });

  it('speaks Vietnamese', async () => {
    const user = userEvent.setup();
    setup('vi');
    await user.click(await screen.findByRole('button', { name: /Thêm sản phẩm/ }));
    await user.type(screen.getByLabelText('Mã CN (8 chữ số; nhập 4 hoặc 6 số nếu chưa chắc)'), '7318.15');
    expect(screen.getByText(/thuộc phạm vi CBAM/)).toBeInTheDocument();
    // Vietnamese conventions: "." groups thousands, "," is the decimal mark.
    const eu = screen.getByLabelText('Số tấn mỗi năm bán cho khách hàng EU');
    await user.type(eu, '2.500');
    await waitFor(() => expect(appStore.getState().current().cbam.products[0]!.tonnesEu).toBe(2500));
    expect(screen.getByText('Đọc là 2.500')).toBeInTheDocument();
    await user.clear(eu);
    await user.type(eu, '0,125');
    await waitFor(() => expect(appStore.getState().current().cbam.products[0]!.tonnesEu).toBe(0.125));
  });
});
