// What a process hears when the embedded database is already open in another
// one (decision 019): who has it, and what to do instead.
export const lockNl = {
  "lock.heldByApp":
    "De ingebouwde database in {dir} is al open in de webapp (proces {pid}, http://localhost:{port}). Eén proces tegelijk mag hem openen, dus er is niets gedaan en niets gewijzigd. Doe het via de webpagina op http://localhost:{port}, of stop eerst de app (Ctrl+C in zijn terminal, of kill {pid}) en probeer het dan opnieuw.",
  "lock.heldBy":
    "De ingebouwde database in {dir} is al open in een ander proces (proces {pid}: {command}). Eén proces tegelijk mag hem openen, dus er is niets gedaan en niets gewijzigd. Wacht tot dat proces klaar is of stop het (kill {pid}), en probeer het dan opnieuw.",
  "lock.heldElsewhere":
    "De ingebouwde database in {dir} is al open op een andere computer ({host}, proces {pid}: {command}). Eén proces tegelijk mag hem openen, dus er is niets gedaan en niets gewijzigd. Stop dat proces eerst; draait het daar zeker niet meer, verwijder dan {file} en probeer het opnieuw.",
  "lock.busy":
    "De ingebouwde database in {dir} wordt net door andere processen geopend en gesloten; er is niets gedaan en niets gewijzigd. Probeer het over een paar seconden opnieuw.",
} as const;
