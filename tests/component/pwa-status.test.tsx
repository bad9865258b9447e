import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { OfflineIndicator, UpdatePrompt } from '../../src/app/pwa-status';
import { pwaStore } from '../../src/app/pwa-state';
import { ProfileStep } from '../../src/features/wizard/profile-step';
import { appStore } from '../../src/store/app-store';
import { renderWithI18n } from './render';

/** A registration stand-in: what the lazy pwa-register.ts connects in the browser. */
function fakeRegistration() {
  const update = vi.fn(() => Promise.resolve());
  act(() => {
    pwaStore.connect({ update });
  });
  return update;
}

afterEach(() => {
  act(() => {
    pwaStore.set({ needRefresh: false, offlineReady: false });
    pwaStore.connect(null);
    appStore.setState({ storage: 'ok' });
  });
  vi.restoreAllMocks();
});

describe('update prompt', () => {
  it('is an empty polite status region until a new version waits', () => {
    renderWithI18n(<UpdatePrompt />, 'vi');
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
    act(() => pwaStore.set({ needRefresh: true }));
    expect(region).toHaveTextContent('Đã có phiên bản mới. Những gì bạn đã nhập đều được lưu.');
    expect(screen.getByRole('button', { name: 'Tải lại để cập nhật' })).toBeInTheDocument();
  });

  it('is reached and pressed with the keyboard alone, in English', async () => {
    const user = userEvent.setup();
    const update = fakeRegistration();
    renderWithI18n(<UpdatePrompt />, 'en');
    act(() => pwaStore.set({ needRefresh: true }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reload to update' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('saves the text still being typed before it switches versions', async () => {
    const user = userEvent.setup();
    // What the page would reload with: the store (written to localStorage at once) at the switch.
    let storedAtSwitch: string | null = null;
    const update = vi.fn(() => {
      storedAtSwitch = appStore.getState().current().profile.companyName;
      return Promise.resolve();
    });
    act(() => pwaStore.connect({ update }));
    renderWithI18n(<><UpdatePrompt /><ProfileStep /></>, 'vi');
    act(() => pwaStore.set({ needRefresh: true }));
    const name = screen.getByLabelText('Tên doanh nghiệp');
    await user.type(name, 'Công ty Cơ khí Đông Anh');
    // Within the pause before a typed field saves, focus still in the field (a screen reader's click).
    expect(appStore.getState().current().profile.companyName).not.toBe('Công ty Cơ khí Đông Anh');
    expect(name).toHaveFocus();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tải lại để cập nhật' }));
    });
    expect(update).toHaveBeenCalledTimes(1);
    expect(storedAtSwitch).toBe('Công ty Cơ khí Đông Anh');
  });

  it('offers no reload while answers cannot be stored, and says the new version comes next time', async () => {
    const update = fakeRegistration();
    act(() => appStore.setState({ storage: 'unavailable' }));
    renderWithI18n(<UpdatePrompt />, 'vi');
    act(() => pwaStore.set({ needRefresh: true }));
    expect(screen.getByRole('status')).toHaveTextContent('Đã có phiên bản mới; ứng dụng sẽ dùng nó khi bạn mở lại lần sau.');
    expect(screen.queryByRole('button', { name: 'Tải lại để cập nhật' })).toBeNull();
    const { reloadToUpdate } = await import('../../src/app/pwa-state');
    await reloadToUpdate();
    expect(update).not.toHaveBeenCalled();
  });

  it('"Later" hides it without switching', async () => {
    const user = userEvent.setup();
    const update = fakeRegistration();
    renderWithI18n(<UpdatePrompt />, 'vi');
    act(() => pwaStore.set({ needRefresh: true }));
    await user.click(screen.getByRole('button', { name: 'Để sau' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(update).not.toHaveBeenCalled();
  });

  it('says once that the app works offline, a line with no button that leaves by itself or on the next screen', () => {
    vi.useFakeTimers();
    try {
      renderWithI18n(<UpdatePrompt />, 'vi');
      act(() => pwaStore.set({ offlineReady: true }));
      expect(screen.getByRole('status')).toHaveTextContent('Đã sẵn sàng dùng khi không có mạng.');
      expect(screen.queryByRole('button')).toBeNull();
      act(() => {
        vi.advanceTimersByTime(12_000);
      });
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      act(() => pwaStore.set({ offlineReady: true }));
      act(() => {
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('offline indicator', () => {
  it('says "offline" in words, politely, and goes quiet when the network is back', () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    renderWithI18n(<OfflineIndicator />, 'vi');
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
    online.mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(region).toHaveTextContent('Ngoại tuyến — không có mạng; ứng dụng vẫn chạy và lưu trên máy này.');
    online.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(region).toBeEmptyDOMElement();
  });

  it('in English', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderWithI18n(<OfflineIndicator />, 'en');
    expect(screen.getByRole('status')).toHaveTextContent(/^Offline — no network/);
  });
});
