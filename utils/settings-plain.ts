// The settings as the content script reads them: the same rules as utils/settings.ts (a damaged
// field falls back to its default, alone), written without zod so the page bundle stays small.
// tests/unit/settings-plain.test.ts checks it against the zod schema.

import { browser } from 'wxt/browser';
import type { Settings } from './settings';

const KEY = 'settings';
const LOCALES = ['auto', 'en', 'fr', 'pt'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);

export function plainSettings(raw: unknown): Settings {
  const s = isRecord(raw) ? raw : {};
  const boards = isRecord(s.boards) && Object.values(s.boards).every((v) => typeof v === 'boolean') ? { ...(s.boards as Record<string, boolean>) } : {};
  return {
    locale: (typeof s.locale === 'string' && LOCALES.includes(s.locale) ? s.locale : 'auto') as Settings['locale'],
    residence: typeof s.residence === 'string' && /^[A-Z]{2}$/.test(s.residence) ? s.residence : null,
    boards,
    showCaution: bool(s.showCaution, true),
    highlights: bool(s.highlights, true),
    anySite: bool(s.anySite, false),
    disabledSites: Array.isArray(s.disabledSites) && s.disabledSites.every((v) => typeof v === 'string') ? [...(s.disabledSites as string[])] : [],
  };
}

export async function loadPlainSettings(): Promise<Settings> {
  return plainSettings((await browser.storage.local.get(KEY))[KEY]);
}

/** Calls back with the new settings whenever Settings or another tab changes them. */
export function watchPlainSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(plainSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A board missing from settings.boards is active. */
export function boardOn(settings: Settings, board: string): boolean {
  return settings.boards[board] !== false;
}
