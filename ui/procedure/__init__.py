"""Finding the person: the guided steps, the calling round, the centres, the emails
to GVO, the phone number shown.
"""
