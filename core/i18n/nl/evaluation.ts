// The evaluation's texts in Dutch: `impact evaluate`'s summary and its
// refusals, and GET /api/evaluatie's messages (shared/spec/evaluation.md).
export const evaluationNl = {
  "evaluation.badBandwidth":
    "{option} moet een aantal scorepunten groter dan 0 en hoogstens 100 zijn, zoals 15 of 7,5 (niet “{value}”).",
  "evaluation.unknownMunicipality":
    "Geen edities van gemeente {names}. Kijk de schrijfwijze na; `impact metrics` toont alle edities.",
  "evaluation.unknownParameter":
    "Onbekende parameter: {names}. Mogelijk zijn: edition, municipality, from, to, theme, bandwidth.",
  "evaluation.repeatedBandwidth": "Geef bandwidth hoogstens één keer.",
  "evaluation.title":
    "Werkt het microkrediet? Het effect op de budgetgrens, met een bandbreedte van {bandwidth} scorepunten",
  "evaluation.noEditions": "Er zijn geen edities die bij deze keuze passen.",
  "evaluation.editionsUsed":
    "Edities met aanvragers aan beide kanten van de grens: {count} ({editions}).",
  "evaluation.editionsLeftOut": "Niet meegenomen: {list}.",
  "evaluation.reason.not_assessed": "{edition} (niemand beoordeeld)",
  "evaluation.reason.no_funded_assessed":
    "{edition} (geen beoordeelde aanvrager met een toekenning)",
  "evaluation.reason.no_unfunded_assessed":
    "{edition} (geen beoordeelde aanvrager zonder toekenning)",
  "evaluation.sample":
    "Rond de grens, met een meting na 12 maanden: {below} aanvragers eronder, {above} erop of erboven.",
  "evaluation.tooFew":
    "Te weinig aanvragers rond de grens voor een schatting: er zijn er minstens 30 aan elke kant nodig.",
  "evaluation.singular":
    "Geen schatting: aan één kant van de grens hebben alle aanvragers dezelfde score.",
  "evaluation.itt":
    "Verschil in voortbestaan na 12 maanden op de grens: {itt} procentpunt (95%-interval {low} tot {high}).",
  "evaluation.survivalBelow": "Voortbestaan net onder de grens: {value}.",
  "evaluation.awardJump":
    "Op de grens springt de kans op een toekenning {jump} procentpunt omhoog; het effect van een toekenning zelf is dan {wald} procentpunt.",
  "evaluation.awardJumpSmall":
    "Op de grens springt de kans op een toekenning maar {jump} procentpunt omhoog: te weinig om het effect van een toekenning zelf te schatten.",
  "evaluation.robustness":
    "Met bandbreedte {bandwidth}: {itt} procentpunt ({low} tot {high}), {below} eronder, {above} erboven.",
  "evaluation.robustnessNone":
    "Met bandbreedte {bandwidth}: te weinig aanvragers ({below} eronder, {above} erboven).",
  "evaluation.criteria":
    "Voorspelt de beoordeling het voortbestaan? Per criterium de kans dat een initiatief dat na een jaar nog loopt hoger scoorde dan een gestopt initiatief (0,5: niet beter dan toeval):",
  "evaluation.criterion": "{criterion}: {auc} ({active} lopend, {inactive} gestopt)",
  "evaluation.comparison":
    "Gefinancierd tegenover de vergelijkingsgroep: {difference} procentpunt verschil in voortbestaan na 12 maanden (95%-interval {low} tot {high}; {funded} gefinancierde en {comparison} niet gefinancierde initiatieven gevolgd).",
  "evaluation.comparisonNone":
    "Gefinancierd tegenover de vergelijkingsgroep: niet te berekenen ({funded} gefinancierde en {comparison} niet gefinancierde initiatieven gevolgd).",
  "evaluation.caveat":
    "Het verschil op de grens geldt voor plannen rond de grens, niet voor alle initiatieven. De vergelijkingsgroep is geen experiment: wie geen krediet kreeg, had gemiddeld een zwakker plan.",
} as const;
