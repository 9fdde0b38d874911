"""The members' exchange board ("Suche / Biete / Denke"): forms, rules, e-mails, views."""
