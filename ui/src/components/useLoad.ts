// Loading what a screen shows: the data, or the error, and a way to replace or reload it.

import { useCallback, useEffect, useState } from "react";
import { toApiError } from "../backend";
import type { ApiError } from "../bindings/ApiError";

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  setData: (data: T) => void;
  reload: () => void;
}

/** Calls `load` on mount and on `reload()`; `load` must be stable (useCallback) or it loops. */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setError(null);
    load().then(
      (value) => {
        if (current) setData(value);
      },
      (e: unknown) => {
        if (current) setError(toApiError(e));
      },
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, setData, reload };
}
