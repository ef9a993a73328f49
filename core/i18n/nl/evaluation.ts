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
  "evaluation.page.title": "Evaluatie: werkt het microkrediet?",
  "evaluation.page.nav": "Evaluatie",
  "evaluation.page.intro":
    "Elke editie financiert de plannen die de jury het best beoordeelde; de budgetgrens is de laagste score die nog een microkrediet kreeg. Plannen net boven en net onder die grens lijken op elkaar, behalve dat die erboven meestal het geld kregen. Deze pagina vergelijkt hoeveel van die plannen na een jaar nog liepen.",
  "evaluation.page.bandwidth": "Bandbreedte (scorepunten rond de grens)",
  "evaluation.page.bandwidthHint":
    "Alleen plannen die minder dan zoveel punten van de grens af zitten tellen mee, hoe dichter bij de grens hoe zwaarder. Standaard 15.",
  "evaluation.page.estimate": "Het verschil op de budgetgrens",
  "evaluation.page.editions": "Meegenomen edities: {editions}.",
  "evaluation.page.chart.title":
    "Verschil in voortbestaan na een jaar op de budgetgrens: {itt} procentpunt (95%-interval {low} tot {high})",
  "evaluation.page.chart.titleNone":
    "Plannen rond de budgetgrens die na een jaar nog liepen (geen schatting)",
  "evaluation.page.chart.x": "Score ten opzichte van de budgetgrens (punten)",
  "evaluation.page.chart.y": "Loopt na 12 maanden nog",
  "evaluation.page.chart.bin": "Scorepunten t.o.v. de grens",
  "evaluation.page.chart.side": "Kant van de grens",
  "evaluation.page.chart.share": "Loopt nog",
  "evaluation.page.chart.count": "Aanvragers",
  "evaluation.page.side.below": "eronder",
  "evaluation.page.side.above": "erop of erboven",
  "evaluation.page.chart.legendDots":
    "Punten: het aandeel dat na een jaar nog loopt per groep scores (groter: meer aanvragers). Lijnen: de geschatte lijn aan elke kant; de sprong op 0 is het verschil.",
  "evaluation.page.figures": "Cijfers",
  "evaluation.page.itt": "Verschil op de grens",
  "evaluation.page.interval": "95%-interval",
  "evaluation.page.awardJump": "Sprong in de kans op een toekenning",
  "evaluation.page.wald": "Effect van een toekenning zelf",
  "evaluation.page.survivalBelow": "Voortbestaan net onder de grens",
  "evaluation.page.nBelow": "Aanvragers eronder",
  "evaluation.page.nAbove": "Aanvragers erop of erboven",
  "evaluation.page.points": "{value} procentpunt",
  "evaluation.page.range": "{low} tot {high} procentpunt",
  "evaluation.page.waldNone":
    "niet te schatten (de sprong in toekenningen is kleiner dan 20 procentpunt)",
  "evaluation.page.tooFew":
    "Te weinig aanvragers rond de grens om iets te zeggen: er zijn er minstens 30 aan elke kant nodig, en er zijn {below} eronder en {above} erboven. Daarom staat hier geen getal. Kies meer edities of een grotere bandbreedte.",
  "evaluation.page.robustness": "Met een andere bandbreedte",
  "evaluation.page.robustnessIntro":
    "Een schatting die veel verandert met de bandbreedte is minder stevig. Bij te weinig aanvragers staat er geen getal.",
  "evaluation.page.robustness.bandwidth": "Bandbreedte",
  "evaluation.page.robustness.caption":
    "Het verschil op de grens bij de halve en de dubbele bandbreedte",
  "evaluation.page.criteria": "Voorspelt de beoordeling het voortbestaan?",
  "evaluation.page.criteriaIntro":
    "Per criterium: de kans dat een gefinancierd initiatief dat na een jaar nog loopt hoger scoorde dan een dat gestopt is. 0,5 is niet beter dan toeval, 1 is een perfecte voorspelling.",
  "evaluation.page.criteria.caption": "Voorspellende waarde per criterium",
  "evaluation.page.criterion": "Criterium",
  "evaluation.page.auc": "Voorspellende waarde (AUC)",
  "evaluation.page.nActive": "Lopend",
  "evaluation.page.nInactive": "Gestopt",
  "evaluation.page.criterionHigher":
    "Plannen die hoog scoorden op {criterion} liepen vaker na een jaar nog.",
  "evaluation.page.criterionLower":
    "Plannen die hoog scoorden op {criterion} liepen juist minder vaak na een jaar nog.",
  "evaluation.page.criterionNeutral":
    "Een hoge score op {criterion} zei weinig over of een plan na een jaar nog liep.",
  "evaluation.page.criterionNone":
    "Over {criterion} valt niets te zeggen: er zijn geen gevolgde lopende en gestopte initiatieven met een score.",
  "evaluation.page.criteriaNone": "Geen criteria met gevolgde initiatieven in deze selectie.",
  "evaluation.page.comparison": "Gefinancierd tegenover niet gefinancierd",
  "evaluation.page.comparisonText":
    "Alle gevolgde gefinancierde initiatieven tegenover alle gevolgde aanvragers zonder krediet: {difference} procentpunt verschil in voortbestaan na een jaar (95%-interval {low} tot {high}; {funded} gefinancierd, {comparison} niet). Dit is geen effect: wie geen krediet kreeg, had gemiddeld een zwakker plan.",
  "evaluation.page.comparisonNone":
    "Het verschil tussen gefinancierd en niet gefinancierd is niet te berekenen ({funded} gefinancierde en {comparison} niet gefinancierde initiatieven gevolgd).",
  "evaluation.page.cannot": "Wat dit niet kan zeggen",
  "evaluation.page.cannot1":
    "Het verschil geldt voor plannen rond de grens, niet voor de beste of de zwakste plannen.",
  "evaluation.page.cannot2":
    "Het vraagt dat ook aanvragers zonder krediet na een jaar gevolgd zijn. Wie niet gevolgd is, ontbreekt; die telt niet als gestopt.",
  "evaluation.page.cannot3":
    "Met de edities van één gemeente is het interval breed. Dat is het eerlijke antwoord, geen fout.",
  "evaluation.page.cannot4":
    "Gefinancierd tegenover niet gefinancierd is geen effect: de groepen verschilden al in de kwaliteit van hun plannen.",
  "evaluation.page.noEditions": "Er zijn geen edities die bij deze keuze passen.",
  "evaluation.page.definitions": "Wat de cijfers precies betekenen: zie de definities.",
  "evaluation.page.editionAuc": "Voorspellende waarde van de beoordeling",
  "evaluation.page.editionAucIntro":
    "Over de gefinancierde initiatieven van deze editie die na een jaar gevolgd zijn: de kans dat een initiatief dat nog loopt hoger scoorde op het criterium dan een dat gestopt is (0,5: niet beter dan toeval).",
  "evaluation.def.group": "Evaluatie",
  "evaluation.def.itt.label": "Verschil op de budgetgrens",
  "evaluation.def.itt.formula":
    "Over de meegenomen edities: aanvragers met een meting na 12 maanden en een score minder dan h punten van de budgetgrens van hun editie (de laagste score met een toekenning), gewogen met 1 − |r|/h. Een gewogen lineaire lijn aan elke kant; het verschil is de sprong in voortbestaan na 12 maanden op de grens, met een 95%-interval uit robuuste standaardfouten (HC1).",
  "evaluation.def.itt.caveat":
    "Geldt voor plannen rond de grens. Met minder dan 30 aanvragers aan een kant geen getal. Wie niet gevolgd is, telt niet mee.",
  "evaluation.def.award_jump.label": "Sprong in de kans op een toekenning",
  "evaluation.def.award_jump.formula":
    "Dezelfde schatting met ‘kreeg een toekenning’ in plaats van ‘loopt nog’: hoeveel de kans op een microkrediet op de grens omhoog springt.",
  "evaluation.def.award_jump.caveat":
    "Kleiner dan 1 als de jury afweek van de volgorde van de scores, of bij gelijke scores op de grens.",
  "evaluation.def.effect_wald.label": "Effect van een toekenning",
  "evaluation.def.effect_wald.formula":
    "Het verschil op de budgetgrens gedeeld door de sprong in de kans op een toekenning; alleen als die sprong minstens 0,2 is.",
  "evaluation.def.effect_wald.caveat":
    "Erft de onzekerheid van beide schattingen; geldt voor plannen rond de grens.",
  "evaluation.def.survival_below.label": "Voortbestaan net onder de grens",
  "evaluation.def.survival_below.formula":
    "Het voorspelde aandeel dat na 12 maanden nog loopt, net onder de budgetgrens (de lijn onder de grens op 0).",
  "evaluation.def.survival_below.caveat":
    "Een voorspelling uit de lijn, geen telling; naast het verschil geeft het de schaal.",
  "evaluation.def.criterion_auc.label": "Voorspellende waarde per criterium (AUC)",
  "evaluation.def.criterion_auc.formula":
    "Over gefinancierde aanvragers met een meting na 12 maanden en een score op het criterium: de kans dat een willekeurig lopend initiatief hoger scoorde dan een willekeurig gestopt initiatief; gelijke scores tellen half. Scores gaan eerst naar 0..100.",
  "evaluation.def.criterion_auc.caveat":
    "0,5 is toeval. Zegt alleen iets over gefinancierde plannen; met weinig gevolgde initiatieven is het onzeker.",
  "evaluation.def.funded_vs_comparison.label": "Verschil gefinancierd en vergelijkingsgroep",
  "evaluation.def.funded_vs_comparison.formula":
    "Voortbestaan na 12 maanden van gefinancierde initiatieven min dat van gevolgde aanvragers zonder krediet, met Newcombes interval uit de twee Wilson-intervallen.",
  "evaluation.def.funded_vs_comparison.caveat":
    "Geen effect: wie geen krediet kreeg had gemiddeld een zwakker plan. Ook zonder enig effect is het verschil positief.",
} as const;
