import { ref } from 'vue';
import { messagesOf } from '@/lib/userErrors';

// The API refuses request bodies over 256 KiB; the CSV travels inside a JSON body.
const MAX_FILE_BYTES = 240 * 1024;

interface Answer {
  userErrors: readonly { field?: readonly string[] | null; message: string }[];
}

/**
 * The file handling every CSV import dialog shares: reads the chosen file (refusing one the API
 * would refuse), sends it with the options of each step, and turns userErrors and failures into
 * one message. The dialog decides what a dry run shows and what saving does.
 */
export function useCsvImport<Options, Result extends Answer>(
  run: (csv: string, options: Options) => Promise<Result>,
) {
  const csv = ref<string | null>(null);
  const fileName = ref('');
  const error = ref<string | null>(null);
  const busy = ref(false);

  function reset(): void {
    csv.value = null;
    fileName.value = '';
    error.value = null;
  }

  async function send(options: Options): Promise<Result | null> {
    busy.value = true;
    error.value = null;
    try {
      const result = await run(csv.value!, options);
      if (result.userErrors.length) {
        error.value = messagesOf(result.userErrors);
        return null;
      }
      return result;
    } catch {
      error.value = 'The file could not be checked. Try again.';
      return null;
    } finally {
      busy.value = false;
    }
  }

  /** Reads the file chosen in a file input; false when there is none or it is too large. */
  async function read(event: Event): Promise<boolean> {
    const file = (event.target as HTMLInputElement).files?.[0];
    error.value = null;
    if (!file) return false;
    fileName.value = file.name;
    if (file.size > MAX_FILE_BYTES) {
      error.value = `The file is ${Math.ceil(file.size / 1024)} KB; split it into files of at most 240 KB.`;
      return false;
    }
    csv.value = await file.text();
    return true;
  }

  return { csv, fileName, error, busy, reset, send, read };
}
