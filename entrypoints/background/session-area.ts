// browser.storage.session where the browser has it (cleared when the browser closes; survives the
// MV3 service worker being stopped), else nothing: callers then keep their data in memory only.

import type { Storage } from 'webextension-polyfill';
import { browser } from 'wxt/browser';

export function sessionArea(): Storage.StorageArea | undefined {
  return (browser.storage as { session?: Storage.StorageArea }).session;
}
