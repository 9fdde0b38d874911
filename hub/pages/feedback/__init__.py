"""Reporting a barrier: the feedback route the accessibility statement names (BITV 2.0
§ 7, EU directive 2016/2102 art. 7). A public form whose report is e-mailed to the
editors; nothing is stored on the site."""
