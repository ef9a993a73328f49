/** A municipality's name in a URL: "Súdwest-Fryslân" -> "sudwest-fryslan". */
export function municipalitySlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
