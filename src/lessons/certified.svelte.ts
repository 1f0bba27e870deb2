// The certified marks the Learn tab shows (certified.ts), read once per page from
// lessons/certified.json relative to the page. Until the file is read, or when it cannot be, no
// lesson has a mark: the marks are an extra, never a reason for the lessons to fail.
import { CERTIFIED_URL, NO_MARKS, parseCertified, type Certification } from './certified';
import type { FetchText } from './lessons.svelte';

export class CertifiedMarks {
  marks = $state.raw<ReadonlyMap<string, Certification>>(NO_MARKS);
  private loading: Promise<void> | null = null;

  constructor(private readonly fetchText: FetchText = (url) => fetch(url)) {}

  /** Reads the file (once). */
  load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  /** Lesson `id`'s certification, or null. */
  get(id: string): Certification | null {
    return this.marks.get(id) ?? null;
  }

  private async read(): Promise<void> {
    try {
      const reply = await this.fetchText(CERTIFIED_URL);
      if (reply.ok) this.marks = parseCertified(await reply.text());
    } catch {
      // NOTE: no file (an old deployment, offline before it was cached) means no marks.
    }
  }
}
