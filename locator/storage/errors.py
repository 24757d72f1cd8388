"""Why a vault could not be created, opened or written — one class per cause."""

from __future__ import annotations

import errno

from locator.model.errors import N_, LocatorError


class VaultError(LocatorError):
    template = "The vault could not be used."


class VaultMissing(VaultError):
    template = "There is no vault file at this place. It may have been moved, renamed or deleted."


class VaultExists(VaultError):
    template = "A file already exists at this place; Locator will not overwrite it."


class VaultReadOnly(VaultError):
    template = ("The vault file cannot be written (it is read-only, or on a disk that is "
                "read-only or was removed). Nothing was changed.")


class WrongPassphrase(VaultError):
    template = ("This passphrase does not open the vault. Check it (capital letters, spaces) "
                "and try again. If you are sure it is right, the file may be damaged: "
                "restore a backup.")


class NotAVault(VaultError):
    template = "This file is not a Locator vault."


class PlainDatabase(NotAVault):
    template = ("This file is an ordinary, unencrypted database, not a Locator vault. "
                "Locator only opens encrypted vaults.")


class EmptyFile(NotAVault):
    template = "This file is empty (0 bytes): it is not a Locator vault."


class DamagedVault(VaultError):
    template = ("The vault file is damaged ({reason}). It was left as it is. "
                "Restore your latest backup.")
    translatable_params = ("reason",)


class CopyNotWritten(VaultError):
    """A backup or copy could not be written where it was asked for: the target's fault
    (its folder missing, read-only, full), never the vault's."""

    template = "The copy could not be written to {name}: {reason} The vault was not changed."
    translatable_params = ("reason",)


def write_reason(err: OSError) -> str:
    """Why a file could not be written, in words ("the disk is full.")."""
    reasons = {errno.ENOSPC: N_("the disk is full."), errno.EDQUOT: N_("the disk is full."),
               errno.EACCES: N_("Locator may not write there."),
               errno.EPERM: N_("Locator may not write there."),
               errno.EROFS: N_("the disk is read-only."),
               errno.ENOENT: N_("the folder does not exist."),
               errno.EISDIR: N_("it is a folder."),
               errno.ENOTDIR: N_("part of the path is not a folder.")}
    return reasons.get(err.errno or 0, N_("the system refused it."))


class NewerVault(VaultError):
    template = ("This vault was made by a newer version of Locator (format {found}; this "
                "version knows up to {known}). Update Locator to open it. The file was not "
                "changed.")


class NotEncrypted(VaultError):
    template = ("Encryption is not active in this copy of Locator (SQLCipher missing). "
                "Refusing to open or create any vault.")


class VaultLocked(VaultError):
    template = "The vault is locked. Unlock it first."


class UnknownCase(VaultError):
    template = "There is no case number {case_id} in this vault."


class StorageFull(VaultError):
    template = "The disk is full or the file could not be written. Nothing was changed."


class CaseChangedElsewhere(VaultError):
    """A save found fields that were changed in the vault (another window, the command
    line) since the case was read, to other values than this save's. Nothing was saved.

    Attributes:
        fields: the canonical names of those fields (``notes``, ``lawyer.email``,
            ``decisions``), never their values.
        current: the case as it is in the vault now (for the UI to show; not in the
            message).
    """

    template = ("This case was changed elsewhere (in another window or by the command line) "
                "since it was opened: {names}. Nothing was saved. Look at the case as it is "
                "now, then save again.")

    def __init__(self, fields: tuple[str, ...], current: object = None) -> None:
        from locator.model.cases import field_info

        self.fields = fields
        self.current = current
        labels = []
        for name in fields:  # their labels, as the screen and the command line show them
            info = field_info(name)
            labels.append(info.label if info is not None and info.label
                          else name.replace("_", " ").replace(".", ": "))
        super().__init__(names=", ".join(labels))


class VaultInUse(VaultError):
    template = ("This vault is open in another Locator window. Close it there (or quit "
                "Locator) first, then try again.")

