"""The members' area: the network's closed space under /<language>/members/.

Who is a member (``access``), the area's start page, and the parts built on them: the
exchange board, the member directory, meeting minutes, members-only pages and documents.
"""
