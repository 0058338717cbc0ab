import type { Page } from 'playwright-core';

/** Pairs a board as an organizer does: reads the code off the screen and types it on the control page. */
export async function pairDisplay(board: Page, control: Page): Promise<void> {
  const code = board.getByTestId('pairing-code').locator('strong');
  await code.waitFor();
  await control.getByTestId('pair-code').fill((await code.textContent()) ?? '');
  await control.getByTestId('pair-submit').click();
  await board.getByTestId('pairing-code').waitFor({ state: 'detached' });
}
