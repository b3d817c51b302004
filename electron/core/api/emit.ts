import type { ApiEvents } from './index';
import type { EventName } from './names';

/** How services push events to whoever listens (the window over IPC, a test, the CLI). */
export type Emit = <E extends EventName>(event: E, payload: ApiEvents[E]) => void;

export const noEmit: Emit = () => undefined;
