// Typed sending and handling of the messages in utils/messages.ts. Each background module handles
// its own message types; a listener answers only the type it was registered for.

import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { BackgroundReplies, ToBackground } from './messages';

type Type = ToBackground['type'];
type MessageOf<K extends Type> = Extract<ToBackground, { type: K }>;
export type Sender = Runtime.MessageSender;

export function sendToBackground<K extends Type>(message: MessageOf<K>): Promise<BackgroundReplies[K]> {
  return browser.runtime.sendMessage(message) as Promise<BackgroundReplies[K]>;
}

export function handleMessage<K extends Type>(type: K, handler: (message: MessageOf<K>, sender: Sender) => BackgroundReplies[K] | Promise<BackgroundReplies[K]>): () => void {
  const listener = (message: unknown, sender: Sender) => {
    if ((message as { type?: unknown } | null)?.type !== type) return undefined;
    return Promise.resolve().then(() => handler(message as MessageOf<K>, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
