"""The home screen, "Today": shown after every unlock (and with Today, Ctrl+H). Every open
deadline of every case with the person's name, its last day in words, the time left and
what to do now; then the cases whose next step waits on the user; most urgent first.
Enter or a click opens the case at that deadline or step.
"""
