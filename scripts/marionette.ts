/**
 * A small client of Marionette, Firefox's own WebDriver (classic) server, for
 * what WebDriver BiDi cannot reach in Firefox: documents of an extension (its
 * tabs and the frames it puts into pages). Firefox's BiDi skips extension
 * contexts (Mozilla bug 1755014); Marionette drives them. Both speak for the
 * same session (scripts/extension-firefox.ts).
 *
 * The wire format: "<byte length>:<JSON>", commands [0, id, name, params],
 * answers [1, id, error, result].
 */
import { connect, type Socket } from 'node:net';

/** A web element or shadow root reference, as WebDriver returns it. */
export type Ref = Record<string, string>;

const idOf = (ref: Ref): string => Object.values(ref)[0] ?? '';

export class Marionette {
  #socket: Socket;
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #next = 1;
  #buffer = Buffer.alloc(0);
  /** Marionette handles one command at a time per connection: calls queue here. */
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      for (;;) {
        const colon = this.#buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(this.#buffer.subarray(0, colon).toString());
        if (this.#buffer.length < colon + 1 + length) return;
        const message = JSON.parse(this.#buffer.subarray(colon + 1, colon + 1 + length).toString()) as unknown;
        this.#buffer = this.#buffer.subarray(colon + 1 + length);
        if (!Array.isArray(message)) continue; // The server's greeting.
        const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
        const waiter = this.#pending.get(id);
        this.#pending.delete(id);
        if (error) waiter?.reject(new Error(`${error.error}: ${error.message}`));
        else waiter?.resolve(result);
      }
    });
    socket.on('close', () => {
      for (const w of this.#pending.values()) w.reject(new Error('Marionette closed'));
      this.#pending.clear();
    });
  }

  static async connect(port: number): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    return new Marionette(socket);
  }

  command<T = unknown>(name: string, params: object = {}): Promise<T> {
    const run = () =>
      new Promise<T>((resolve, reject) => {
        const id = this.#next++;
        this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        const body = Buffer.from(JSON.stringify([0, id, name, params]));
        this.#socket.write(`${body.length}:`);
        this.#socket.write(body);
      });
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async value<T>(name: string, params: object = {}): Promise<T> {
    return (await this.command<{ value: T }>(name, params)).value;
  }

  /** Runs a function body in the current document; `arguments` holds args (refs become elements). */
  execute<T>(script: string, args: unknown[] = []): Promise<T> {
    return this.value<T>('WebDriver:ExecuteScript', { script, args });
  }

  windows(): Promise<string[]> {
    return this.command<string[]>('WebDriver:GetWindowHandles');
  }

  async switchToWindow(handle: string): Promise<void> {
    await this.command('WebDriver:SwitchToWindow', { handle, focus: false });
  }

  /** Opens a tab in the background and returns its handle. */
  async newTab(): Promise<string> {
    return (await this.command<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: false })).handle;
  }

  async navigate(url: string): Promise<void> {
    await this.command('WebDriver:Navigate', { url });
  }

  async closeWindow(): Promise<void> {
    await this.command('WebDriver:CloseWindow');
  }

  async find(css: string): Promise<Ref[]> {
    return this.command<Ref[]>('WebDriver:FindElements', { using: 'css selector', value: css });
  }

  async shadowRoot(element: Ref): Promise<Ref | undefined> {
    try {
      return await this.value<Ref>('WebDriver:GetShadowRoot', { id: idOf(element) });
    } catch {
      return undefined;
    }
  }

  async findInShadow(root: Ref, css: string): Promise<Ref[]> {
    return this.command<Ref[]>('WebDriver:FindElementsFromShadowRoot', {
      shadowRoot: idOf(root),
      using: 'css selector',
      value: css,
    });
  }

  async property<T>(element: Ref, name: string): Promise<T> {
    return this.value<T>('WebDriver:GetElementProperty', { id: idOf(element), name });
  }

  async rect(element: Ref): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.command('WebDriver:GetElementRect', { id: idOf(element) });
  }

  async click(element: Ref): Promise<void> {
    await this.command('WebDriver:ElementClick', { id: idOf(element) });
  }

  /** Types into a field; on a file input, the text is the path of the file to choose. */
  async type(element: Ref, text: string): Promise<void> {
    await this.command('WebDriver:ElementSendKeys', { id: idOf(element), text });
  }

  async switchToFrame(element: Ref | null): Promise<void> {
    await this.command('WebDriver:SwitchToFrame', { id: element });
  }

  async switchToParentFrame(): Promise<void> {
    await this.command('WebDriver:SwitchToParentFrame');
  }

  async setTimeouts(timeouts: { implicit?: number; pageLoad?: number; script?: number }): Promise<void> {
    await this.command('WebDriver:SetTimeouts', timeouts);
  }

  close(): void {
    this.#socket.destroy();
  }
}
