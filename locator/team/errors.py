"""Why a team could not be made, joined or synced, and why a change file was refused."""

from __future__ import annotations

from locator.model.errors import N_, LocatorError


class TeamError(LocatorError):
    template = "The team folder could not be used."


class NoTeam(TeamError):
    template = ("This vault is not part of a team yet. Create one (Share with a team…) or join "
                "one with an invitation code.")


class AlreadyInTeam(TeamError):
    template = "This vault is already part of a team. Nothing was changed."


class TeamsUnavailable(TeamError):
    template = ("This version of Locator cannot keep a team in this vault yet (its format "
                "has no team tables).")


class FolderProblem(TeamError):
    template = ("The team folder cannot be used: {reason}. Check that it exists, is synced and "
                "can be written.")
    translatable_params = ("reason",)


class WrongCode(TeamError):
    template = ("This invitation code opens no invitation in the team folder. Check the code "
                "(letters and digits, dashes do not matter), and that the folder has finished "
                "syncing. An invitation can be used once only.")


class ExpiredCode(TeamError):
    template = ("This invitation has expired (an invitation lasts a week). Ask for a new "
                "code.")


class NoConsent(TeamError):
    template = ("Case {case_id} cannot be shared: the person's consent to share with "
                "referents is not recorded as yes. Ask them first, then record it.")


class UnknownMember(TeamError):
    template = "There is no team member called {name}."


class RefusedFile(TeamError):
    """A change file that is not applied; the vault is untouched by it. ``reason`` is one of
    the module-level texts below, ``name`` the file's path inside the team folder."""

    template = "The change file {name} was refused: {reason} Nothing of it was applied."
    translatable_params = ("reason",)


NOT_A_CHANGE_FILE = N_("it is not a Locator change file (or it is cut short).")
FOREIGN = N_("it belongs to another team (written with another team's key).")
TAMPERED = N_("it was changed or cut short after it was written (its signature does not "
               "match); it may still be arriving: sync again later.")
UNKNOWN_AUTHOR = N_("its author is not a member of this team.")
REMOVED_AUTHOR = N_("its author was removed from the team before writing it.")
MISPLACED = N_("it is not where its author wrote it (renamed or copied into another stream).")
NO_KEY = N_("it is locked with a team key this device does not have (was it removed?).")
UNREADABLE = N_("it holds data this version of Locator cannot read.")
