import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from '../../src/features/app-update/update-notice';
import { reportAppUpdate } from '../../src/state/app-update';

describe('the update notice', () => {
  it('appears when a new version is ready, reloads on request, and can wait until later', async () => {
    const update = vi.fn(() => Promise.resolve());
    render(<UpdateNotice />);
    expect(screen.queryByText(/new version/)).not.toBeInTheDocument();

    act(() => reportAppUpdate({ updateReady: true }, update));
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('A new version of Talks & Strikes is ready.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(update).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText(/new version/)).not.toBeInTheDocument();
  });
});
