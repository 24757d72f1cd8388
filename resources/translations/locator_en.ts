<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseEditor</name>
    <message numerus="yes">
        <location filename="../../ui/case/editor.py" line="318"/>
        <source>Not saved: %n field(s) need attention. What you typed is kept.</source>
        <translation>
            <numerusform>Not saved: %n field needs attention. What you typed is kept.</numerusform>
            <numerusform>Not saved: %n fields need attention. What you typed is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message numerus="yes">
        <location filename="../../ui/deadlines/panel.py" line="324"/>
        <source>Show %n date(s) for information</source>
        <translation>
            <numerusform>Show %n date for information</numerusform>
            <numerusform>Show %n dates for information</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message numerus="yes">
        <location filename="../../ui/team/dialog.py" line="356"/>
        <source>Applied %n change(s) from other members.</source>
        <translation>
            <numerusform>Applied %n change from other members.</numerusform>
            <numerusform>Applied %n changes from other members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/dialog.py" line="357"/>
        <source>Wrote %n change(s) from this device.</source>
        <translation>
            <numerusform>Wrote %n change from this device.</numerusform>
            <numerusform>Wrote %n changes from this device.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message numerus="yes">
        <location filename="../../ui/team/feature.py" line="103"/>
        <source>%n change(s) from the team applied.</source>
        <translation>
            <numerusform>%n change from the team applied.</numerusform>
            <numerusform>%n changes from the team applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <location filename="../../ui/home/today.py" line="425"/>
        <source>Also %n date(s) for information (the longest detention, the next request): see Deadlines (Ctrl+D).</source>
        <translation>
            <numerusform>Also %n date for information (the longest detention, the next request): see Deadlines (Ctrl+D).</numerusform>
            <numerusform>Also %n dates for information (the longest detention, the next request): see Deadlines (Ctrl+D).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home/today.py" line="452"/>
        <source>%n more open case(s) not looked at here: see the case list.</source>
        <translation>
            <numerusform>%n more open case not looked at here: see the case list.</numerusform>
            <numerusform>%n more open cases not looked at here: see the case list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message numerus="yes">
        <location filename="../../ui/vault/menu.py" line="306"/>
        <source>• its %n backup(s) in {folder}</source>
        <translation>
            <numerusform>• its %n backup in {folder}</numerusform>
            <numerusform>• its %n backups in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/menu.py" line="309"/>
        <source>• %n other file(s) Locator made beside it (copies kept before an update or a restore)</source>
        <translation>
            <numerusform>• %n other file Locator made beside it (a copy kept before an update or a restore)</numerusform>
            <numerusform>• %n other files Locator made beside it (copies kept before an update or a restore)</numerusform>
        </translation>
    </message>
</context>
</TS>
