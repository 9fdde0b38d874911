# Date formats Django's Arabic locale lacks; everything else comes from Django's own
# (django/conf/locale/ar/formats.py). Without these, dates with a time fell back to the
# English pattern "N j, Y, P" ("ديسمبر 1, 2026, 6 م"). Unicode CLDR's Arabic pattern is
# "d MMMM y، h:mm a". The syntax is Django's date filter's.
DATETIME_FORMAT = "j F، Y، g:i A"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y، g:i A"
