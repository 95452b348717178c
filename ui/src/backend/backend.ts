// The typed interface every implementation provides.

import type { HomeDto } from "../bindings/HomeDto";

/** Every call rejects with an `ApiError` (see `toApiError`), never with anything else. */
export interface Backend {
  /** The state the home screen needs. */
  home(): Promise<HomeDto>;
  /** Fills the database with the fictional 架空市 demo data. */
  loadDemo(): Promise<HomeDto>;
  /** Records that the user chose to start with an empty database. */
  startEmpty(): Promise<HomeDto>;
}
