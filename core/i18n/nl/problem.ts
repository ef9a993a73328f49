// Errors the data layer (db/) throws for a user to read: accounts, exports
// that wait, migrations, the configuration.
export const problemNl = {
  "problem.account.needsMunicipality": "Een gemeentegebruiker heeft ten minste één gemeente nodig.",
  "problem.account.exists": "Er is al een account voor {email}.",
  "problem.snapshotsBusy":
    "Er lopen al veel exports tegelijk; probeer het over een minuut opnieuw.",
  "problem.migration": "Migratie {name} is mislukt: {reason}",
  "problem.migrationsNotStarted":
    "De database kon niet worden bijgewerkt, er is niets veranderd: {reason}",
  "problem.config": "De configuratie klopt niet. Pas deze omgevingsvariabelen aan:\n{lines}",
  "problem.config.number": "moet {what} zijn",
  "problem.config.integer": "moet {what} zijn (een geheel getal)",
  "problem.config.positive": "moet {what} groter dan 0 zijn",
  "problem.config.processes": "een aantal processen",
  "problem.config.megabytes": "een aantal megabytes",
  "problem.config.rows": "een aantal rijen",
  "problem.config.years": "een aantal jaren",
  "problem.config.databaseUrl":
    "moet een PostgreSQL-adres zijn, zoals postgres://gebruiker@localhost:5432/impact (of laat het weg voor de ingebouwde database)",
  "problem.config.port": "moet een poortnummer zijn",
  "problem.config.portWhole": "moet een geheel poortnummer zijn",
  "problem.config.portRange": "moet tussen 1 en 65535 liggen",
  "problem.config.zeroOrOne": "moet 0 of 1 zijn",
  "problem.config.secret":
    "moet minstens 32 tekens lang zijn, zoals de uitvoer van `openssl rand -hex 32`",
  "problem.config.grantPrefix":
    "moet beginnen met 360G- gevolgd door letters, cijfers en streepjes, zoals 360G-socimpact",
  "problem.config.funders":
    "moet per gemeente haar CBS-code en eventueel haar KvK-nummer geven, gescheiden door ;, zoals Groningen=GM0014:01234567;Zwolle=GM0193",
  "problem.config.smtpUrl":
    "moet een adres zijn dat begint met smtp:// of smtps://, zoals smtps://gebruiker:wachtwoord@mail.example.nl:465",
  "problem.config.smtpFrom":
    "moet een e-mailadres zijn, zoals aanmelden@example.nl of SOC Challenge <aanmelden@example.nl>",
  "problem.config.smtpFromMissing": "is nodig naast SMTP_URL: het afzenderadres van de e-mail",
  "problem.config.dataSource": "moet een webadres zijn dat begint met https:// of http://",
  "problem.config.workersEmbedded":
    "kan alleen 1 zijn met de ingebouwde database (die draait in één proces); gebruik DATABASE_URL voor meer.",
} as const;
