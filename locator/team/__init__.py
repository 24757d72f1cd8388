"""Sharing cases with a team over a synced folder (Syncthing, Nextcloud, a shared drive):
each device writes only its own stream of encrypted, authenticated change files.

* :mod:`~locator.team.members` — create a team, invite (one-time code, QR), join, remove a
  member (new team key), choose the cases shared (only with the consent to share with
  referents recorded yes);
* :mod:`~locator.team.sync` — publish this device's changes (a diff against what it last
  published), read and apply the others' (field by field, causal order, conflicts kept);
* :mod:`~locator.team.status` — who changed what, who was seen when, conflicts to settle;
* :mod:`~locator.team.changefile`, :mod:`~locator.team.invitation` — the file formats and
  their cryptography (libsodium through PyNaCl); :mod:`~locator.team.clock` — the hybrid
  logical clock; :mod:`~locator.team.wire` — a case as the files carry it.

All SQL is in :mod:`locator.storage.team`.
"""
