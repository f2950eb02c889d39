/**
 * The few extension APIs the tests call inside the worker or an extension page (page.evaluate,
 * worker.evaluate), typed for those callbacks: `(globalThis as unknown as InExtension).chrome`.
 */
export interface InExtension {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    alarms: {
      get(name: string): Promise<{ name: string; periodInMinutes?: number } | undefined>;
      create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void>;
      clear(name: string): Promise<boolean>;
    };
    notifications: { getAll(): Promise<Record<string, unknown>> };
    storage: {
      local: { set(items: Record<string, unknown>): Promise<void> };
      sync: {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
  };
}
