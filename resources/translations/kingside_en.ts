<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Kingside::ActionsEditor</name>
    <message numerus="yes">
        <source>Overdue: due %1, %n day(s) ago</source>
        <translation>
            <numerusform>Overdue: due %1, %n day ago</numerusform>
            <numerusform>Overdue: due %1, %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::ActivityDialog</name>
    <message numerus="yes">
        <source>%n meeting(s) and message(s) read, %1 with one of our team and a client person.</source>
        <translation>
            <numerusform>%n meeting and message read, %1 with one of our team and a client person.</numerusform>
            <numerusform>%n meetings and messages read, %1 with one of our team and a client person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) change</source>
        <translation>
            <numerusform>%n pair changes</numerusform>
            <numerusform>%n pairs change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new line(s)</source>
        <translation>
            <numerusform>, %n new line</numerusform>
            <numerusform>, %n new lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already up to date</source>
        <translation>
            <numerusform>; %n already up to date</numerusform>
            <numerusform>; %n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) met or wrote but have no line: %1</source>
        <translation>
            <numerusform>%n pair met or wrote but has no line: %1</numerusform>
            <numerusform>%n pairs met or wrote but have no line: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts in window: within the account&apos;s freshness window of %n day(s), counting those recorded before.</source>
        <translation>
            <numerusform>Contacts in window: within the account&apos;s freshness window of %n day, counting those recorded before.</numerusform>
            <numerusform>Contacts in window: within the account&apos;s freshness window of %n days, counting those recorded before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::ActivityPlan</name>
    <message numerus="yes">
        <source>%n meeting(s) and message(s) read, %1 with one of our team and a client person of “%2”.</source>
        <translation>
            <numerusform>%n meeting and message read, %1 with one of our team and a client person of “%2”.</numerusform>
            <numerusform>%n meetings and messages read, %1 with one of our team and a client person of “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the days read (in the future, or more than five years ago).</source>
        <translation>
            <numerusform>%n outside the days read (in the future, or more than five years ago).</numerusform>
            <numerusform>%n outside the days read (in the future, or more than five years ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (cancelled meetings, messages without a sender or date).</source>
        <translation>
            <numerusform>%n left out (cancelled meetings, messages without a sender or date).</numerusform>
            <numerusform>%n left out (cancelled meetings, messages without a sender or date).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 – %2: last contact %3 → %4; %5 meeting(s), %6 message(s) in the last %n day(s)</source>
        <translation>
            <numerusform>  %1 – %2: last contact %3 → %4; %5 meeting(s), %6 message(s) in the last %n day</numerusform>
            <numerusform>  %1 – %2: last contact %3 → %4; %5 meeting(s), %6 message(s) in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) already up to date.</source>
        <translation>
            <numerusform>%n pair already up to date.</numerusform>
            <numerusform>%n pairs already up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) met or wrote without a line between them (draw the lines of those who met with --create-lines): %1</source>
        <translation>
            <numerusform>%n pair met or wrote without a line between them (draw the lines of those who met with --create-lines): %1</numerusform>
            <numerusform>%n pairs met or wrote without a line between them (draw the lines of those who met with --create-lines): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::AnalysisReport</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago</source>
        <translation>
            <numerusform>last contact %n day ago</numerusform>
            <numerusform>last contact %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are shown as King: %1. Only one should be.</source>
        <translation>
            <numerusform>%n person is shown as King: %1.</numerusform>
            <numerusform>%n people are shown as King: %1. Only one should be.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are shown as Queen: %1.</source>
        <translation>
            <numerusform>%n person is shown as Queen: %1.</numerusform>
            <numerusform>%n people are shown as Queen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We have %n champion(s)</source>
        <translation>
            <numerusform>We have %n champion</numerusform>
            <numerusform>We have %n champions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n opponent(s)</source>
        <translation>
            <numerusform> and %n opponent</numerusform>
            <numerusform> and %n opponents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> across %n department(s)</source>
        <translation>
            <numerusform> across %n department</numerusform>
            <numerusform> across %n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key piece(s) reached by one of us only: %1</source>
        <translation>
            <numerusform>%n key piece reached by one of us only: %1</numerusform>
            <numerusform>%n key pieces reached by one of us only: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached by nobody</source>
        <translation>
            <numerusform>%n reached by nobody</numerusform>
            <numerusform>%n reached by nobody</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Articulation points in the whole network: %n</source>
        <translation>
            <numerusform>Articulation points in the whole network: %n</numerusform>
            <numerusform>Articulation points in the whole network: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bridges (lines whose loss splits the network): %n</source>
        <translation>
            <numerusform>Bridges (lines whose loss splits the network): %n</numerusform>
            <numerusform>Bridges (lines whose loss splits the network): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No King or Queen is marked, so nobody can cut us off from them; the network has %n articulation point(s)</source>
        <translation>
            <numerusform>No King or Queen is marked, so nobody can cut us off from them; the network has %n articulation point</numerusform>
            <numerusform>No King or Queen is marked, so nobody can cut us off from them; the network has %n articulation points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n bridge(s).</source>
        <translation>
            <numerusform> and %n bridge.</numerusform>
            <numerusform> and %n bridges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; so would losing %n line(s).</source>
        <translation>
            <numerusform>; so would losing %n line.</numerusform>
            <numerusform>; so would losing %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n client people are reachable from our team</source>
        <translation>
            <numerusform>%1 of %n client person is reachable from our team</numerusform>
            <numerusform>%1 of %n client people are reachable from our team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden influencer(s): %1 — Pawns who connect much of the client&apos;s network.</source>
        <translation>
            <numerusform>%n hidden influencer: %1 — a Pawn who connects much of the client&apos;s network.</numerusform>
            <numerusform>%n hidden influencers: %1 — Pawns who connect much of the client&apos;s network.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n squares have nobody</source>
        <translation>
            <numerusform>%1 of %n square has nobody</numerusform>
            <numerusform>%1 of %n squares have nobody</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n of our lines had contact within the last %1 days.</source>
        <translation>
            <numerusform>Our one line had contact within the last %1 days.</numerusform>
            <numerusform>All %n of our lines had contact within the last %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of our %n lines are cooling: no contact within %2 days</source>
        <translation>
            <numerusform>%1 of our %n line is cooling: no contact within %2 days</numerusform>
            <numerusform>%1 of our %n lines are cooling: no contact within %2 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n never recorded).</source>
        <translation>
            <numerusform> (%n never recorded).</numerusform>
            <numerusform> (%n never recorded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan action(s) done since</source>
        <translation>
            <numerusform>%n plan action done since</numerusform>
            <numerusform>%n plan actions done since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation>
            <numerusform>, %n late</numerusform>
            <numerusform>, %n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There has been no review yet, so there is nothing to compare with; %n plan action(s) are late.</source>
        <translation>
            <numerusform>There has been no review yet, so there is nothing to compare with; %n plan action is late.</numerusform>
            <numerusform>There has been no review yet, so there is nothing to compare with; %n plan actions are late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s)</source>
        <translation>
            <numerusform>%n new line</numerusform>
            <numerusform>%n new lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n joined</numerusform>
            <numerusform>%n joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left</source>
        <translation>
            <numerusform>, %n left</numerusform>
            <numerusform>, %n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attitude(s) moved</source>
        <translation>
            <numerusform>, %n attitude moved</numerusform>
            <numerusform>, %n attitudes moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) gained</source>
        <translation>
            <numerusform>, %n line gained</numerusform>
            <numerusform>, %n lines gained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lost</source>
        <translation>
            <numerusform>, %n lost</numerusform>
            <numerusform>, %n lost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::BoardAccessible</name>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::BoardItems</name>
    <message numerus="yes">
        <source>%n more people on this square: click to see all</source>
        <translation>
            <numerusform>%n more person on this square: click to see all</numerusform>
            <numerusform>%n more people on this square: click to see all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::BoardWidget</name>
    <message numerus="yes">
        <source>%n people stand here: move them first, or remove it moving them with the entry below.</source>
        <translation>
            <numerusform>%n person stands here: move them first, or remove it moving them with the entry below.</numerusform>
            <numerusform>%n people stand here: move them first, or remove it moving them with the entry below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove, Moving Its %n People to</source>
        <translation>
            <numerusform>Remove, Moving Its %n Person to</numerusform>
            <numerusform>Remove, Moving Its %n People to</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::Cli</name>
    <message numerus="yes">
        <source>%1: %n meeting(s) or message(s)</source>
        <translation>
            <numerusform>%1: %n meeting or message</numerusform>
            <numerusform>%1: %n meetings or messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n line(s) of “%1”.</source>
        <translation>
            <numerusform>Updated %n line of “%1”.</numerusform>
            <numerusform>Updated %n lines of “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3, %n data row(s)</source>
        <translation>
            <numerusform>%1: %2, %3, %n data row</numerusform>
            <numerusform>%1: %2, %3, %n data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected and --strict is set.</source>
        <translation>
            <numerusform>Nothing was imported: %n row was rejected and --strict is set.</numerusform>
            <numerusform>Nothing was imported: %n rows were rejected and --strict is set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client person(s)</source>
        <translation>
            <numerusform>%n client person</numerusform>
            <numerusform>%n client people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n team member</numerusform>
            <numerusform>%n team members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan action(s)</source>
        <translation>
            <numerusform>%n plan action</numerusform>
            <numerusform>%n plan actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n level</numerusform>
            <numerusform>%n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::ComparisonView</name>
    <message numerus="yes">
        <source>%n change(s) between %1 and %2.</source>
        <translation>
            <numerusform>%n change between %1 and %2.</numerusform>
            <numerusform>%n changes between %1 and %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::CriteriaDialog</name>
    <message numerus="yes">
        <source>%n account(s) would change tier under “%1”:</source>
        <translation>
            <numerusform>%n account would change tier under “%1”:</numerusform>
            <numerusform>%n accounts would change tier under “%1”:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::ImportDialog</name>
    <message numerus="yes">
        <source>%1 of the %n people who name a company work at “%2”.</source>
        <translation>
            <numerusform>%1 of the %n person who names a company works at “%2”.</numerusform>
            <numerusform>%1 of the %n people who name a company work at “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1 (%2, %n row)</numerusform>
            <numerusform>%1 (%2, %n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching %n row(s)…</source>
        <translation>
            <numerusform>Matching %n row…</numerusform>
            <numerusform>Matching %n rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::ImportReader</name>
    <message numerus="yes">
        <source>Left out %n line(s) of notes before the header on line %1.</source>
        <translation>
            <numerusform>Left out %n line of notes before the header on line %1.</numerusform>
            <numerusform>Left out %n lines of notes before the header on line %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n subtotal or total row(s) of the report (line(s) %1).</source>
        <translation>
            <numerusform>Left out %n subtotal or total row of the report (line %1).</numerusform>
            <numerusform>Left out %n subtotal or total rows of the report (lines %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n cell(s) from the cell merged down over them (a grouped report&apos;s column).</source>
        <translation>
            <numerusform>Filled %n cell from the cell merged down over it (a grouped report&apos;s column).</numerusform>
            <numerusform>Filled %n cells from the cells merged down over them (a grouped report&apos;s column).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::MainWindow</name>
    <message numerus="yes">
        <source>%n client people</source>
        <translation>
            <numerusform>%n client person</numerusform>
            <numerusform>%n client people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team members</source>
        <translation>
            <numerusform>%n team member</numerusform>
            <numerusform>%n team members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationships</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan actions</source>
        <translation>
            <numerusform>%n plan action</numerusform>
            <numerusform>%n plan actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people</source>
        <translation>
            <numerusform>Remove %n person</numerusform>
            <numerusform>Remove %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n people with their relationships and product roles. Edit → Undo (Ctrl+Z) brings them all back.</source>
        <translation>
            <numerusform>Removed %n person with their relationships and product roles. Edit → Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>Removed %n people with their relationships and product roles. Edit → Undo (Ctrl+Z) brings them all back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n relationships</source>
        <translation>
            <numerusform>Remove %n relationship</numerusform>
            <numerusform>Remove %n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) late</source>
        <translation>
            <numerusform>%n action late</numerusform>
            <numerusform>%n actions late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) red</source>
        <translation>
            <numerusform>%n objective red</numerusform>
            <numerusform>%n objectives red</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::PersonEraser</name>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product role(s)</source>
        <translation>
            <numerusform>%n product role</numerusform>
            <numerusform>%n product roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) on them or their relationships</source>
        <translation>
            <numerusform>%n comment on them or their relationships</numerusform>
            <numerusform>%n comments on them or their relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan agreement(s)</source>
        <translation>
            <numerusform>%n plan agreement</numerusform>
            <numerusform>%n plan agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan action(s) unlinked from them (the actions stay)</source>
        <translation>
            <numerusform>%n plan action unlinked from them (the actions stay)</numerusform>
            <numerusform>%n plan actions unlinked from them (the actions stay)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) they wrote, kept and signed “(erased person)”</source>
        <translation>
            <numerusform>%n review they wrote, kept and signed “(erased person)”</numerusform>
            <numerusform>%n reviews they wrote, kept and signed “(erased person)”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) rewritten without them</source>
        <translation>
            <numerusform>%n snapshot rewritten without them</numerusform>
            <numerusform>%n snapshots rewritten without them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of their name, e-mail or phone in notes, titles and comments replaced by “(erased person)”</source>
        <translation>
            <numerusform>%n mention of their name, e-mail or phone in notes, titles and comments replaced by “(erased person)”</numerusform>
            <numerusform>%n mentions of their name, e-mail or phone in notes, titles and comments replaced by “(erased person)”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::PlanView</name>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n action overdue</numerusform>
            <numerusform>%n actions overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) at red</source>
        <translation>
            <numerusform>%n objective at red</numerusform>
            <numerusform>%n objectives at red</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioMatrixChart</name>
    <message numerus="yes">
        <source>

At the same spot (%n other account(s)): </source>
        <translation>
            <numerusform>

At the same spot (%n other account): </numerusform>
            <numerusform>

At the same spot (%n other accounts): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioTableModel</name>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::PortfolioView</name>
    <message numerus="yes">
        <source>%n account(s); </source>
        <translation>
            <numerusform>%n account; </numerusform>
            <numerusform>%n accounts; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n account(s) with missing scores.</source>
        <translation>
            <numerusform>; %n account with missing scores.</numerusform>
            <numerusform>; %n accounts with missing scores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::RecordActivity</name>
    <message numerus="yes">
        <source>Import activity (%n line(s))</source>
        <translation>
            <numerusform>Import activity (%n line)</numerusform>
            <numerusform>Import activity (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveDepartment</name>
    <message numerus="yes">
        <source>%n person(s) stand in “%1”; move them to another department first, or choose where they go.</source>
        <translation>
            <numerusform>%n person stands in “%1”; move them to another department first, or choose where they go.</numerusform>
            <numerusform>%n people stand in “%1”; move them to another department first, or choose where they go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::RemoveLevel</name>
    <message numerus="yes">
        <source>%n person(s) stand on the level “%1”; removing it would leave them homeless. Move them to another level first, or choose where they go.</source>
        <translation>
            <numerusform>%n person stands on the level “%1”; removing it would leave them homeless. Move them to another level first, or choose where they go.</numerusform>
            <numerusform>%n people stand on the level “%1”; removing it would leave them homeless. Move them to another level first, or choose where they go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::RemovePerson</name>
    <message numerus="yes">
        <source>This person owns or is linked to %n plan action(s); reassign them first.</source>
        <translation>
            <numerusform>This person owns or is linked to %n plan action; reassign them first.</numerusform>
            <numerusform>This person owns or is linked to %n plan actions; reassign them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::ReviewPanel</name>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>OVERDUE by %n day</numerusform>
            <numerusform>OVERDUE by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::ReviewSchedule</name>
    <message numerus="yes">
        <source>%1: review due since %2 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1: review due since %2 (%n day overdue)</numerusform>
            <numerusform>%1: review due since %2 (%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::SetStructure</name>
    <message numerus="yes">
        <source>the department “%1” (%n person(s))</source>
        <translation>
            <numerusform>the department “%1” (%n person)</numerusform>
            <numerusform>the department “%1” (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the level “%1” (%n person(s))</source>
        <translation>
            <numerusform>the level “%1” (%n person)</numerusform>
            <numerusform>the level “%1” (%n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::SnapshotComparison</name>
    <message numerus="yes">
        <source>due %1, %n day(s) late, owner %2</source>
        <translation>
            <numerusform>due %1, %n day late, owner %2</numerusform>
            <numerusform>due %1, %n days late, owner %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::TablePage</name>
    <message numerus="yes">
        <source>Deleted %n row(s). Edit → Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Deleted %n row. Edit → Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>Deleted %n rows. Edit → Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::Workbook</name>
    <message numerus="yes">
        <source>shared string %1 does not exist (the workbook has %n)</source>
        <translation>
            <numerusform>shared string %1 does not exist (the workbook has %n)</numerusform>
            <numerusform>shared string %1 does not exist (the workbook has %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kingside::WorkspaceCheck</name>
    <message numerus="yes">
        <source>%1 is damaged: %n problem(s) found, first: %2</source>
        <translation>
            <numerusform>%1 is damaged: %n problem found, first: %2</numerusform>
            <numerusform>%1 is damaged: %n problems found, first: %2</numerusform>
        </translation>
    </message>
</context>
</TS>
