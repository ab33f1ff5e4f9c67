#include "ActivityPlan.h"

#include "domain/LocalFormat.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::ActivityPlan", text, disambiguation, n);
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::ActivityPlan)
};

QString dayText(const QDate &day)
{
    return day.isValid() ? LocalFormat::date(day) : Text::tr("never");
}

} // namespace

int ActivityPlan::newLineCount() const
{
    int count = 0;
    for (const ActivityLineChange &line : lines)
        count += line.relationshipId == 0 ? 1 : 0;
    return count;
}

QString ActivityPlan::report() const
{
    QStringList text;
    text << tr("%n meeting(s) and message(s) read, %1 with one of our team and a client person "
               "of “%2”.",
               nullptr, int(itemsRead))
                .arg(itemsMatched)
                .arg(accountName);
    if (itemsOutside > 0)
        text << tr("%n outside the days read (in the future, or more than five years ago).",
                   nullptr, int(itemsOutside));
    if (itemsSkipped > 0)
        text << tr("%n left out (cancelled meetings, messages without a sender or date).", nullptr,
                   int(itemsSkipped));
    for (const QString &notice : notices)
        text << tr("Note: %1").arg(notice);
    for (const ActivityPairChange &pair : pairs) {
        QString line = tr("  %1 – %2: last contact %3 → %4; %5 meeting(s), %6 message(s) in the "
                          "last %n day(s)",
                          nullptr, freshnessDays)
                           .arg(pair.teamName, pair.clientName, dayText(pair.lastContactBefore),
                                dayText(pair.lastContactAfter))
                           .arg(pair.inWindow.meetings)
                           .arg(pair.inWindow.mails);
        if (pair.newMeetings + pair.newMails > 0)
            line += tr(" (%1 new)").arg(pair.newMeetings + pair.newMails);
        if (pair.newLine)
            line += tr("; new working line, strength 1, from the calendar");
        text << line;
    }
    if (unchangedPairs > 0)
        text << tr("%n pair(s) already up to date.", nullptr, unchangedPairs);
    if (!pairsWithoutLine.isEmpty())
        text << tr("%n pair(s) met or wrote without a line between them (draw the lines of "
                   "those who met with --create-lines): %1",
                   nullptr, int(pairsWithoutLine.size()))
                    .arg(pairsWithoutLine.join(QStringLiteral("; ")));
    if (pairs.isEmpty())
        text << tr("No relationship changes.");
    return text.join(QLatin1Char('\n'));
}

} // namespace Kingside
