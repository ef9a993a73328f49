// The feedback letters' texts in English, key for key the Dutch ones.
import type { lettersNl } from "../nl/letters";

export const lettersEn: Record<keyof typeof lettersNl, string> = {
  "letters.kicker": "Feedback · {edition}",
  "letters.title": "Your plan {initiative}",
  "letters.greeting": "Dear {name},",
  "letters.intro":
    "Thank you for taking part in {edition}. {assessors} assessors read and scored your plan. In this letter you will find the decision, your scores beside those of all assessed plans, and what the assessors would like you to know.",
  "letters.decision": "Decision",
  "letters.awarded": "Your plan receives a microcredit of {amount}. Congratulations!",
  "letters.notAwarded": "Your plan does not receive a microcredit this time.",
  "letters.scores": "Your scores",
  "letters.scoresCaption":
    "Per criterion the mean of your assessors on the scale 0–{scale}, beside the median and quartiles of the {cohort} assessed plans of this edition. The weighted score counts the criteria by their weight, on 0–100.",
  "letters.criterion": "Criterion",
  "letters.weight": "Weight",
  "letters.yours": "Your score",
  "letters.median": "Median",
  "letters.quartiles": "Middle half (Q1–Q3)",
  "letters.weighted": "Weighted score",
  "letters.method":
    "The quartiles interpolate linearly between the ordered scores (R's method, type 7).",
  "letters.comments": "What the assessors would like you to know",
  "letters.assessor": "Assessor {n}",
  "letters.noComments": "The assessors wrote no comments.",
  "letters.next": "What comes next",
  "letters.nextAwarded":
    "For a year a coach will think along with you about your enterprise, and you are welcome at the programme's workshops and network meetings. We will contact you soon about the payment of the microcredit and the first meeting with your coach.",
  "letters.nextNotAwarded":
    "You are most welcome at the programme's workshops and network meetings, and at a next edition of the Challenge. Would you like to discuss your plan? Get in touch: we are glad to think along with you.",
  "letters.closing": "Kind regards,",
  "letters.sender": "The team of the Sociale Ondernemers Challenge",
  "letters.pageTitle": "Feedback letters: {edition}",
  "letters.page.link": "Review the feedback letters to the participants",
  "letters.page.back": "Back to the edition",
  "letters.page.intro":
    "One letter per assessed registration: the decision, the scores beside those of all assessed plans and the assessors' comments, without their names. Read each letter before you send it.",
  "letters.page.none": "This edition has no assessed registrations yet.",
  "letters.page.caption": "This edition's letters, by weighted score",
  "letters.page.initiative": "Initiative",
  "letters.page.decision": "Decision",
  "letters.page.score": "Weighted score",
  "letters.page.letter": "Letter",
  "letters.page.view": "View",
  "letters.page.pdf": "PDF",
  "letters.page.zip": "All letters as a zip (PDF)",
  "letters.page.awarded": "Awarded",
  "letters.page.notAwarded": "Not awarded",
  "letters.notFound": "This registration has no assessment in this edition, and so no letter.",
};
