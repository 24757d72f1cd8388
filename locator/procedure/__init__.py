"""Getting the Voice Out's procedure as data (resources/procedure.yaml): the guided steps,
the next step, the calling round, visits and name matching.
"""
