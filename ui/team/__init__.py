"""The team folder in the window: set-up, invitations, status and conflicts."""
