import { describe, expect, it } from "vitest";
import { formatJst } from "../src/format/datetime";

describe("formatJst", () => {
  it.each([
    ["2026-11-20T23:15:00Z", "2026/11/21 08:15"],
    ["2026-11-21T00:00:00Z", "2026/11/21 09:00"],
    ["2026-12-31T15:00:00Z", "2027/01/01 00:00"],
    ["2026-12-31T14:59:59Z", "2026/12/31 23:59"],
    ["2028-02-28T15:30:00Z", "2028/02/29 00:30"],
    ["2026-07-01T03:04:05.678Z", "2026/07/01 12:04"],
    ["2026-11-21T08:15:00+09:00", "2026/11/21 08:15"],
  ])("%s → %s", (input, expected) => {
    expect(formatJst(input)).toBe(expected);
  });

  it("returns text that is not a date unchanged", () => {
    expect(formatJst("not a date")).toBe("not a date");
  });
});
