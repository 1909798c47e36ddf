/**
 * Whether a cost's price year is the source's or an assumption. costs.csv marks an assumed price
 * year in the row's note, in the words the analysts use: "Prijsjaar NIET vermeld …; 2023 aangenomen",
 * "Prijsjaar 2024 aangenomen" (data/README.md, costs.csv). A price year the note says was derived
 * from the sentence before ("afgeleid uit de direct voorafgaande zin") is the source's.
 */
const ASSUMED = /\bprijsjaar\b[^.]*?\baangenomen\b/i;

export function priceYearAssumed(row: { note: string | null }): boolean {
  return row.note !== null && ASSUMED.test(row.note);
}
