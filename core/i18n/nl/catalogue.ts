// The metric catalogue in Dutch (shared/spec/metrics.md): group labels, and
// per metric its label, formula and caveat, read by the definition pages,
// every table, the codebook and the metrics sheet; and the command line's
// metrics table.
export const catalogueNl = {
  // The groups, in the order the catalogue lists them.
  "catalogue.group.funnel": "Instroom",
  "catalogue.group.funding": "Financiering en hefboom",
  "catalogue.group.outcomes": "Resultaten na een jaar",
  "catalogue.group.assessment": "Beoordeling",
  "catalogue.group.programme": "Programma en ervaring",
  "catalogue.group.community": "Gemeenschap",
  // Every metric: its label, how it is computed, and what to keep in mind.
  "catalogue.registrations.label": "Aanmeldingen",
  "catalogue.registrations.formula": "Het aantal aanmeldingen van de editie.",
  "catalogue.registrations.caveat":
    "Telt aanmeldingen, geen personen: wie twee initiatieven aanmeldt, telt twee keer.",
  "catalogue.intakes.label": "Intakes",
  "catalogue.intakes.formula": "Aanmeldingen waarmee een intakegesprek is gehouden.",
  "catalogue.intakes.caveat":
    "Alleen wat is vastgelegd: een intake die niet is ingevuld, telt niet.",
  "catalogue.plans.label": "Ingediende plannen",
  "catalogue.plans.formula": "Aanmeldingen die een plan met begroting hebben ingediend.",
  "catalogue.plans.caveat":
    "Alleen wat is vastgelegd: een plan dat niet als ingediend is aangevinkt, telt niet.",
  "catalogue.awarded.label": "Toekenningen",
  "catalogue.awarded.formula": "Het aantal toegekende microkredieten.",
  "catalogue.awarded.caveat": "Toegekend, niet per se uitbetaald of teruggevorderd.",
  "catalogue.award_rate.label": "Toekenningspercentage",
  "catalogue.award_rate.formula": "Toekenningen gedeeld door aanmeldingen.",
  "catalogue.award_rate.caveat":
    "Hangt vooral af van de grootte van de pot: een kleiner budget geeft een lager percentage, los van de kwaliteit van de plannen.",
  "catalogue.budget.label": "Budget",
  "catalogue.budget.formula":
    "Het budget van de editie voor microkredieten. Over meerdere edities: de som.",
  "catalogue.budget.caveat":
    "Het budget voor microkredieten, zonder de kosten van campagne en begeleiding.",
  "catalogue.microcredit_total.label": "Microkrediet totaal",
  "catalogue.microcredit_total.formula":
    "De som van alle toegekende microkredieten; 0 zonder toekenningen.",
  "catalogue.microcredit_total.caveat":
    "Toegekend, niet per se uitbetaald: leningen die terugkomen zijn niet afgetrokken.",
  "catalogue.budget_used.label": "Budgetbesteding",
  "catalogue.budget_used.formula": "Microkrediet totaal gedeeld door het budget.",
  "catalogue.budget_used.caveat": "Boven 100% is er meer toegekend dan er budget was.",
  "catalogue.microcredit_mean.label": "Gemiddeld microkrediet",
  "catalogue.microcredit_mean.formula": "Microkrediet totaal gedeeld door het aantal toekenningen.",
  "catalogue.microcredit_mean.caveat":
    "Een paar grote bedragen trekken het gemiddelde op; kijk ook naar de mediaan.",
  "catalogue.microcredit_median.label": "Mediaan microkrediet",
  "catalogue.microcredit_median.formula":
    "Het middelste microkrediet als alle bedragen op volgorde staan; bij een even aantal het gemiddelde van de middelste twee.",
  "catalogue.microcredit_median.caveat":
    "Over meerdere edities: de mediaan van alle microkredieten samen, niet het gemiddelde van de medianen.",
  "catalogue.microcredit_min.label": "Kleinste microkrediet",
  "catalogue.microcredit_min.formula": "Het kleinste toegekende microkrediet.",
  "catalogue.microcredit_min.caveat":
    "Eén bedrag van één initiatief: in openbare stukken is het herleidbaar tot een persoon.",
  "catalogue.microcredit_max.label": "Grootste microkrediet",
  "catalogue.microcredit_max.formula": "Het grootste toegekende microkrediet.",
  "catalogue.microcredit_max.caveat":
    "Eén bedrag van één initiatief: in openbare stukken is het herleidbaar tot een persoon.",
  "catalogue.start_budget_total.label": "Startbudget totaal",
  "catalogue.start_budget_total.formula":
    "De som van de startbudgetten van de toegekende initiatieven; 0 zonder toekenningen.",
  "catalogue.start_budget_total.caveat":
    "Het startbudget zoals begroot bij de aanvraag, niet wat achteraf is uitgegeven.",
  "catalogue.public_share.label": "Publiek aandeel",
  "catalogue.public_share.formula": "Microkrediet totaal gedeeld door startbudget totaal.",
  "catalogue.public_share.caveat":
    "Per toekenning is het microkrediet hoogstens het maximale aandeel van de editie (meestal 50%); dit is het aandeel over alle toekenningen samen.",
  "catalogue.leverage.label": "Hefboom",
  "catalogue.leverage.formula":
    "Startbudget totaal gedeeld door microkrediet totaal: euro's initiatiefbudget per publieke euro.",
  "catalogue.leverage.caveat":
    "De publieke euro telt zelf mee: een hefboom van 2 betekent dat elke publieke euro één euro ander geld meebracht (zie ander geld per publieke euro).",
  "catalogue.cofunding_per_euro.label": "Ander geld per publieke euro",
  "catalogue.cofunding_per_euro.formula":
    "(Startbudget totaal − microkrediet totaal) gedeeld door microkrediet totaal.",
  "catalogue.cofunding_per_euro.caveat":
    "Omvat de eigen bijdrage van de initiatiefnemers én de cofinanciering door anderen.",
  "catalogue.follow_on_funding_12m.label": "Vervolgfinanciering na 12 maanden",
  "catalogue.follow_on_funding_12m.formula":
    "De som van de vervolgfinanciering in de metingen na 12 maanden van toegekende initiatieven; leeg als niemand die heeft gemeten.",
  "catalogue.follow_on_funding_12m.caveat":
    "Opgegeven door de initiatiefnemers zelf, niet gecontroleerd. Alleen gevolgde initiatieven tellen mee, en een ontbrekende meting is geen nul: zonder metingen blijft het veld leeg.",
  "catalogue.follow_on_leverage.label": "Hefboom vervolgfinanciering",
  "catalogue.follow_on_leverage.formula":
    "Vervolgfinanciering na 12 maanden gedeeld door microkrediet totaal.",
  "catalogue.follow_on_leverage.caveat":
    "Het microkrediet telt alle toekenningen, de vervolgfinanciering alleen de gevolgde initiatieven: bij onvolledige follow-up is dit een ondergrens.",
  "catalogue.total_leverage.label": "Totale hefboom",
  "catalogue.total_leverage.formula":
    "(Startbudget totaal + vervolgfinanciering na 12 maanden, leeg telt als 0) gedeeld door microkrediet totaal: de hefboom met het geld dat in het eerste jaar is opgehaald erbij.",
  "catalogue.total_leverage.caveat":
    "Zonder gemeten vervolgfinanciering is dit gelijk aan de hefboom; het is dan geen bewijs dat er niets is opgehaald.",
  "catalogue.followed_12m.label": "Gevolgd na 12 maanden",
  "catalogue.followed_12m.formula": "Toegekende initiatieven met een meting na 12 maanden.",
  "catalogue.followed_12m.caveat":
    "Vergelijk met het aantal toekenningen: alle uitkomsten gaan alleen over de gevolgde initiatieven.",
  "catalogue.survival_12m.label": "Nog actief na 12 maanden",
  "catalogue.survival_12m.formula":
    "Gevolgde toegekende initiatieven die na 12 maanden nog actief zijn, gedeeld door het aantal gevolgde.",
  "catalogue.survival_12m.caveat":
    "Wie niet gevolgd is, telt niet mee; raken juist gestopte initiatieven uit beeld, dan valt dit te hoog uit. Daarom staat ernaast hoeveel toegekende initiatieven gevolgd zijn, en onder de 80% tussen welke grenzen het percentage ligt als de niet-gevolgden allemaal gestopt of allemaal actief zijn.",
  "catalogue.survival_12m_low.label": "Nog actief na 12 maanden, ondergrens",
  "catalogue.survival_12m_low.formula":
    "De ondergrens van het 95%-betrouwbaarheidsinterval van Wilson (z = 1,959964) rond het percentage nog actief.",
  "catalogue.survival_12m_low.caveat":
    "Hoe kleiner de groep, hoe breder het interval: het zegt hoe zeker het percentage is, niet meer.",
  "catalogue.survival_12m_high.label": "Nog actief na 12 maanden, bovengrens",
  "catalogue.survival_12m_high.formula":
    "De bovengrens van het 95%-betrouwbaarheidsinterval van Wilson (z = 1,959964) rond het percentage nog actief.",
  "catalogue.survival_12m_high.caveat":
    "Hoe kleiner de groep, hoe breder het interval: het zegt hoe zeker het percentage is, niet meer.",
  "catalogue.jobs_fte_12m.label": "Banen na 12 maanden (fte)",
  "catalogue.jobs_fte_12m.formula":
    "De som van de betaalde banen in fte in de metingen na 12 maanden van toegekende initiatieven.",
  "catalogue.jobs_fte_12m.caveat":
    "Opgegeven door de initiatiefnemers zelf, niet gecontroleerd. Alleen gevolgde initiatieven tellen mee, en een ontbrekende meting is geen nul: zonder metingen blijft het veld leeg.",
  "catalogue.jobs_distance_fte_12m.label": "Banen met afstand tot werk (fte)",
  "catalogue.jobs_distance_fte_12m.formula":
    "Van de banen na 12 maanden: de fte voor mensen met een afstand tot de arbeidsmarkt.",
  "catalogue.jobs_distance_fte_12m.caveat":
    "Opgegeven door de initiatiefnemers zelf, niet gecontroleerd. Alleen gevolgde initiatieven tellen mee, en een ontbrekende meting is geen nul: zonder metingen blijft het veld leeg.",
  "catalogue.volunteers_12m.label": "Vrijwilligers na 12 maanden",
  "catalogue.volunteers_12m.formula":
    "De som van de vrijwilligers in de metingen na 12 maanden van toegekende initiatieven.",
  "catalogue.volunteers_12m.caveat":
    "Opgegeven door de initiatiefnemers zelf, niet gecontroleerd. Alleen gevolgde initiatieven tellen mee, en een ontbrekende meting is geen nul: zonder metingen blijft het veld leeg.",
  "catalogue.beneficiaries_12m.label": "Bereikte personen na 12 maanden",
  "catalogue.beneficiaries_12m.formula":
    "De som van de bereikte personen in de metingen na 12 maanden van toegekende initiatieven.",
  "catalogue.beneficiaries_12m.caveat":
    "Opgegeven door de initiatiefnemers zelf, niet gecontroleerd. Alleen gevolgde initiatieven tellen mee, en een ontbrekende meting is geen nul: zonder metingen blijft het veld leeg.",
  "catalogue.revenue_12m.label": "Omzet na 12 maanden",
  "catalogue.revenue_12m.formula":
    "De som van de omzet over het afgelopen jaar in de metingen na 12 maanden van toegekende initiatieven.",
  "catalogue.revenue_12m.caveat":
    "Opgegeven door de initiatiefnemers zelf, niet gecontroleerd. Alleen gevolgde initiatieven tellen mee, en een ontbrekende meting is geen nul: zonder metingen blijft het veld leeg.",
  "catalogue.partnerships_12m.label": "Samenwerkingen na 12 maanden",
  "catalogue.partnerships_12m.formula":
    "De som van de samenwerkingen met lokale bedrijven in de metingen na 12 maanden van toegekende initiatieven.",
  "catalogue.partnerships_12m.caveat":
    "Opgegeven door de initiatiefnemers zelf, niet gecontroleerd. Alleen gevolgde initiatieven tellen mee, en een ontbrekende meting is geen nul: zonder metingen blijft het veld leeg.",
  "catalogue.cost_per_beneficiary.label": "Publieke euro's per bereikt persoon",
  "catalogue.cost_per_beneficiary.formula":
    "Microkrediet totaal gedeeld door de bereikte personen na 12 maanden.",
  "catalogue.cost_per_beneficiary.caveat":
    "Het microkrediet telt alle toekenningen, de noemer alleen de gevolgde initiatieven: bij onvolledige follow-up valt dit te hoog uit.",
  "catalogue.cost_per_job.label": "Publieke euro's per baan (fte)",
  "catalogue.cost_per_job.formula":
    "Microkrediet totaal gedeeld door de banen na 12 maanden (fte).",
  "catalogue.cost_per_job.caveat":
    "Het microkrediet telt alle toekenningen, de noemer alleen de gevolgde initiatieven: bij onvolledige follow-up valt dit te hoog uit.",
  "catalogue.survival_12m_unfunded.label": "Nog actief na 12 maanden, zonder toekenning",
  "catalogue.survival_12m_unfunded.formula":
    "Hetzelfde percentage over aanmelders zonder toekenning die na 12 maanden zijn gemeten (de vergelijkingsgroep); leeg als er geen zijn.",
  "catalogue.survival_12m_unfunded.caveat":
    "Geen experiment: wie geen toekenning kreeg, had gemiddeld een zwakker plan. Het verschil met de toegekende initiatieven is dus niet alleen het effect van de Challenge.",
  "catalogue.followup_rate_12m.label": "Gevolgd na 12 maanden, aandeel",
  "catalogue.followup_rate_12m.formula":
    "Toegekende initiatieven met een meting na 12 maanden, gedeeld door het aantal toekenningen; leeg zonder toekenningen.",
  "catalogue.followup_rate_12m.caveat":
    "Onder de 80% zegt het percentage nog actief weinig zonder de grenzen erbij: van de rest weten we niet of ze nog lopen.",
  "catalogue.survival_12m_bound_low.label":
    "Nog actief na 12 maanden, als niemand van de niet-gevolgden nog loopt",
  "catalogue.survival_12m_bound_low.formula":
    "Gevolgde toegekende initiatieven die na 12 maanden nog actief zijn, gedeeld door alle toekenningen: elk niet-gevolgd initiatief telt als gestopt.",
  "catalogue.survival_12m_bound_low.caveat":
    "Een grens, geen schatting: de werkelijke overleving ligt tussen deze en de bovengrens, wat de niet-gevolgden ook deden.",
  "catalogue.survival_12m_bound_high.label":
    "Nog actief na 12 maanden, als alle niet-gevolgden nog lopen",
  "catalogue.survival_12m_bound_high.formula":
    "Gevolgde toegekende initiatieven die na 12 maanden nog actief zijn plus de niet-gevolgde, gedeeld door alle toekenningen: elk niet-gevolgd initiatief telt als actief.",
  "catalogue.survival_12m_bound_high.caveat":
    "Een grens, geen schatting: de werkelijke overleving ligt tussen de ondergrens en deze, wat de niet-gevolgden ook deden.",
  "catalogue.survival_12m_difference.label":
    "Verschil nog actief na 12 maanden, met min zonder toekenning",
  "catalogue.survival_12m_difference.formula":
    "Nog actief na 12 maanden min nog actief na 12 maanden zonder toekenning, in procentpunten; leeg als een van beide leeg is.",
  "catalogue.survival_12m_difference.caveat":
    "Geen effect van de Challenge: wie geen toekenning kreeg, had gemiddeld een zwakker plan. Over meerdere edities opgeteld uit de aantallen, niet gemiddeld.",
  "catalogue.survival_12m_difference_low.label": "Verschil nog actief, ondergrens",
  "catalogue.survival_12m_difference_low.formula":
    "De ondergrens van het 95%-interval van Newcombe (methode 10) rond het verschil, uit de twee intervallen van Wilson (z = 1,959964).",
  "catalogue.survival_12m_difference_low.caveat":
    "Zegt hoe zeker het verschil is bij deze groepsgroottes, niet of de groepen vergelijkbaar zijn.",
  "catalogue.survival_12m_difference_high.label": "Verschil nog actief, bovengrens",
  "catalogue.survival_12m_difference_high.formula":
    "De bovengrens van het 95%-interval van Newcombe (methode 10) rond het verschil, uit de twee intervallen van Wilson (z = 1,959964).",
  "catalogue.survival_12m_difference_high.caveat":
    "Zegt hoe zeker het verschil is bij deze groepsgroottes, niet of de groepen vergelijkbaar zijn.",
  "catalogue.assessed.label": "Beoordeeld",
  "catalogue.assessed.formula": "Aanmeldingen met ten minste één beoordeling.",
  "catalogue.assessed.caveat":
    "Meestal de ingediende plannen; een beoordeling zonder scores telt wel mee, maar heeft geen score.",
  "catalogue.score_mean_awarded.label": "Gemiddelde score, toegekend",
  "catalogue.score_mean_awarded.formula":
    "Het gemiddelde van de score van beoordeelde aanmeldingen met een toekenning. De score van een aanmelding: per criterium het gemiddelde van de beoordelaars, gewogen met de rubric van de editie (eigen criteria of de standaardrubric) en gedeeld door de hoogste score van de schaal, op 0–100.",
  "catalogue.score_mean_awarded.caveat":
    "Edities met een andere rubric of schaal zijn op 0–100 gebracht, maar niet op dezelfde manier beoordeeld. Over meerdere edities: het gemiddelde over alle aanmeldingen samen.",
  "catalogue.score_mean_not_awarded.label": "Gemiddelde score, niet toegekend",
  "catalogue.score_mean_not_awarded.formula":
    "Het gemiddelde van de score van beoordeelde aanmeldingen zonder toekenning. De score van een aanmelding: per criterium het gemiddelde van de beoordelaars, gewogen met de rubric van de editie (eigen criteria of de standaardrubric) en gedeeld door de hoogste score van de schaal, op 0–100.",
  "catalogue.score_mean_not_awarded.caveat":
    "Edities met een andere rubric of schaal zijn op 0–100 gebracht, maar niet op dezelfde manier beoordeeld. Over meerdere edities: het gemiddelde over alle aanmeldingen samen.",
  "catalogue.assessor_spread.label": "Verschil tussen beoordelaars",
  "catalogue.assessor_spread.formula":
    "Over aanmeldingen met 2 of meer beoordelaars: het gemiddelde verschil tussen de hoogste en de laagste gewogen score (0–100) van de afzonderlijke beoordelaars.",
  "catalogue.assessor_spread.caveat":
    "Aanmeldingen met één beoordelaar tellen niet mee. Een groot verschil is niet per se slecht: over sommige plannen kun je twisten.",
  "catalogue.score_survival_auc.label": "Voorspelt de score overleving? (AUC)",
  "catalogue.score_survival_auc.formula":
    "Over toegekende initiatieven met een meting na 12 maanden: de kans dat een willekeurig nog actief initiatief hoger scoorde dan een willekeurig gestopt initiatief; gelijke scores tellen half. Leeg zonder zowel actieve als gestopte initiatieven.",
  "catalogue.score_survival_auc.caveat":
    "0,5 is gissen, 1 is perfect voorspellen. Alleen over toegekende plannen: over de afgewezen zegt het niets.",
  "catalogue.activities.label": "Activiteiten",
  "catalogue.activities.formula":
    "Het aantal activiteiten in het programma: workshops, coaching, netwerkbijeenkomsten, masterclasses en overige.",
  "catalogue.activities.caveat": "Telt bijeenkomsten, niet hun inhoud of kwaliteit.",
  "catalogue.activity_hours.label": "Uren programma",
  "catalogue.activity_hours.formula":
    "De som van de uren van de activiteiten; leeg als geen activiteit uren heeft.",
  "catalogue.activity_hours.caveat":
    "De duur van de bijeenkomsten, niet vermenigvuldigd met het aantal deelnemers.",
  "catalogue.activity_participants.label": "Deelnemers aan activiteiten",
  "catalogue.activity_participants.formula":
    "De som van de deelnemers van de activiteiten; leeg als geen activiteit deelnemers heeft.",
  "catalogue.activity_participants.caveat":
    "Deelnames, geen personen: wie aan drie workshops meedoet, telt drie keer.",
  "catalogue.activities_workshop.label": "Activiteiten: workshops",
  "catalogue.activities_workshop.formula":
    "Het aantal activiteiten in het programma: workshops, coaching, netwerkbijeenkomsten, masterclasses en overige. Alleen workshops.",
  "catalogue.activities_workshop.caveat": "Telt bijeenkomsten, niet hun inhoud of kwaliteit.",
  "catalogue.activities_coaching.label": "Activiteiten: coaching",
  "catalogue.activities_coaching.formula":
    "Het aantal activiteiten in het programma: workshops, coaching, netwerkbijeenkomsten, masterclasses en overige. Alleen coaching.",
  "catalogue.activities_coaching.caveat": "Telt bijeenkomsten, niet hun inhoud of kwaliteit.",
  "catalogue.activities_network.label": "Activiteiten: netwerkbijeenkomsten",
  "catalogue.activities_network.formula":
    "Het aantal activiteiten in het programma: workshops, coaching, netwerkbijeenkomsten, masterclasses en overige. Alleen netwerkbijeenkomsten.",
  "catalogue.activities_network.caveat": "Telt bijeenkomsten, niet hun inhoud of kwaliteit.",
  "catalogue.activities_masterclass.label": "Activiteiten: masterclasses",
  "catalogue.activities_masterclass.formula":
    "Het aantal activiteiten in het programma: workshops, coaching, netwerkbijeenkomsten, masterclasses en overige. Alleen masterclasses.",
  "catalogue.activities_masterclass.caveat": "Telt bijeenkomsten, niet hun inhoud of kwaliteit.",
  "catalogue.activities_other.label": "Activiteiten: overige activiteiten",
  "catalogue.activities_other.formula":
    "Het aantal activiteiten in het programma: workshops, coaching, netwerkbijeenkomsten, masterclasses en overige. Alleen overige activiteiten.",
  "catalogue.activities_other.caveat": "Telt bijeenkomsten, niet hun inhoud of kwaliteit.",
  "catalogue.activity_hours_workshop.label": "Uren: workshops",
  "catalogue.activity_hours_workshop.formula":
    "De som van de uren van de activiteiten; leeg als geen activiteit uren heeft. Alleen workshops.",
  "catalogue.activity_hours_workshop.caveat":
    "De duur van de bijeenkomsten, niet vermenigvuldigd met het aantal deelnemers.",
  "catalogue.activity_hours_coaching.label": "Uren: coaching",
  "catalogue.activity_hours_coaching.formula":
    "De som van de uren van de activiteiten; leeg als geen activiteit uren heeft. Alleen coaching.",
  "catalogue.activity_hours_coaching.caveat":
    "De duur van de bijeenkomsten, niet vermenigvuldigd met het aantal deelnemers.",
  "catalogue.activity_hours_network.label": "Uren: netwerkbijeenkomsten",
  "catalogue.activity_hours_network.formula":
    "De som van de uren van de activiteiten; leeg als geen activiteit uren heeft. Alleen netwerkbijeenkomsten.",
  "catalogue.activity_hours_network.caveat":
    "De duur van de bijeenkomsten, niet vermenigvuldigd met het aantal deelnemers.",
  "catalogue.activity_hours_masterclass.label": "Uren: masterclasses",
  "catalogue.activity_hours_masterclass.formula":
    "De som van de uren van de activiteiten; leeg als geen activiteit uren heeft. Alleen masterclasses.",
  "catalogue.activity_hours_masterclass.caveat":
    "De duur van de bijeenkomsten, niet vermenigvuldigd met het aantal deelnemers.",
  "catalogue.activity_hours_other.label": "Uren: overige activiteiten",
  "catalogue.activity_hours_other.formula":
    "De som van de uren van de activiteiten; leeg als geen activiteit uren heeft. Alleen overige activiteiten.",
  "catalogue.activity_hours_other.caveat":
    "De duur van de bijeenkomsten, niet vermenigvuldigd met het aantal deelnemers.",
  "catalogue.activity_participants_workshop.label": "Deelnemers: workshops",
  "catalogue.activity_participants_workshop.formula":
    "De som van de deelnemers van de activiteiten; leeg als geen activiteit deelnemers heeft. Alleen workshops.",
  "catalogue.activity_participants_workshop.caveat":
    "Deelnames, geen personen: wie aan drie workshops meedoet, telt drie keer.",
  "catalogue.activity_participants_coaching.label": "Deelnemers: coaching",
  "catalogue.activity_participants_coaching.formula":
    "De som van de deelnemers van de activiteiten; leeg als geen activiteit deelnemers heeft. Alleen coaching.",
  "catalogue.activity_participants_coaching.caveat":
    "Deelnames, geen personen: wie aan drie workshops meedoet, telt drie keer.",
  "catalogue.activity_participants_network.label": "Deelnemers: netwerkbijeenkomsten",
  "catalogue.activity_participants_network.formula":
    "De som van de deelnemers van de activiteiten; leeg als geen activiteit deelnemers heeft. Alleen netwerkbijeenkomsten.",
  "catalogue.activity_participants_network.caveat":
    "Deelnames, geen personen: wie aan drie workshops meedoet, telt drie keer.",
  "catalogue.activity_participants_masterclass.label": "Deelnemers: masterclasses",
  "catalogue.activity_participants_masterclass.formula":
    "De som van de deelnemers van de activiteiten; leeg als geen activiteit deelnemers heeft. Alleen masterclasses.",
  "catalogue.activity_participants_masterclass.caveat":
    "Deelnames, geen personen: wie aan drie workshops meedoet, telt drie keer.",
  "catalogue.activity_participants_other.label": "Deelnemers: overige activiteiten",
  "catalogue.activity_participants_other.formula":
    "De som van de deelnemers van de activiteiten; leeg als geen activiteit deelnemers heeft. Alleen overige activiteiten.",
  "catalogue.activity_participants_other.caveat":
    "Deelnames, geen personen: wie aan drie workshops meedoet, telt drie keer.",
  "catalogue.respondents.label": "Respondenten",
  "catalogue.respondents.formula": "Het aantal ingevulde evaluatie-enquêtes.",
  "catalogue.respondents.caveat":
    "Wie de enquête invult, kiest dat zelf; tevreden en ontevreden deelnemers reageren niet even vaak.",
  "catalogue.satisfaction_mean.label": "Tevredenheid (gemiddeld cijfer)",
  "catalogue.satisfaction_mean.formula":
    "Het gemiddelde van het algemene cijfer (1–10) over de enquêtes met een cijfer.",
  "catalogue.satisfaction_mean.caveat":
    "Wie de enquête invult, kiest dat zelf; tevreden en ontevreden deelnemers reageren niet even vaak.",
  "catalogue.nps.label": "Net Promoter Score",
  "catalogue.nps.formula":
    "100 × (het aandeel dat de Challenge met 9 of 10 aanbeveelt − het aandeel met 0 tot en met 6), over de enquêtes met een antwoord op die vraag.",
  "catalogue.nps.caveat":
    "Loopt van −100 tot 100 en springt met weinig respondenten sterk heen en weer. Wie de enquête invult, kiest dat zelf; tevreden en ontevreden deelnemers reageren niet even vaak.",
  "catalogue.returning_share.label": "Terugkerende deelnemers",
  "catalogue.returning_share.formula":
    "Aanmeldingen van wie eerder meedeed, gedeeld door alle aanmeldingen.",
  "catalogue.returning_share.caveat":
    "Zoals de aanmelder het zelf opgeeft; in de eerste editie van een gemeente hoort dit 0 te zijn.",
  "catalogue.word_of_mouth_share.label": "Via via aangemeld",
  "catalogue.word_of_mouth_share.formula":
    "Aanmeldingen die via mond-tot-mondreclame of een oud-deelnemer kwamen, gedeeld door de aanmeldingen waarvan bekend is hoe ze van de Challenge hoorden.",
  "catalogue.word_of_mouth_share.caveat":
    "Aanmeldingen zonder antwoord op de vraag tellen niet mee.",
  // Counts a rate can rest on that are not metrics of their own.
  "catalogue.count.followed_12m_unfunded": "Gevolgd na 12 maanden, zonder toekenning",
  "catalogue.count.compared_12m":
    "De kleinste van de twee gevolgde groepen (met en zonder toekenning)",
  // The coverage beside survival (reports/metrics/coverage.ts).
  "catalogue.coverage.followed": "{followed} van {awarded} gevolgd ({rate})",
  "catalogue.coverage.bounds":
    "tussen {low} en {high}: van {unknown} van de {awarded} initiatieven weten we het niet",
  "catalogue.count.scored_awarded": "Beoordeeld met score, met toekenning",
  "catalogue.count.scored_not_awarded": "Beoordeeld met score, zonder toekenning",
  "catalogue.count.multi_assessed": "Aanmeldingen met 2 of meer beoordelaars",
  "catalogue.count.scored_followed_12m": "Toegekend, met score en gevolgd na 12 maanden",
  "catalogue.count.overall_answers": "Enquêtes met een algemeen cijfer",
  "catalogue.count.recommend_answers": "Enquêtes met een antwoord op de aanbeveelvraag",
  "catalogue.count.referred": "Aanmeldingen met een bekend aanmeldkanaal",
  // The command line's metrics table.
  "catalogue.table.titleOne": "Kengetallen van {count} editie, berekend op {at}",
  "catalogue.table.titleMany": "Kengetallen van {count} edities, berekend op {at}",
  "catalogue.table.together": "Samen",
  "catalogue.table.none": "Er zijn geen edities die bij deze keuze passen.",
  "catalogue.table.coverage": "{label}: hoeveel er gevolgd zijn",
  "catalogue.table.fewCases": "{mark} berust op minder dan 10 gevallen.",
} as const;
