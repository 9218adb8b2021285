import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { POLL } from './constants.js';

/**
 * Empties a vision editor the way a person would (select all, delete, make the block a paragraph), so
 * a test writes on a blank page: the demo district starts with its adopted vision in the document.
 * Leaves the caret in the empty paragraph.
 */
export async function emptyVisionEditor(page: Page, editor: Locator): Promise<void> {
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // Tiptap's shortcut for "paragraph": what was left may be the first block's empty heading.
  await page.keyboard.press('Control+Alt+0');
  await expect.poll(() => editor.evaluate((root) => root.textContent ?? ''), POLL).toBe('');
  await expect.poll(() => editor.locator('h2, h3, h4, ul, ol').count(), POLL).toBe(0);
}

/** The live text area of a district's vision page. */
export const visionEditorOf = (page: Page): Locator => page.getByRole('textbox', { name: /^Vision of / });

/** The vision editor's text without the others' caret labels. */
export const visionTextOf = (page: Page): Promise<string> =>
  visionEditorOf(page).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
