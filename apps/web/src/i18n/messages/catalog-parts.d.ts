// `?part=` imports of a catalog (vite-plugins/message-parts.ts): a part has some of the keys.
declare module '*.json?part=public' {
  import type { MessagePart } from '@/i18n/messages/index.ts'
  const messages: MessagePart
  export default messages
}
declare module '*.json?part=admin' {
  import type { MessagePart } from '@/i18n/messages/index.ts'
  const messages: MessagePart
  export default messages
}
